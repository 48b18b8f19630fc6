import { CsrfField, ErrorSummary, type FormErrors } from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { AttachmentsSection, FileChangeList } from './attachment.views.js';
import { ContributionDetails } from './contribution-details.views.js';
import { ContributionFields, contributionIdPrefix } from './contribution-fields.views.js';
import type { ContributionFormValues } from './contribution.form.js';
import type { Review } from './contribution.repo.js';
import type { Contribution, ContributionChoices } from './contribution.service.js';
import type { Resource } from './resource-reads.repo.js';
import type { ResourceRecord } from './resource-record.js';
import { ChangeList } from './resource-versions.views.js';
import { changesBetween } from './resource-versions.diff.js';
import { recordOf } from './resource-versions.js';

/** The title of a record in the reader's language when it has one, else in its source language. */
export function titleOf(record: ResourceRecord, locale: string): { title: string; language: string } {
  const text =
    record.texts.find((candidate) => candidate.language === locale) ??
    record.texts.find((candidate) => candidate.language === record.sourceLanguage) ??
    record.texts[0];
  return { title: text?.title ?? '', language: text?.language ?? record.sourceLanguage };
}

function Notice({ ctx, notice }: { ctx: PageContext; notice: string | undefined }) {
  if (!notice) return null;
  return (
    <p class="notice notice--success" role="status">
      {ctx.t(notice)}
    </p>
  );
}

/** `/{lang}/toolkit/contribute`: the form for a new resource, and the contributor's resources. */
export function ContributePage(props: {
  ctx: PageContext;
  values: ContributionFormValues;
  errors: FormErrors;
  choices: ContributionChoices;
  own: readonly Resource[];
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('toolkitReview.contribute.title')}>
      <div class="container prose">
        <h1>{t('toolkitReview.contribute.title')}</h1>
        <p class="lead">{t('toolkitReview.contribute.lead')}</p>
        <OwnContributions ctx={ctx} own={props.own} />
        <ErrorSummary ctx={ctx} errors={props.errors} idPrefix={contributionIdPrefix} />
        <form method="post" action={localHref(ctx, '/toolkit/contribute')} class="form" novalidate>
          <CsrfField ctx={ctx} />
          <ContributionFields {...props} isNew />
          <button type="submit" class="button">
            {t('toolkitReview.contribute.submit')}
          </button>
        </form>
      </div>
    </Layout>
  );
}

function OwnContributions({ ctx, own }: { ctx: PageContext; own: readonly Resource[] }) {
  const { t } = ctx;
  if (own.length === 0) return null;
  return (
    <section aria-labelledby="own-heading">
      <h2 id="own-heading">{t('toolkitReview.contribute.own')}</h2>
      <ul>
        {own.map((resource) => {
          const { title, language } = titleOf(resource, ctx.locale);
          return (
            <li key={resource.id}>
              <a href={localHref(ctx, `/toolkit/resources/${resource.id}/edit`)} lang={language}>
                {title}
              </a>{' '}
              ({t(`toolkitReview.status.${resource.status}`)})
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export interface EditPageProps {
  readonly ctx: PageContext;
  readonly contribution: Contribution;
  readonly isContributor: boolean;
  readonly values: ContributionFormValues;
  readonly errors: FormErrors;
  readonly fileError: { key: string; fileName: string } | undefined;
  readonly choices: ContributionChoices | undefined;
  readonly notice: string | undefined;
}

/**
 * `/{lang}/toolkit/resources/:id/edit`: the contributor's form, the reviewers' comments, the files and
 * submission; reviewers see the same page without the form (and, for an edit, what it changes).
 */
export function EditPage(props: EditPageProps) {
  const { ctx, contribution } = props;
  const { t } = ctx;
  const { resource, revision } = contribution;
  const { title, language } = titleOf(contribution.content, ctx.locale);
  const isEditable =
    resource.status === 'draft' ||
    resource.status === 'changes-requested' ||
    (resource.status === 'published' && revision?.status !== 'submitted');
  return (
    <Layout ctx={ctx} title={t('toolkitReview.edit.title')}>
      <div class="container prose">
        <p class="eyebrow">{t('toolkitReview.edit.title')}</p>
        <h1 lang={language}>{title}</h1>
        <Notice ctx={ctx} notice={props.notice} />
        <StatusLine ctx={ctx} contribution={contribution} />
        <ReviewComments ctx={ctx} reviews={contribution.reviews} />
        {revision ? (
          <section aria-labelledby="pending-changes">
            <h2 id="pending-changes">{t('toolkitReview.edit.pendingChanges')}</h2>
            <PendingChanges ctx={ctx} contribution={contribution} />
          </section>
        ) : null}
        {props.isContributor && isEditable && props.choices ? null : (
          <ContributionDetails ctx={ctx} record={contribution.content} />
        )}
        {props.isContributor && isEditable && props.choices ? (
          <section aria-labelledby="form-heading">
            <h2 id="form-heading">{t('toolkitReview.edit.formTitle')}</h2>
            <ErrorSummary ctx={ctx} errors={props.errors} idPrefix={contributionIdPrefix} />
            <form
              method="post"
              action={localHref(ctx, `/toolkit/resources/${resource.id}/edit`)}
              class="form"
              novalidate
            >
              <CsrfField ctx={ctx} />
              <ContributionFields
                ctx={ctx}
                values={props.values}
                errors={props.errors}
                choices={props.choices}
                isNew={false}
              />
              <button type="submit" class="button">
                {t('toolkitReview.edit.save')}
              </button>
            </form>
          </section>
        ) : null}
        <AttachmentsSection
          ctx={ctx}
          resourceId={resource.id}
          attachments={contribution.attachments}
          canUpload={props.isContributor && canChangeFiles(contribution)}
          error={props.fileError}
        />
        {props.isContributor && isSubmittable(contribution) ? (
          <form method="post" action={localHref(ctx, `/toolkit/resources/${resource.id}/submit`)}>
            <CsrfField ctx={ctx} />
            <button type="submit" class="button">
              {t('toolkitReview.edit.submit')}
            </button>
          </form>
        ) : null}
        {resource.version > 0 ? (
          <p>
            <a href={localHref(ctx, `/toolkit/resources/${resource.id}/versions`)}>
              {t('toolkitReview.edit.versions')}
            </a>
          </p>
        ) : null}
      </div>
    </Layout>
  );
}

/** What the pending edit changes: fields, then files. */
function PendingChanges({ ctx, contribution }: { ctx: PageContext; contribution: Contribution }) {
  const { resource, revision } = contribution;
  const changes = revision ? changesBetween(recordOf(resource), revision.record) : [];
  const files = contribution.attachments.filter((attachment) => attachment.pendingChange !== null);
  return (
    <>
      {changes.length > 0 || files.length === 0 ? <ChangeList ctx={ctx} changes={changes} /> : null}
      <FileChangeList ctx={ctx} files={files} />
    </>
  );
}

/** Files change while the contribution is open, or through an edit of the published resource. */
function canChangeFiles({ resource, revision }: Pick<Contribution, 'resource' | 'revision'>): boolean {
  if (resource.status === 'draft' || resource.status === 'changes-requested') return true;
  return resource.status === 'published' && revision?.status !== 'submitted';
}

export function isSubmittable({ resource, revision }: Pick<Contribution, 'resource' | 'revision'>): boolean {
  if (resource.status === 'draft' || resource.status === 'changes-requested') return true;
  return (
    resource.status === 'published' &&
    (revision?.status === 'draft' || revision?.status === 'changes-requested')
  );
}

function StatusLine({ ctx, contribution }: { ctx: PageContext; contribution: Contribution }) {
  const { t } = ctx;
  const { resource, revision } = contribution;
  return (
    <dl class="definition-list">
      <dt>{t('toolkitReview.field.status')}</dt>
      <dd>{t(`toolkitReview.status.${resource.status}`)}</dd>
      {revision ? (
        <>
          <dt>{t('toolkitReview.field.editStatus')}</dt>
          <dd>
            {t(`toolkitReview.status.${revision.status}`)} — {t('toolkitReview.edit.publishedStays')}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

function ReviewComments({ ctx, reviews }: { ctx: PageContext; reviews: readonly Review[] }) {
  const { t } = ctx;
  if (reviews.length === 0) return null;
  return (
    <section aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">{t('toolkitReview.edit.reviews')}</h2>
      <ul class="review-comments">
        {reviews.map((review) => (
          <li key={review.id}>
            <p>
              <strong>{t(`toolkitReview.decision.${review.decision}`)}</strong>
              {' — '}
              <time dateTime={review.createdAt}>
                {ctx.formatDate(review.createdAt, { dateStyle: 'medium' })}
              </time>
            </p>
            {review.comment ? <p>{review.comment}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

import {
  CsrfField,
  ErrorSummary,
  FieldError,
  SelectField,
  TextareaField,
  describedBy,
  type FormErrors,
} from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { reviewDecisions } from './contribution.schema.js';
import { titleOf } from './contribution.views.js';
import type { QueueItem } from './review.service.js';
import { evidenceLabels } from './toolkit.table.js';

/** What was typed in one item's decision form, kept when it comes back with errors. */
export interface DecisionFormValues {
  readonly decision: string;
  readonly comment: string;
  readonly evidence: string;
}

/** The decision form that came back with errors: whose, what was typed, what is wrong. */
export interface DecisionFormState {
  readonly resourceId: string;
  readonly values: DecisionFormValues;
  readonly errors: FormErrors;
}

/** `/{lang}/toolkit/review`: contributions awaiting a decision (oldest first), then those returned. */
export function ReviewQueuePage(props: {
  ctx: PageContext;
  submitted: readonly QueueItem[];
  returned: readonly QueueItem[];
  form: DecisionFormState | undefined;
  notice: string | undefined;
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('toolkitReview.queue.title')}>
      <div class="container prose">
        <h1>{t('toolkitReview.queue.title')}</h1>
        <p class="lead">{t('toolkitReview.queue.lead')}</p>
        {props.notice ? (
          <p class="notice notice--success" role="status">
            {t(props.notice)}
          </p>
        ) : null}
        <section aria-labelledby="submitted-heading">
          <h2 id="submitted-heading">{t('toolkitReview.queue.submitted')}</h2>
          {props.submitted.length === 0 ? <p class="muted">{t('toolkitReview.queue.empty')}</p> : null}
          {props.submitted.map((item) => (
            <QueueEntry key={item.resource.id} ctx={ctx} item={item} form={props.form} />
          ))}
        </section>
        <section aria-labelledby="returned-heading">
          <h2 id="returned-heading">{t('toolkitReview.queue.returned')}</h2>
          {props.returned.length === 0 ? (
            <p class="muted">{t('toolkitReview.queue.noneReturned')}</p>
          ) : (
            <ul>
              {props.returned.map((item) => (
                <li key={item.resource.id}>
                  <ResourceLink ctx={ctx} item={item} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </Layout>
  );
}

function ResourceLink({ ctx, item }: { ctx: PageContext; item: QueueItem }) {
  const { title, language } = titleOf(item.resource, ctx.locale);
  return (
    <a href={localHref(ctx, `/toolkit/resources/${item.resource.id}/edit`)} lang={language}>
      {title}
    </a>
  );
}

function QueueEntry({
  ctx,
  item,
  form,
}: {
  ctx: PageContext;
  item: QueueItem;
  form: DecisionFormState | undefined;
}) {
  const { t } = ctx;
  const { resource } = item;
  const own = form?.resourceId === resource.id ? form : undefined;
  const values = own?.values ?? { decision: '', comment: '', evidence: resource.evidence ?? '' };
  const errors = own?.errors ?? {};
  const idPrefix = `review-${resource.id}`;
  const headingId = `${idPrefix}-heading`;
  return (
    <article class="card" aria-labelledby={headingId}>
      <h3 id={headingId} class="card__title">
        <ResourceLink ctx={ctx} item={item} />
      </h3>
      <p>
        {t(item.isEdit ? 'toolkitReview.queue.isEdit' : 'toolkitReview.queue.isNew')}
        {' · '}
        {t(`toolkitReview.type.${resource.type}`)}
        {resource.organisationName ? ` · ${resource.organisationName}` : ''}
        {' · '}
        {t('toolkitReview.queue.since', { date: ctx.formatDate(item.since, { dateStyle: 'medium' }) })}
      </p>
      {item.isOwn ? (
        <p>{t('toolkitReview.queue.own')}</p>
      ) : (
        <form method="post" action={localHref(ctx, `/toolkit/review/${resource.id}`)} class="form" novalidate>
          <CsrfField ctx={ctx} />
          <ErrorSummary ctx={ctx} errors={errors} idPrefix={idPrefix} />
          <DecisionChoices ctx={ctx} idPrefix={idPrefix} value={values.decision} error={errors.decision} />
          <SelectField
            ctx={ctx}
            idPrefix={idPrefix}
            name="evidence"
            required={false}
            label={t('toolkitReview.field.evidence')}
            hint={t('toolkitReview.hint.evidence')}
            value={values.evidence}
            error={errors.evidence}
            emptyLabel={t('toolkitReview.form.choose')}
            options={evidenceLabels.map((label) => ({
              value: label,
              label: t(`toolkitReview.evidence.${label}`),
            }))}
          />
          <TextareaField
            ctx={ctx}
            idPrefix={idPrefix}
            name="comment"
            required={false}
            rows={4}
            label={t('toolkitReview.field.comment')}
            hint={t('toolkitReview.hint.comment')}
            value={values.comment}
            error={errors.comment}
            maxLength={5000}
          />
          <button type="submit" class="button">
            {t('toolkitReview.queue.decide')}
          </button>
        </form>
      )}
    </article>
  );
}

function DecisionChoices(props: {
  ctx: PageContext;
  idPrefix: string;
  value: string;
  error: string | undefined;
}) {
  const { t } = props.ctx;
  const id = `${props.idPrefix}-decision`;
  return (
    <fieldset
      class={props.error ? 'fieldset field--error' : 'fieldset'}
      aria-describedby={describedBy(id, undefined, props.error)}
    >
      <legend id={id} tabIndex={-1}>
        {t('toolkitReview.field.decision')}
      </legend>
      <FieldError ctx={props.ctx} id={id} error={props.error} />
      <div class="choices">
        {reviewDecisions.map((decision) => (
          <label key={decision} class="choice">
            <input
              type="radio"
              name="decision"
              value={decision}
              checked={props.value === decision}
              required
            />
            <span>{t(`toolkitReview.decide.${decision}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

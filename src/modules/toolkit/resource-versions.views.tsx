import { Fragment } from 'preact';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { Resource } from './resource-reads.repo.js';
import type { FieldChange, TextPart } from './resource-versions.diff.js';
import type { VersionWithChanges } from './resource-versions.service.js';
import { languageName } from '../../platform/layout/language-names.js';
import { titleOf } from './contribution.views.js';

function fieldLabel(ctx: PageContext, change: FieldChange): string {
  const label = ctx.t(`toolkitReview.field.${change.field}`);
  return change.kind === 'text' && change.language
    ? ctx.t('toolkitReview.versions.inLanguage', {
        field: label,
        language: languageName(ctx, change.language),
      })
    : label;
}

/**
 * Text changes as `<ins>`/`<del>` with the words "added"/"removed" for screen readers (and the default
 * underline and strike-through for sight): never colour alone.
 */
function Parts({ ctx, parts }: { ctx: PageContext; parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.change === 'added' ? (
          <ins key={index}>
            <span class="visually-hidden">[{ctx.t('toolkitReview.versions.added')}: </span>
            {part.value}
            <span class="visually-hidden">]</span>
          </ins>
        ) : part.change === 'removed' ? (
          <del key={index}>
            <span class="visually-hidden">[{ctx.t('toolkitReview.versions.removed')}: </span>
            {part.value}
            <span class="visually-hidden">]</span>
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </>
  );
}

/** The changes of one version (or of a pending edit), field by field. */
export function ChangeList({ ctx, changes }: { ctx: PageContext; changes: readonly FieldChange[] }) {
  const { t } = ctx;
  if (changes.length === 0) return <p class="muted">{t('toolkitReview.versions.noChanges')}</p>;
  return (
    <dl class="definition-list change-list">
      {changes.map((change) => (
        <Fragment key={`${change.field}-${change.kind === 'text' ? (change.language ?? '') : ''}`}>
          <dt>{fieldLabel(ctx, change)}</dt>
          <dd>
            {change.kind === 'text' ? (
              <Parts ctx={ctx} parts={change.parts} />
            ) : (
              <>
                {change.added.map((value) => (
                  <ins key={`+${value}`}>
                    <span class="visually-hidden">{t('toolkitReview.versions.added')}: </span>
                    {value}{' '}
                  </ins>
                ))}
                {change.removed.map((value) => (
                  <del key={`-${value}`}>
                    <span class="visually-hidden">{t('toolkitReview.versions.removed')}: </span>
                    {value}{' '}
                  </del>
                ))}
              </>
            )}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** `/{lang}/toolkit/resources/:id/versions`: each published version and what it changed. */
export function VersionsPage(props: {
  ctx: PageContext;
  resource: Resource;
  versions: readonly VersionWithChanges[];
}) {
  const { ctx, resource, versions } = props;
  const { t } = ctx;
  const { title, language } = titleOf(resource, ctx.locale);
  return (
    <Layout ctx={ctx} title={t('toolkitReview.versions.title')}>
      <div class="container prose">
        <p class="eyebrow">
          <a href={localHref(ctx, `/toolkit/resources/${resource.id}`)} lang={language}>
            {title}
          </a>
        </p>
        <h1>{t('toolkitReview.versions.title')}</h1>
        {versions.length === 0 ? <p>{t('toolkitReview.versions.none')}</p> : null}
        {versions.map((version) => {
          const headingId = `version-${version.version}`;
          return (
            <section key={version.version} aria-labelledby={headingId}>
              <h2 id={headingId}>
                {t('toolkitReview.versions.version', { number: version.version })}{' '}
                <small>
                  <time dateTime={version.publishedAt}>
                    {ctx.formatDate(version.publishedAt, { dateStyle: 'medium' })}
                  </time>
                </small>
              </h2>
              {version.version === 1 ? (
                <p>{t('toolkitReview.versions.first')}</p>
              ) : (
                <ChangeList ctx={ctx} changes={version.changes} />
              )}
            </section>
          );
        })}
      </div>
    </Layout>
  );
}

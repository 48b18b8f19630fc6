import { Fragment } from 'preact';
import { labelOrCode } from '../../platform/i18n/index.js';
import type { PageContext } from '../../platform/layout/page-context.js';
import { languageName } from '../../platform/layout/language-names.js';
import type { ResourceRecord } from './resource-record.js';

/** The whole content of a contribution, read-only: what reviewers decide on. */
export function ContributionDetails({ ctx, record }: { ctx: PageContext; record: ResourceRecord }) {
  const { t } = ctx;
  const optional: [string, string | null][] = [
    ['originalUrl', record.originalUrl],
    ['doi', record.doi],
    ['publishedOn', record.publishedOn],
    ['contact', record.contact],
    ['licence', record.licence],
    ['evaluation', record.evaluation],
    ['transferability', record.transferability],
  ];
  const lists: [string, string[]][] = [
    ['topics', record.topics.map((code) => labelOrCode(ctx, `topic.${code}.name`, code))],
    ['professions', record.professions.map((code) => labelOrCode(ctx, `profession.${code}`, code))],
    ['languages', record.languages.map((code) => languageName(ctx, code))],
    ['countries', record.countries.map((code) => ctx.countryName(code))],
    ['instruments', record.instruments],
  ];
  return (
    <section aria-labelledby="content-heading">
      <h2 id="content-heading">{t('toolkitReview.edit.content')}</h2>
      {record.texts.map((text) => (
        <div key={text.language} lang={text.language}>
          <h3>{text.title}</h3>
          {text.summary ? <p>{text.summary}</p> : null}
        </div>
      ))}
      <dl class="definition-list">
        <dt>{t('toolkitReview.field.type')}</dt>
        <dd>{labelOrCode(ctx, `toolkitReview.type.${record.type}`, record.type)}</dd>
        <dt>{t('toolkitReview.field.organisationName')}</dt>
        <dd>{record.organisationName ?? '—'}</dd>
        {lists
          .filter(([, values]) => values.length > 0)
          .map(([field, values]) => (
            <Fragment key={field}>
              <dt>{t(`toolkitReview.field.${field}`)}</dt>
              <dd>{values.join(', ')}</dd>
            </Fragment>
          ))}
        {optional
          .filter((entry): entry is [string, string] => !!entry[1])
          .map(([field, value]) => (
            <Fragment key={field}>
              <dt>{t(`toolkitReview.field.${field}`)}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
      </dl>
    </section>
  );
}

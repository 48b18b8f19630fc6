import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { InstrumentsInGroup } from './instrument-groups.js';
import { groupLead, groupTitle, instrumentPath } from './instrument-text.js';

/**
 * `/{lang}/instruments`: the reference, by group. Instrument titles and summaries are the reference's
 * English text (marked `lang="en"`); everything around them is in the reader's language.
 */
export function InstrumentsPage({
  ctx,
  groups,
}: {
  ctx: PageContext;
  groups: readonly InstrumentsInGroup[];
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('legal.list.title')} description={t('legal.list.lead')}>
      <div class="container">
        <h1>{t('legal.list.title')}</h1>
        <p class="lead">{t('legal.list.lead')}</p>
        {ctx.locale === 'en' ? null : <p class="hint">{t('legal.englishText')}</p>}
        <p>
          <a class="button" href={localHref(ctx, '/case-helper')}>
            {t('case-helper.title')}
          </a>
        </p>
        <nav aria-labelledby="instrument-groups">
          <h2 id="instrument-groups" class="visually-hidden">
            {t('legal.list.groups')}
          </h2>
          <ul class="link-list">
            {groups.map(({ group }) => (
              <li key={group}>
                <a href={`#${group}`}>{groupTitle(ctx, group)}</a>
              </li>
            ))}
          </ul>
        </nav>
        {groups.map(({ group, instruments }) => (
          <section key={group} aria-labelledby={group} class="instrument-group">
            <h2 id={group}>{groupTitle(ctx, group)}</h2>
            <p>{groupLead(ctx, group)}</p>
            <ul class="card-list">
              {instruments.map((instrument) => (
                <li key={instrument.celex} class="card">
                  <h3 class="card__title">
                    <a href={localHref(ctx, instrumentPath(instrument.celex))} lang="en">
                      {instrument.shortTitle}
                    </a>
                  </h3>
                  <p class="card__meta">
                    <span lang="en">{instrument.number}</span>
                    {' · '}
                    <span lang="en">{instrument.acronym}</span>
                    {' · '}
                    {t('legal.celexNumber', { celex: instrument.celex })}
                  </p>
                  <p lang="en">{instrument.covers}</p>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Layout>
  );
}

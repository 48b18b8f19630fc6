import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { groupOf } from './instrument-groups.js';
import {
  dayText,
  durationText,
  extensionText,
  groupTitle,
  instrumentPath,
  kindText,
  needText,
} from './instrument-text.js';
import type { Instrument } from './instrument.js';
import type { InstrumentPage as InstrumentPageData } from './legal.service.js';
import { ParticipationSection } from './participation.views.js';
import { RelatedCourses, RelatedResources } from './related.views.js';

/** `/{lang}/instruments/{celex}`: one instrument, with its forms, deadlines, Member States and links. */
export function InstrumentPage({ ctx, page }: { ctx: PageContext; page: InstrumentPageData }) {
  const { t } = ctx;
  const { instrument } = page;
  return (
    <Layout ctx={ctx} title={instrument.shortTitle} description={instrument.covers}>
      <div class="container">
        <p>
          <a href={localHref(ctx, '/instruments')}>{t('legal.back')}</a>
        </p>
        <p class="eyebrow">{groupTitle(ctx, groupOf(instrument))}</p>
        <h1 lang="en">{instrument.shortTitle}</h1>
        <p class="lead" lang="en">
          {instrument.title}
        </p>
        {ctx.locale === 'en' ? null : <p class="hint">{t('legal.englishText')}</p>}
        <Facts ctx={ctx} instrument={instrument} />
        <section aria-labelledby="summary">
          <h2 id="summary">{t('legal.summary.title')}</h2>
          <p lang="en">{instrument.covers}</p>
        </section>
        <Scope ctx={ctx} instrument={instrument} />
        <FormsSection ctx={ctx} instrument={instrument} />
        <DeadlinesSection ctx={ctx} instrument={instrument} />
        <ParticipationSection ctx={ctx} instrument={instrument} />
        <RelatedCourses ctx={ctx} celex={instrument.celex} courses={page.courses} />
        <RelatedResources ctx={ctx} resources={page.resources} />
      </div>
    </Layout>
  );
}

function Facts({ ctx, instrument }: { ctx: PageContext; instrument: Instrument }) {
  const { t } = ctx;
  return (
    <dl class="definition-list">
      <dt>{t('legal.field.number')}</dt>
      <dd lang="en">{instrument.number}</dd>
      <dt>{t('legal.field.acronym')}</dt>
      <dd lang="en">{instrument.acronym}</dd>
      <dt>{t('legal.field.celex')}</dt>
      <dd>{instrument.celex}</dd>
      <dt>{t('legal.field.kind')}</dt>
      <dd>{kindText(ctx, instrument.kind)}</dd>
      <dt>{t('legal.field.adopted')}</dt>
      <dd>
        <time dateTime={instrument.adopted}>{dayText(ctx, instrument.adopted)}</time>
      </dd>
      <dt>{t('legal.field.appliesFrom')}</dt>
      <dd>
        <time dateTime={instrument.appliesFrom}>{dayText(ctx, instrument.appliesFrom)}</time>
      </dd>
      <dt>{t('legal.field.amendedBy')}</dt>
      <dd>
        {instrument.amendedBy?.length ? (
          <ul class="link-list">
            {instrument.amendedBy.map((celex) => (
              <li key={celex}>
                <a href={localHref(ctx, instrumentPath(celex))}>{celex}</a>
              </li>
            ))}
          </ul>
        ) : (
          t('legal.field.notAmended')
        )}
      </dd>
      <dt>{t('legal.field.officialText')}</dt>
      <dd>
        <ul class="link-list">
          <li>
            <a href={instrument.eurLex} rel="external">
              {t('legal.link.eurLex', { celex: instrument.celex })}
            </a>
          </li>
          <li>
            <a href={instrument.eli} rel="external">
              {t('legal.link.eli')}
            </a>
          </li>
        </ul>
      </dd>
    </dl>
  );
}

function Scope({ ctx, instrument }: { ctx: PageContext; instrument: Instrument }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="scope">
      <h2 id="scope">{t('legal.scope.title')}</h2>
      <p>{t('legal.scope.usedFor')}</p>
      <ul>
        {instrument.need.map((need) => (
          <li key={need}>{needText(ctx, need)}</li>
        ))}
      </ul>
      {instrument.appliesWhen ? (
        <p>
          {t('legal.scope.appliesWhen')} <span lang="en">{instrument.appliesWhen}</span>
        </p>
      ) : null}
      <p>
        {instrument.notBound.length === 0
          ? t('legal.scope.allStates')
          : t('legal.scope.someStates', {
              states: instrument.notBound.map((code) => ctx.countryName(code)).join(', '),
            })}
      </p>
    </section>
  );
}

function FormsSection({ ctx, instrument }: { ctx: PageContext; instrument: Instrument }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="forms">
      <h2 id="forms">{t('legal.forms.title')}</h2>
      {instrument.forms.length === 0 ? (
        <p>{t('legal.forms.none')}</p>
      ) : (
        <div class="table-scroll">
          <table class="table">
            <caption>{t('legal.forms.caption', { instrument: instrument.acronym })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('legal.forms.column.name')}</th>
                <th scope="col">{t('legal.forms.column.annex')}</th>
                <th scope="col">{t('legal.column.article')}</th>
              </tr>
            </thead>
            <tbody>
              {instrument.forms.map((form) => (
                <tr key={`${form.annex}|${form.name}`}>
                  <th scope="row" lang="en">
                    {form.name}
                  </th>
                  <td data-label={t('legal.forms.column.annex')} lang="en">
                    {form.annex}
                  </td>
                  <td data-label={t('legal.column.article')} lang="en">
                    {form.article}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function DeadlinesSection({ ctx, instrument }: { ctx: PageContext; instrument: Instrument }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="deadlines">
      <h2 id="deadlines">{t('legal.deadlines.title')}</h2>
      {instrument.deadlines.length === 0 ? (
        <p>{t('legal.deadlines.none')}</p>
      ) : (
        <div class="table-scroll">
          <table class="table deadlines-table">
            <caption>{t('legal.deadlines.caption', { instrument: instrument.acronym })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('legal.deadlines.column.step')}</th>
                <th scope="col">{t('legal.deadlines.column.timeLimit')}</th>
                <th scope="col">{t('legal.deadlines.column.extension')}</th>
                <th scope="col">{t('legal.column.article')}</th>
              </tr>
            </thead>
            <tbody>
              {instrument.deadlines.map((deadline) => {
                const extension = extensionText(ctx, deadline);
                return (
                  <tr key={`${deadline.article}|${deadline.step}`}>
                    <th scope="row" lang="en">
                      {deadline.step}
                    </th>
                    <td data-label={t('legal.deadlines.column.timeLimit')}>
                      {durationText(ctx, deadline.amount, deadline.unit)}
                      {deadline.from ? (
                        <>
                          {' '}
                          {t('legal.deadlines.from')} <span lang="en">{deadline.from}</span>
                        </>
                      ) : null}
                    </td>
                    <td data-label={t('legal.deadlines.column.extension')}>
                      {extension ? (
                        <>
                          {extension}
                          {'; '}
                          {deadline.extensionWhen ? (
                            <>
                              {t('legal.deadlines.when')} <span lang="en">{deadline.extensionWhen}</span>
                            </>
                          ) : (
                            t('legal.deadlines.whenInArticle')
                          )}
                        </>
                      ) : (
                        t('legal.deadlines.noExtension')
                      )}
                    </td>
                    <td data-label={t('legal.column.article')} lang="en">
                      {deadline.article}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p class="hint">{t('legal.deadlines.hint')}</p>
    </section>
  );
}

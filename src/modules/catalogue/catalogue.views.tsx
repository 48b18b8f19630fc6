import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { activeFilters, catalogueHref, withoutFilter, type ActiveFilter } from './catalogue-links.js';
import { courseSorts, type CourseSort } from './catalogue.api-schemas.js';
import type { CourseList, CourseListQuery, FacetValue } from './catalogue.list.js';
import { courseFacets, type CourseFacet } from './catalogue.search.js';
import type { NextSession } from './course-page.repo.js';
import { CourseCard } from './course-card.views.js';

export interface CatalogueView {
  readonly query: CourseListQuery;
  readonly list: CourseList;
  readonly nextSessions: ReadonlyMap<string, NextSession>;
  /** Labels of the active facet values, `facet:value` → label, also for values no longer counted. */
  readonly labels: ReadonlyMap<string, string>;
}

const resultsId = 'course-results';
const facetsId = 'course-facets';

const checkboxId = (facet: CourseFacet, value: string) =>
  `courses-${facet}-${value.replace(/[^A-Za-z0-9_-]/g, (character) => `_${character.codePointAt(0)}`)}`;

/** `/{lang}/courses`: a plain GET form, which htmx (when present) submits live into the results region. */
export function CataloguePage({ ctx, view }: { ctx: PageContext; view: CatalogueView }) {
  const { t } = ctx;
  const action = localHref(ctx, '/courses');
  return (
    <Layout ctx={ctx} title={t('catalogue.list.title')} description={t('catalogue.list.lead')}>
      <div class="container">
        <h1>{t('catalogue.list.title')}</h1>
        <p class="lead">{t('catalogue.list.lead')}</p>
        <p>
          <a href={localHref(ctx, '/courses/feed.ics')} type="text/calendar">
            {t('catalogue.ical.feedLink')}
          </a>
        </p>
        <div class="catalogue">
          <form
            method="get"
            action={action}
            class="form catalogue__filters"
            role="search"
            aria-label={t('catalogue.list.searchLabel')}
            hx-get={action}
            hx-target={`#${resultsId}`}
            hx-push-url="true"
            hx-trigger="change, submit, keyup changed delay:500ms from:#courses-q"
          >
            <div class="field">
              <label for="courses-q">{t('catalogue.field.q')}</label>
              <input id="courses-q" name="q" type="search" maxLength={200} value={view.query.q ?? ''} />
            </div>
            <div class="field">
              <label for="courses-sort">{t('catalogue.field.sort')}</label>
              <select id="courses-sort" name="sort">
                {courseSorts.map((sort) => (
                  <option key={sort} value={sort} selected={sort === view.list.sort}>
                    {t(`catalogue.sort.${sort}`)}
                  </option>
                ))}
              </select>
            </div>
            <CatalogueFacets ctx={ctx} view={view} />
            <fieldset class="field">
              <legend>{t('catalogue.field.dates')}</legend>
              <label for="courses-from">{t('catalogue.field.from')}</label>
              <input id="courses-from" name="from" type="date" value={view.query.from ?? ''} />
              <label for="courses-to">{t('catalogue.field.to')}</label>
              <input id="courses-to" name="to" type="date" value={view.query.to ?? ''} />
            </fieldset>
            <button type="submit" class="button">
              {t('catalogue.list.apply')}
            </button>
          </form>
          <div id={resultsId} class="catalogue__results" aria-live="polite">
            <CatalogueResults ctx={ctx} view={view} />
          </div>
        </div>
      </div>
    </Layout>
  );
}

/**
 * The facets with their counts. An htmx answer carries them too, swapped in out of band, so the counts
 * follow the results; ids are made of the values, so htmx gives focus back to the box just ticked.
 */
export function CatalogueFacets({ ctx, view, outOfBand = false }: FacetsProps & { outOfBand?: boolean }) {
  return (
    <div id={facetsId} {...(outOfBand ? { 'hx-swap-oob': 'true' } : {})}>
      {courseFacets.map((facet) => (
        <FacetFieldset key={facet} ctx={ctx} view={view} facet={facet} />
      ))}
    </div>
  );
}

interface FacetsProps {
  readonly ctx: PageContext;
  readonly view: CatalogueView;
}

/** The values of one facet as checkboxes with their counts; chosen values stay even when counted zero. */
function FacetFieldset({ ctx, view, facet }: { ctx: PageContext; view: CatalogueView; facet: CourseFacet }) {
  const chosen = view.query.filters[facet];
  const counted = view.list.facets[facet];
  const missing: FacetValue[] = chosen
    .filter((value) => !counted.some((entry) => entry.value === value))
    .map((value) => ({ value, label: view.labels.get(`${facet}:${value}`) ?? value, count: 0 }));
  const values = [...counted, ...missing];
  if (values.length === 0) return null;
  return (
    <fieldset class="field facet">
      <legend>{ctx.t(`catalogue.facet.${facet}`)}</legend>
      <ul class="facet__values">
        {values.map((entry) => (
          <li key={entry.value}>
            <input
              type="checkbox"
              id={checkboxId(facet, entry.value)}
              name={facet}
              value={entry.value}
              checked={chosen.includes(entry.value)}
            />{' '}
            <label for={checkboxId(facet, entry.value)}>
              {ctx.t('catalogue.facet.valueWithCount', { label: entry.label, count: entry.count })}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The results region's content: also the whole answer to an htmx request. */
export function CatalogueResults({ ctx, view }: { ctx: PageContext; view: CatalogueView }) {
  const { list } = view;
  const filters = activeFilters(view.query);
  return (
    <>
      <h2>{ctx.t('catalogue.list.count', { count: list.total })}</h2>
      {list.items.length === 0 ? (
        <NoResults ctx={ctx} view={view} filters={filters} />
      ) : (
        <ul class="card-list">
          {list.items.map((item) => (
            <CourseCard key={item.id} ctx={ctx} item={item} next={view.nextSessions.get(item.id)} />
          ))}
        </ul>
      )}
      <Pagination ctx={ctx} list={list} filters={filters} sort={view.query.sort} />
    </>
  );
}

function filterLabel(ctx: PageContext, view: CatalogueView, filter: ActiveFilter): string {
  switch (filter.kind) {
    case 'facet':
      return `${ctx.t(`catalogue.facet.${filter.facet}`)}: ${view.labels.get(`${filter.facet}:${filter.value}`) ?? filter.value}`;
    case 'q':
      return `${ctx.t('catalogue.field.q')}: ${filter.value}`;
    case 'from':
      return `${ctx.t('catalogue.field.from')}: ${ctx.formatDate(filter.value, { dateStyle: 'long', timeZone: 'UTC' })}`;
    case 'to':
      return `${ctx.t('catalogue.field.to')}: ${ctx.formatDate(filter.value, { dateStyle: 'long', timeZone: 'UTC' })}`;
  }
}

function NoResults({
  ctx,
  view,
  filters,
}: {
  ctx: PageContext;
  view: CatalogueView;
  filters: readonly ActiveFilter[];
}) {
  if (filters.length === 0) return <p class="muted">{ctx.t('catalogue.list.emptyCatalogue')}</p>;
  return (
    <div class="catalogue__empty">
      <p>{ctx.t('catalogue.list.noMatch')}</p>
      <ul class="drop-filters">
        {filters.map((filter) => (
          <li key={`${filter.kind}:${filter.kind === 'facet' ? filter.facet : ''}:${filter.value}`}>
            <a href={withoutFilter(ctx, filters, filter, view.query.sort)} rel="nofollow">
              {ctx.t('catalogue.drop.link', { filter: filterLabel(ctx, view, filter) })}
            </a>
          </li>
        ))}
        {filters.length > 1 ? (
          <li>
            <a href={catalogueHref(ctx, [])}>{ctx.t('catalogue.drop.all')}</a>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

function Pagination({
  ctx,
  list,
  filters,
  sort,
}: {
  ctx: PageContext;
  list: CourseList;
  filters: readonly ActiveFilter[];
  sort: CourseSort | undefined;
}) {
  const pages = Math.ceil(list.total / list.pageSize);
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={ctx.t('catalogue.pagination.label')}>
      {list.page > 1 ? (
        <a href={catalogueHref(ctx, filters, { page: list.page - 1, sort })} rel="prev">
          {ctx.t('catalogue.pagination.previous')}
        </a>
      ) : null}{' '}
      <span>{ctx.t('catalogue.pagination.status', { page: list.page, pages })}</span>{' '}
      {list.page < pages ? (
        <a href={catalogueHref(ctx, filters, { page: list.page + 1, sort })} rel="next">
          {ctx.t('catalogue.pagination.next')}
        </a>
      ) : null}
    </nav>
  );
}

import {
  FacetedSearchForm,
  SearchFacets,
  SearchResults,
  type FacetedSearch,
} from '../../platform/layout/faceted-search.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { activeFilters, catalogueHref } from './catalogue-links.js';
import { courseSorts, type CourseSort } from './catalogue.api-schemas.js';
import type { CourseList, CourseListQuery } from './catalogue.list.js';
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

type CourseSearch = FacetedSearch<CourseFacet, CourseSort, 'from' | 'to', CourseList['items'][number]>;

/** `/{lang}/courses`: the faceted search of the catalogue, with a date range besides the facets. */
export function CataloguePage({ ctx, view }: { ctx: PageContext; view: CatalogueView }) {
  const { t } = ctx;
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
        <FacetedSearchForm
          search={courseSearch(ctx, view)}
          fields={<DateFields ctx={ctx} query={view.query} />}
          results={<CatalogueResults ctx={ctx} view={view} />}
        />
      </div>
    </Layout>
  );
}

/** The facets with their counts; an htmx answer carries them out of band so the counts follow the results. */
export function CatalogueFacets({
  ctx,
  view,
  outOfBand = false,
}: {
  ctx: PageContext;
  view: CatalogueView;
  outOfBand?: boolean;
}) {
  return <SearchFacets search={courseSearch(ctx, view)} outOfBand={outOfBand} />;
}

/** The results region's content: also the whole answer to an htmx request. */
export function CatalogueResults({ ctx, view }: { ctx: PageContext; view: CatalogueView }) {
  return (
    <SearchResults
      search={courseSearch(ctx, view)}
      renderItem={(item) => <CourseCard ctx={ctx} item={item} next={view.nextSessions.get(item.id)} />}
    />
  );
}

function DateFields({ ctx, query }: { ctx: PageContext; query: CourseListQuery }) {
  return (
    <fieldset class="field">
      <legend>{ctx.t('catalogue.field.dates')}</legend>
      <label for="courses-from">{ctx.t('catalogue.field.from')}</label>
      <input id="courses-from" name="from" type="date" value={query.from ?? ''} />
      <label for="courses-to">{ctx.t('catalogue.field.to')}</label>
      <input id="courses-to" name="to" type="date" value={query.to ?? ''} />
    </fieldset>
  );
}

function courseSearch(ctx: PageContext, view: CatalogueView): CourseSearch {
  const { t } = ctx;
  const day = (value: string) => ctx.formatDate(value, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    ids: { prefix: 'courses', results: 'course-results', facets: 'course-facets' },
    action: localHref(ctx, '/courses'),
    facets: courseFacets,
    sorts: courseSorts,
    words: {
      searchLabel: t('catalogue.list.searchLabel'),
      query: t('catalogue.field.q'),
      sort: t('catalogue.field.sort'),
      sortName: (sort) => t(`catalogue.sort.${sort}`),
      apply: t('catalogue.list.apply'),
      facetName: (facet) => t(`catalogue.facet.${facet}`),
      valueWithCount: (label, count) => t('catalogue.facet.valueWithCount', { label, count }),
      found: (count) => t('catalogue.list.count', { count }),
      empty: t('catalogue.list.emptyCatalogue'),
      noMatch: t('catalogue.list.noMatch'),
      dropFilter: (filter) => t('catalogue.drop.link', { filter }),
      dropAll: t('catalogue.drop.all'),
      fieldFilter: ({ kind, value }) =>
        `${kind === 'from' ? t('catalogue.field.from') : t('catalogue.field.to')}: ${day(value)}`,
      pagination: {
        label: t('catalogue.pagination.label'),
        previous: t('catalogue.pagination.previous'),
        next: t('catalogue.pagination.next'),
        status: (page, pages) => t('catalogue.pagination.status', { page, pages }),
      },
    },
    href: (filters, options) => catalogueHref(ctx, filters, options),
    query: view.query,
    filters: activeFilters(view.query),
    labels: view.labels,
    list: view.list,
  };
}

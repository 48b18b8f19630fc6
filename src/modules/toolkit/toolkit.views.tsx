import {
  FacetedSearchForm,
  SearchFacets,
  SearchResults,
  type FacetedSearch,
} from '../../platform/layout/faceted-search.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { ResourceCard } from './resource-card.views.js';
import { toolkitFilters, toolkitHref } from './toolkit-links.js';
import { resourceSorts, type ResourceSort } from './toolkit.schema.js';
import { resourceFacets, type ResourceFacet } from './toolkit.search.js';
import type { ResourceList, ResourceListQuery } from './toolkit.service.js';

export interface ToolkitView {
  readonly query: ResourceListQuery;
  readonly list: ResourceList;
  /** Labels of the active facet values, `facet:value` → label, also for values no longer counted. */
  readonly labels: ReadonlyMap<string, string>;
}

type ResourceSearch = FacetedSearch<ResourceFacet, ResourceSort, never, ResourceList['items'][number]>;

/** Values shown per facet, the most frequent first; chosen values are always shown. */
const shownValues = 12;

/** `/{lang}/toolkit`: the faceted search of the toolkit's resources. */
export function ToolkitPage({ ctx, view }: { ctx: PageContext; view: ToolkitView }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('toolkit.list.title')} description={t('toolkit.list.lead')}>
      <div class="container">
        <h1>{t('toolkit.list.title')}</h1>
        <p class="lead">{t('toolkit.list.lead')}</p>
        <p>
          <a href={localHref(ctx, '/toolkit/networks')}>{t('toolkit.networks.link')}</a>
        </p>
        <FacetedSearchForm
          search={resourceSearch(ctx, view)}
          results={<ToolkitResults ctx={ctx} view={view} />}
        />
      </div>
    </Layout>
  );
}

/** The facets with their counts; an htmx answer carries them out of band so the counts follow the results. */
export function ToolkitFacets({
  ctx,
  view,
  outOfBand = false,
}: {
  ctx: PageContext;
  view: ToolkitView;
  outOfBand?: boolean;
}) {
  return <SearchFacets search={resourceSearch(ctx, view)} outOfBand={outOfBand} />;
}

/** The results region's content: also the whole answer to an htmx request. */
export function ToolkitResults({ ctx, view }: { ctx: PageContext; view: ToolkitView }) {
  return (
    <SearchResults
      search={resourceSearch(ctx, view)}
      renderItem={(item) => <ResourceCard ctx={ctx} item={item} />}
    />
  );
}

function resourceSearch(ctx: PageContext, view: ToolkitView): ResourceSearch {
  const { t } = ctx;
  return {
    ids: { prefix: 'toolkit', results: 'toolkit-results', facets: 'toolkit-facets' },
    action: localHref(ctx, '/toolkit'),
    facets: resourceFacets,
    sorts: resourceSorts,
    shownValues,
    words: {
      searchLabel: t('toolkit.list.searchLabel'),
      query: t('toolkit.field.q'),
      sort: t('toolkit.field.sort'),
      sortName: (sort) => t(`toolkit.sort.${sort}`),
      apply: t('toolkit.list.apply'),
      facetName: (facet) => t(`toolkit.facet.${facet}`),
      valueWithCount: (label, count) => t('toolkit.facet.valueWithCount', { label, count }),
      found: (count) => t('toolkit.list.count', { count }),
      empty: t('toolkit.list.empty'),
      noMatch: t('toolkit.list.noMatch'),
      dropFilter: (filter) => t('toolkit.drop.link', { filter }),
      dropAll: t('toolkit.drop.all'),
      pagination: {
        label: t('toolkit.pagination.label'),
        previous: t('toolkit.pagination.previous'),
        next: t('toolkit.pagination.next'),
        status: (page, pages) => t('toolkit.pagination.status', { page, pages }),
      },
    },
    href: (filters, options) => toolkitHref(ctx, filters, options),
    query: view.query,
    filters: toolkitFilters(view.query),
    labels: view.labels,
    list: view.list,
  };
}

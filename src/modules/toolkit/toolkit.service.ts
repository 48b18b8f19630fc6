import type { AppDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import type { FacetValue } from '../../platform/http/list-query.js';
import type { Locale } from '../../platform/i18n/index.js';
import type { SearchQuery, SearchResult } from '../../platform/search/index.js';
import { instrumentNames, type InstrumentName } from '../legal/instrument-names.js';
import { findListedRows, type ListedRow } from './resource-list.repo.js';
import { findResource, type Resource } from './resource-reads.repo.js';
import { findAttachments, findRelatedResources } from './resource-page.repo.js';
import { resourceFacetLabeller } from './toolkit-labels.js';
import {
  resourcePath,
  type ListedResource,
  type RelatedResource,
  type ResourceAttachment,
  type ResourceSort,
} from './toolkit.schema.js';
import {
  resourceFacets,
  resourceIdOf,
  resourceKind,
  servesFacet,
  type ResourceFacet,
} from './toolkit.search.js';

type Deps = Pick<AppDeps, 'db' | 'search' | 'translators' | 'config'>;

/** The public toolkit's use cases: search the published resources, read one, count them by network. */

export interface ResourceListQuery {
  readonly q: string | undefined;
  readonly filters: Readonly<Record<ResourceFacet, readonly string[]>>;
  /** Default: `relevance` with words to search, `date` without. */
  readonly sort?: ResourceSort | undefined;
  readonly page: number;
  readonly pageSize: number;
  readonly lang: Locale;
}

export interface ResourceList {
  readonly items: ListedResource[];
  readonly total: number;
  readonly sort: ResourceSort;
  readonly page: number;
  readonly pageSize: number;
  readonly facets: Record<ResourceFacet, FacetValue[]>;
}

/** Published resources, one per resource in the reader's language (else its own), with facet counts. */
export async function listResources(deps: Deps, query: ResourceListQuery): Promise<ResourceList> {
  const search = resourceSearch(query);
  const result = await deps.search.search(search);
  const [rows, instruments] = await Promise.all([
    findListedRows(
      deps.db,
      result.hits.map((hit) => ({ resourceId: resourceIdOf(hit.id), language: hit.language })),
    ),
    instrumentNames(deps.db),
  ]);
  const items = result.hits.flatMap((hit) => {
    const row = rows.get(resourceIdOf(hit.id));
    return row ? [listed(deps.config.publicUrl, query.lang, row, hit.snippet)] : [];
  });
  return {
    items,
    total: result.total,
    sort: search.sort === 'relevance' ? 'relevance' : 'date',
    page: query.page,
    pageSize: query.pageSize,
    facets: labelFacets(deps, query.lang, result, instruments),
  };
}

/** The index query behind a page of the toolkit: one document per resource in the reader's language. */
export function resourceSearch(query: ResourceListQuery): SearchQuery & { sort: 'relevance' | 'updated' } {
  const sort = query.sort ?? (query.q ? 'relevance' : 'date');
  return {
    text: query.q ?? '',
    kinds: [resourceKind],
    facets: { ...query.filters, [servesFacet]: [query.lang] },
    sort: sort === 'date' ? 'updated' : 'relevance',
    facetCounts: resourceFacets,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
}

function listed(publicUrl: string, lang: Locale, row: ListedRow, snippet: string): ListedResource {
  const { id, ...facts } = row;
  return { id, ...facts, snippet, url: `${publicUrl}${resourcePath(lang, id)}` };
}

function labelFacets(
  deps: Deps,
  lang: Locale,
  result: SearchResult,
  instruments: ReadonlyMap<string, InstrumentName>,
): Record<ResourceFacet, FacetValue[]> {
  const label = resourceFacetLabeller(deps.translators(lang), instruments);
  const labelled = {} as Record<ResourceFacet, FacetValue[]>;
  for (const facet of resourceFacets) {
    labelled[facet] = (result.facets[facet] ?? []).map(({ value, count }) => ({
      value,
      label: label(facet, value),
      count,
    }));
  }
  return labelled;
}

export interface PublicResource {
  readonly resource: Resource;
  readonly attachments: readonly ResourceAttachment[];
  readonly related: readonly RelatedResource[];
  readonly instrumentNames: ReadonlyMap<string, InstrumentName>;
}

/** A published, not deleted resource with its files and other sources; anything else is not found. */
export async function getPublicResource(deps: Deps, id: string, locale: Locale): Promise<PublicResource> {
  const resource = await findResource(deps.db, id);
  if (!resource || resource.status !== 'published' || resource.deletedAt !== null) throw AppError.notFound();
  const [attachments, related, names] = await Promise.all([
    findAttachments(deps.db, id),
    findRelatedResources(deps.db, id, locale),
    resource.instruments.length > 0 ? instrumentNames(deps.db) : new Map<string, InstrumentName>(),
  ]);
  return { resource, attachments, related, instrumentNames: names };
}

/** Published resources per source network, in the reader's language's view, largest first. */
export async function countByNetwork(deps: Deps, lang: Locale): Promise<readonly FacetValue[]> {
  const result = await deps.search.search({
    text: '',
    kinds: [resourceKind],
    facets: { [servesFacet]: [lang] },
    facetCounts: ['source'],
    limit: 1,
  });
  const label = resourceFacetLabeller(deps.translators(lang));
  return (result.facets.source ?? []).map(({ value, count }) => ({
    value,
    label: label('source', value),
    count,
  }));
}

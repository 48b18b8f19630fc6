import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { ResourceSort } from './toolkit.schema.js';
import type { ResourceListQuery } from './toolkit.service.js';
import { resourceFacets, type ResourceFacet } from './toolkit.search.js';

/** One filter of the address: a facet value or the text. */
export type ToolkitFilter =
  | { readonly kind: 'facet'; readonly facet: ResourceFacet; readonly value: string }
  | { readonly kind: 'q'; readonly value: string };

export function toolkitFilters(query: Pick<ResourceListQuery, 'q' | 'filters'>): ToolkitFilter[] {
  const filters: ToolkitFilter[] = [];
  if (query.q) filters.push({ kind: 'q', value: query.q });
  for (const facet of resourceFacets) {
    for (const value of query.filters[facet]) filters.push({ kind: 'facet', facet, value });
  }
  return filters;
}

/** The toolkit's address for these filters, with the order chosen (if any) and a page (1 unless told). */
export function toolkitHref(
  ctx: Pick<PageContext, 'locale'>,
  filters: readonly ToolkitFilter[],
  { page = 1, sort }: { page?: number; sort?: ResourceSort | undefined } = {},
): string {
  const params = new URLSearchParams();
  for (const filter of filters) params.append(filter.kind === 'facet' ? filter.facet : 'q', filter.value);
  if (sort) params.set('sort', sort);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return `${localHref(ctx, '/toolkit')}${search ? `?${search}` : ''}`;
}

import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { CourseSort } from './catalogue.api-schemas.js';
import type { CourseListQuery } from './catalogue.list.js';
import { courseFacets, type CourseFacet } from './catalogue.search.js';

/** One filter of the address: a facet value, the text, or a date bound. */
export type ActiveFilter =
  | { readonly kind: 'facet'; readonly facet: CourseFacet; readonly value: string }
  | { readonly kind: 'q' | 'from' | 'to'; readonly value: string };

export function activeFilters(query: CourseListQuery): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  if (query.q) filters.push({ kind: 'q', value: query.q });
  for (const facet of courseFacets) {
    for (const value of query.filters[facet]) filters.push({ kind: 'facet', facet, value });
  }
  if (query.from) filters.push({ kind: 'from', value: query.from });
  if (query.to) filters.push({ kind: 'to', value: query.to });
  return filters;
}

/**
 * The catalogue's address for these filters, in the order the form sends them, with the order the
 * visitor chose (if any) and a page (1 unless told).
 */
export function catalogueHref(
  ctx: Pick<PageContext, 'locale'>,
  filters: readonly ActiveFilter[],
  { page = 1, sort }: { page?: number; sort?: CourseSort | undefined } = {},
): string {
  const params = new URLSearchParams();
  for (const filter of filters)
    params.append(filter.kind === 'facet' ? filter.facet : filter.kind, filter.value);
  if (sort) params.set('sort', sort);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return `${localHref(ctx, '/courses')}${search ? `?${search}` : ''}`;
}

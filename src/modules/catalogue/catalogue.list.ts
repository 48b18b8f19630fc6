import type { AppDeps } from '../../app-deps.js';
import type { Locale } from '../../platform/i18n/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { FacetValue } from '../../platform/http/list-query.js';
import type { SearchQuery, SearchResult } from '../../platform/search/index.js';
import { instrumentNames } from '../legal/instrument-names.js';
import {
  courseFacets,
  courseIdOf,
  courseKind,
  servesFacet,
  startNumber,
  type CourseFacet,
} from './catalogue.search.js';
import type { CourseSort } from './catalogue.api-schemas.js';
import { dayNumber } from './course-dates.js';
import { findListedCourses, findProviderNames, type ListedCourse } from './course-list.repo.js';
import { facetLabeller } from './facet-labels.js';

type Deps = Pick<AppDeps, 'db' | 'search' | 'translators'>;

export interface CourseListQuery {
  readonly q: string | undefined;
  readonly filters: Readonly<Record<CourseFacet, readonly string[]>>;
  readonly from: string | undefined;
  readonly to: string | undefined;
  /** Default: `relevance` with words to search, `date` without. */
  readonly sort?: CourseSort | undefined;
  readonly page: number;
  readonly pageSize: number;
  readonly lang: Locale;
}

export type { FacetValue } from '../../platform/http/list-query.js';

export interface CourseList {
  readonly items: (ListedCourse & { snippet: string })[];
  readonly total: number;
  readonly sort: CourseSort;
  readonly page: number;
  readonly pageSize: number;
  readonly facets: Record<CourseFacet, FacetValue[]>;
}

/** The public catalogue: published courses, one per course in the reader's language, with facet counts. */
export async function listCourses(deps: Deps, query: CourseListQuery): Promise<CourseList> {
  await checkReferences(deps, query);
  const search = courseSearch(query);
  const result = await deps.search.search(search);
  const listed = await findListedCourses(
    deps.db,
    result.hits.map((hit) => ({ courseId: courseIdOf(hit.id), language: hit.language })),
  );
  const items = result.hits.flatMap((hit, index) => {
    const course = listed[index];
    return course ? [{ ...course, snippet: hit.snippet }] : [];
  });
  return {
    items,
    total: result.total,
    sort: search.sort === 'relevance' ? 'relevance' : 'date',
    page: query.page,
    pageSize: query.pageSize,
    facets: await labelFacets(deps, query.lang, result),
  };
}

/** The index query behind a page of the catalogue: one document per course in the reader's language. */
export function courseSearch(
  query: CourseListQuery,
): SearchQuery & { sort: NonNullable<SearchQuery['sort']> } {
  const sort = query.sort ?? (query.q ? 'relevance' : 'date');
  return {
    text: query.q ?? '',
    kinds: [courseKind],
    facets: { ...query.filters, [servesFacet]: [query.lang] },
    ...(query.from !== undefined || query.to !== undefined
      ? { ranges: { [startNumber]: { min: dayOf(query.from), max: dayOf(query.to) } } }
      : {}),
    // By date: the soonest session from the range's start, or from today, first.
    sort:
      sort === 'date'
        ? { ascending: startNumber, from: dayNumber(query.from ?? new Date().toISOString().slice(0, 10)) }
        : 'relevance',
    facetCounts: courseFacets,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
}

const dayOf = (date: string | undefined) => (date === undefined ? undefined : dayNumber(date));

/** Filter values that name rows (topics, providers) must exist: an unknown one is a 400, not zero results. */
async function checkReferences(deps: Deps, query: CourseListQuery): Promise<void> {
  const topics = [...new Set(query.filters.topic)];
  if (topics.length > 0) {
    const known = await deps.db.selectFrom('topic').select('code').where('code', 'in', topics).execute();
    if (known.length !== topics.length) throw unknownValue('topic');
  }
  const providers = [...new Set(query.filters.provider)];
  if (providers.length > 0) {
    const known = await deps.db
      .selectFrom('organisation')
      .select('id')
      .where('id', 'in', providers)
      .where('is_provider', '=', 1)
      .execute();
    if (known.length !== providers.length) throw unknownValue('provider');
  }
}

function unknownValue(parameter: string): AppError {
  return new AppError('validation-failed', `The parameter "${parameter}" holds an unknown value.`, [
    { field: parameter, message: 'holds an unknown value' },
  ]);
}

async function labelFacets(
  deps: Deps,
  lang: Locale,
  result: SearchResult,
): Promise<Record<CourseFacet, FacetValue[]>> {
  const providerIds = (result.facets.provider ?? []).map((entry) => entry.value);
  const [providers, instruments] = await Promise.all([
    findProviderNames(deps.db, providerIds),
    instrumentNames(deps.db),
  ]);
  const label = facetLabeller(deps.translators(lang), providers, instruments);
  const labelled = {} as Record<CourseFacet, FacetValue[]>;
  for (const facet of courseFacets) {
    labelled[facet] = (result.facets[facet] ?? []).map(({ value, count }) => ({
      value,
      label: label(facet, value),
      count,
    }));
  }
  return labelled;
}

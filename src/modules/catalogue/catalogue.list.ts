import type { AppDeps } from '../../app-deps.js';
import type { Locale } from '../../platform/i18n/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { SearchResult } from '../../platform/search/index.js';
import {
  courseFacets,
  courseIdOf,
  courseKind,
  servesFacet,
  startFacet,
  type CourseFacet,
} from './catalogue.search.js';
import { dayNumber, rangeTokens, FIRST_DATE, LAST_DATE } from './course-dates.js';
import { findListedCourses, findProviderNames, type ListedCourse } from './course-list.repo.js';
import { facetLabeller } from './facet-labels.js';

type Deps = Pick<AppDeps, 'db' | 'search' | 'translators'>;

export interface CourseListQuery {
  readonly q: string | undefined;
  readonly filters: Readonly<Record<CourseFacet, readonly string[]>>;
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly page: number;
  readonly pageSize: number;
  readonly lang: Locale;
}

export interface FacetValue {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

export interface CourseList {
  readonly items: (ListedCourse & { snippet: string })[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly facets: Record<CourseFacet, FacetValue[]>;
}

/** The public catalogue: published courses, one per course in the reader's language, with facet counts. */
export async function listCourses(deps: Deps, query: CourseListQuery): Promise<CourseList> {
  await checkReferences(deps, query);
  const facets: Record<string, readonly string[]> = { ...query.filters, [servesFacet]: [query.lang] };
  if (query.from !== undefined || query.to !== undefined) {
    facets[startFacet] = rangeTokens(dayNumber(query.from ?? FIRST_DATE), dayNumber(query.to ?? LAST_DATE));
  }
  const result = await deps.search.search({
    text: query.q ?? '',
    kinds: [courseKind],
    facets,
    facetCounts: courseFacets,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
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
    page: query.page,
    pageSize: query.pageSize,
    facets: await labelFacets(deps, query.lang, result),
  };
}

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
  const label = facetLabeller(deps.translators(lang), await findProviderNames(deps.db, providerIds));
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

import { expressionBuilder, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../database.js';
import type { SearchQuery } from './search-index.js';
import type { SearchDocumentTable } from './search.table.js';
import { cleanKey, cleanText } from './tokens.js';

/**
 * Which documents a search covers, as one SQL condition on `search_document as d`, shared by the
 * hits, the total and the facet counts so that they always agree.
 */

// Bounds on filter lists, so a crafted request cannot exceed the bound-parameter limits.
const MAX_KINDS = 50;
const MAX_FACETS = 20;
const MAX_VALUES_PER_FACET = 100;

export interface SearchScope {
  readonly kinds: readonly string[];
  readonly language: string | undefined;
  /** Facet name → accepted values; facets without values are left out. */
  readonly facets: ReadonlyMap<string, readonly string[]>;
  /** Documents matching the searched text; absent when listing without text. */
  readonly match: RawBuilder<SqlBool> | undefined;
}

interface DocumentScope extends Database {
  d: SearchDocumentTable;
}

export function searchScope(query: SearchQuery, match: RawBuilder<SqlBool> | undefined): SearchScope {
  const facets = new Map<string, readonly string[]>();
  for (const [rawName, rawValues] of Object.entries(query.facets ?? {}).slice(0, MAX_FACETS)) {
    const values = [...new Set(rawValues.slice(0, MAX_VALUES_PER_FACET).map(cleanKey))];
    if (values.length > 0) facets.set(cleanKey(rawName), values);
  }
  const language = query.language === undefined ? '' : cleanKey(query.language);
  return {
    kinds: [...new Set((query.kinds ?? []).slice(0, MAX_KINDS).map(cleanText))],
    language: language === '' ? undefined : language,
    facets,
    match,
  };
}

/** The scope as a condition; `exceptFacet` leaves that facet's own filter out (for its counts). */
export function scopeCondition(scope: SearchScope, exceptFacet?: string): Expression<SqlBool> {
  const eb = expressionBuilder<DocumentScope, 'd'>();
  const conditions: Expression<SqlBool>[] = [];
  if (scope.match) conditions.push(scope.match);
  if (scope.kinds.length > 0) conditions.push(eb('d.kind', 'in', scope.kinds));
  if (scope.language !== undefined) conditions.push(eb('d.language', '=', scope.language));
  for (const [name, values] of scope.facets) {
    if (name === exceptFacet) continue;
    const hasValue = eb
      .selectFrom('search_facet as sf')
      .select('sf.value')
      .whereRef('sf.kind', '=', 'd.kind')
      .whereRef('sf.doc_id', '=', 'd.id')
      .where('sf.name', '=', name)
      .where('sf.value', 'in', values);
    conditions.push(eb.exists(hasValue));
  }
  return eb.and(conditions);
}

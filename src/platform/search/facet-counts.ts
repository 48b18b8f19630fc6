import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { scopeCondition, type SearchScope } from './filters.js';
import type { FacetCount } from './search-index.js';
import { cleanKey } from './tokens.js';

const MAX_COUNTED_FACETS = 20;

/**
 * Value counts of the named facets over the documents in scope, in one query. Each facet is counted
 * without its own filter (disjunctive faceting): values within a facet are alternatives, so the
 * user sees what choosing another one would add instead of only the values already chosen.
 */
export async function countFacets(
  db: Kysely<Database>,
  scope: SearchScope,
  requested: readonly string[],
): Promise<Record<string, FacetCount[]>> {
  const names = [...new Map(requested.slice(0, MAX_COUNTED_FACETS).map((name) => [cleanKey(name), name]))];
  const counts: Record<string, FacetCount[]> = {};
  for (const [, name] of names) counts[name] = [];
  const queries = names.map(([cleanName]) =>
    db
      // Documents first, as an explicit cross join (which SQLite never reorders): driven from the facet
      // index instead, SQLite re-probed the text match for every facet row — 45 s instead of 13 ms
      // over 20,000 documents. PostgreSQL plans both forms alike.
      .selectFrom('search_document as d')
      .crossJoin('search_facet as f')
      .whereRef('f.kind', '=', 'd.kind')
      .whereRef('f.doc_id', '=', 'd.id')
      .where('f.name', '=', cleanName)
      .where(scopeCondition(scope, cleanName))
      .select((eb) => ['f.name', 'f.value', eb.fn.countAll<number>().as('count')] as const)
      .groupBy(['f.name', 'f.value']),
  );
  const [first, ...rest] = queries;
  if (!first) return counts;
  const rows = await rest.reduce((union, query) => union.unionAll(query), first).execute();
  const requestedName = new Map(names);
  for (const row of rows) {
    counts[requestedName.get(row.name) ?? row.name]?.push({ value: row.value, count: Number(row.count) });
  }
  // Sorted here, not in SQL, so ties come out in the same order whatever the database's collation.
  for (const list of Object.values(counts)) list.sort(byCountThenValue);
  return counts;
}

function byCountThenValue(a: FacetCount, b: FacetCount): number {
  if (a.count !== b.count) return b.count - a.count;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

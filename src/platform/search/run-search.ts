import { sql, type Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { countFacets } from './facet-counts.js';
import { scopeCondition, searchScope, type SearchScope } from './filters.js';
import type { FullTextEngine, ScoredMatch } from './full-text.js';
import { parseQuery, type ParsedQuery } from './query.js';
import type { FacetCount, SearchHit, SearchQuery, SearchResult } from './search-index.js';
import { buildSnippet, SNIPPET_SOURCE_LIMIT } from './snippet.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

const hitColumns = [
  'd.kind',
  'd.id',
  'd.language',
  'd.title',
  'd.updated_at',
  // Only the start of a long body travels to the snippet builder.
  sql<string>`substr(d.body, 1, ${sql.lit(SNIPPET_SOURCE_LIMIT)})`.as('body'),
] as const;

interface Page {
  readonly limit: number;
  readonly offset: number;
}

interface HitRow {
  readonly kind: string;
  readonly id: string;
  readonly language: string;
  readonly title: string;
  readonly body: string;
  readonly updated_at: string;
  readonly score: number;
}

export async function runSearch(
  db: Kysely<Database>,
  engine: FullTextEngine,
  query: SearchQuery,
): Promise<SearchResult> {
  const isListing = query.text.trim() === '';
  const parsed = isListing ? undefined : parseQuery(query.text);
  // Text that held no searchable word (`*`, `((`) finds nothing rather than everything.
  if (parsed && parsed.clauses.length === 0) return emptyResult(query.facetCounts ?? []);
  const scope = searchScope(query, parsed && engine.matchesDocument(parsed));
  const page = pageOf(query);
  const total = await countDocuments(db, scope);
  const rows = total > page.offset ? await findHits(db, engine, scope, parsed, page) : [];
  const facets = await countFacets(db, scope, query.facetCounts ?? []);
  return { total, hits: rows.map((row) => toHit(row, parsed)), facets };
}

function pageOf(query: SearchQuery): Page {
  const limit = Math.trunc(query.limit ?? DEFAULT_LIMIT);
  const offset = Math.trunc(query.offset ?? 0);
  return {
    limit: Number.isFinite(limit) ? Math.min(Math.max(limit, 1), MAX_LIMIT) : DEFAULT_LIMIT,
    offset: Number.isFinite(offset) ? Math.max(offset, 0) : 0,
  };
}

async function countDocuments(db: Kysely<Database>, scope: SearchScope): Promise<number> {
  const row = await db
    .selectFrom('search_document as d')
    .where(scopeCondition(scope))
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

async function findHits(
  db: Kysely<Database>,
  engine: FullTextEngine,
  scope: SearchScope,
  parsed: ParsedQuery | undefined,
  page: Page,
): Promise<HitRow[]> {
  if (!parsed) {
    return db
      .selectFrom('search_document as d')
      .where(scopeCondition(scope))
      .select([...hitColumns, sql<number>`0`.as('score')])
      .orderBy('d.updated_at', 'desc')
      .orderBy('d.seq', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
  }
  // The join already restricts to matching documents: the scope's own match condition is not repeated.
  const matched = sql<ScoredMatch>`(${engine.scoredMatches(parsed)})`.as('m');
  return db
    .selectFrom('search_document as d')
    .innerJoin(matched, (join) => join.onRef('m.seq', '=', 'd.seq'))
    .where(scopeCondition({ ...scope, match: undefined }))
    .select([...hitColumns, 'm.score'])
    .orderBy('m.score', 'desc')
    .orderBy('d.updated_at', 'desc')
    .orderBy('d.seq', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

function toHit(row: HitRow, parsed: ParsedQuery | undefined): SearchHit {
  return {
    id: row.id,
    kind: row.kind,
    language: row.language,
    title: row.title,
    snippet: buildSnippet(row.body, parsed?.clauses ?? []),
    score: Number(row.score),
    updatedAt: row.updated_at,
  };
}

function emptyResult(facetNames: readonly string[]): SearchResult {
  const facets: Record<string, readonly FacetCount[]> = {};
  for (const name of facetNames) facets[name] = [];
  return { total: 0, hits: [], facets };
}

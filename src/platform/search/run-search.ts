import { sql, type Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { bestOf } from './best-of.js';
import { Bitset } from './bitset.js';
import type { FullTextEngine } from './full-text.js';
import type { IndexMemory } from './index-memory.js';
import { parseQuery, type ParsedQuery } from './query.js';
import type { FacetCount, NumberOrder, SearchHit, SearchQuery, SearchResult } from './search-index.js';
import { buildSnippet, SNIPPET_SOURCE_LIMIT } from './snippet.js';
import { cleanKey, cleanText } from './tokens.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
/**
 * Text matches ranked by score at most: beyond, the most recently updated this many are ranked and the
 * rest follow by date. This bounds the work for very common words; totals and counts stay exact.
 */
export const MAX_RANKED = 2_000;
// Bounds on what a crafted request can make the search do.
const MAX_KINDS = 50;
const MAX_FACETS = 20;
const MAX_VALUES_PER_FACET = 100;

interface Scope {
  /** Documents of the kinds and language asked for, matching the text. */
  readonly base: Bitset;
  /** Facet name → documents having any of the values asked for. */
  readonly facetFilters: ReadonlyMap<string, Bitset>;
  /** Documents having a number within every range asked for; undefined when none was. */
  readonly inRanges: Bitset | undefined;
}

/** Answers `query` from the in-memory view, asking the database only for text matches and the page. */
export async function runSearch(
  db: Kysely<Database>,
  engine: FullTextEngine,
  memory: IndexMemory,
  query: SearchQuery,
): Promise<SearchResult> {
  const parsed = query.text.trim() === '' ? undefined : parseQuery(query.text);
  // Text that held no searchable word (`*`, `((`) finds nothing rather than everything.
  if (parsed && parsed.clauses.length === 0) return emptyResult(query.facetCounts ?? []);
  const matched = parsed ? await engine.matches(db, parsed) : undefined;
  const scope = scopeOf(memory, query, matched);
  const result = within(scope);
  const facets = countFacets(memory, scope, result, query.facetCounts ?? []);
  const { limit, offset } = pageOf(query);
  const total = result.size();
  const ordered =
    total > offset ? await order(db, engine, memory, result, query, parsed, offset + limit) : none;
  const page = ordered.seqs.slice(offset, offset + limit);
  return { total, hits: await fetchHits(db, page, parsed, ordered.scores), facets };
}

function scopeOf(memory: IndexMemory, query: SearchQuery, matched: readonly number[] | undefined): Scope {
  const base = memory.live.clone();
  const kinds = [...new Set((query.kinds ?? []).slice(0, MAX_KINDS).map(cleanText))];
  if (kinds.length > 0) base.intersect(Bitset.union(kinds.map((kind) => memory.kinds.get(kind))));
  const language = query.language === undefined ? '' : cleanKey(query.language);
  if (language !== '') base.intersect(memory.languages.get(language) ?? new Bitset());
  if (matched) base.intersect(slotsOf(memory, matched));
  const facetFilters = new Map<string, Bitset>();
  for (const [rawName, rawValues] of Object.entries(query.facets ?? {}).slice(0, MAX_FACETS)) {
    const values = [...new Set(rawValues.slice(0, MAX_VALUES_PER_FACET).map(cleanKey))];
    if (values.length === 0) continue;
    const byValue = memory.facets.get(cleanKey(rawName));
    facetFilters.set(cleanKey(rawName), Bitset.union(values.map((value) => byValue?.get(value))));
  }
  const ranges = Object.entries(query.ranges ?? {}).slice(0, MAX_FACETS);
  const inRanges =
    ranges.length === 0
      ? undefined
      : Bitset.filter(base, (slot) =>
          ranges.every(([name, { min = -Infinity, max = Infinity }]) =>
            memory.numbers(slot, cleanKey(name)).some((value) => value >= min && value <= max),
          ),
        );
  return { base, facetFilters, inRanges };
}

function slotsOf(memory: IndexMemory, seqs: readonly number[]): Bitset {
  const slots = new Bitset();
  for (const seq of seqs) {
    const slot = memory.slotOf(seq);
    if (slot !== undefined) slots.add(slot);
  }
  return slots;
}

/** The documents in scope, leaving out the filter of `exceptFacet` (for its own counts). */
function within(scope: Scope, exceptFacet?: string): Bitset {
  const documents = (scope.inRanges ?? scope.base).clone();
  for (const [name, filter] of scope.facetFilters) if (name !== exceptFacet) documents.intersect(filter);
  return documents;
}

/**
 * Value counts of the named facets. Each facet is counted without its own filter (disjunctive
 * faceting): values within a facet are alternatives, so the counts tell what choosing another one
 * would add instead of only the values already chosen.
 */
function countFacets(
  memory: IndexMemory,
  scope: Scope,
  result: Bitset,
  requested: readonly string[],
): Record<string, FacetCount[]> {
  const counts: Record<string, FacetCount[]> = {};
  for (const name of requested.slice(0, MAX_FACETS)) {
    const key = cleanKey(name);
    const documents = scope.facetFilters.has(key) ? within(scope, key) : result;
    const list: FacetCount[] = [];
    for (const [value, set] of memory.facets.get(key) ?? []) {
      const count = documents.sizeWith(set);
      if (count > 0) list.push({ value, count });
    }
    counts[name] = list.sort(byCountThenValue);
  }
  return counts;
}

function byCountThenValue(a: FacetCount, b: FacetCount): number {
  if (a.count !== b.count) return b.count - a.count;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

interface Ordered {
  readonly seqs: readonly number[];
  /** Text scores of the ranked documents. */
  readonly scores: ReadonlyMap<number, number>;
}

const none: Ordered = { seqs: [], scores: new Map() };

/** The first `count` documents of `result` in the order asked for, as `seq`s. */
async function order(
  db: Kysely<Database>,
  engine: FullTextEngine,
  memory: IndexMemory,
  result: Bitset,
  query: SearchQuery,
  parsed: ParsedQuery | undefined,
  count: number,
): Promise<Ordered> {
  const slots = result.toArray();
  const latestFirst = (a: number, b: number) =>
    memory.updatedAt(b) - memory.updatedAt(a) || memory.seqOf(b) - memory.seqOf(a);
  const sort = query.sort ?? 'relevance';
  if (typeof sort === 'object') {
    const key = numberKey(memory, sort);
    const keys = new Map(slots.map((slot) => [slot, key(slot)]));
    const byNumber = (a: number, b: number) => keys.get(a)! - keys.get(b)! || latestFirst(a, b);
    return { seqs: bestOf(slots, count, byNumber).map((slot) => memory.seqOf(slot)), scores: new Map() };
  }
  if (sort === 'updated' || !parsed) {
    return { seqs: bestOf(slots, count, latestFirst).map((slot) => memory.seqOf(slot)), scores: new Map() };
  }
  const candidates = slots.length <= MAX_RANKED ? slots : bestOf(slots, MAX_RANKED, latestFirst);
  const scores = await engine.scores(
    db,
    parsed,
    candidates.map((slot) => memory.seqOf(slot)),
  );
  const score = (slot: number) => scores.get(memory.seqOf(slot)) ?? 0;
  const ranked = candidates
    .map((slot) => ({ slot, score: score(slot) }))
    .sort((a, b) => b.score - a.score || latestFirst(a.slot, b.slot))
    .map(({ slot }) => slot);
  if (ranked.length < count && slots.length > ranked.length) {
    const rankedSet = new Set(ranked);
    const rest = slots.filter((slot) => !rankedSet.has(slot));
    ranked.push(...bestOf(rest, count - ranked.length, latestFirst));
  }
  return { seqs: ranked.slice(0, count).map((slot) => memory.seqOf(slot)), scores };
}

/** The sort key of a document: its smallest value of the number not below `from`; none sorts last. */
function numberKey(memory: IndexMemory, sort: NumberOrder): (slot: number) => number {
  const name = cleanKey(sort.ascending);
  const from = sort.from ?? -Infinity;
  return (slot) => memory.numbers(slot, name).find((value) => value >= from) ?? Infinity;
}

function pageOf(query: SearchQuery): { limit: number; offset: number } {
  const limit = Math.trunc(query.limit ?? DEFAULT_LIMIT);
  const offset = Math.trunc(query.offset ?? 0);
  return {
    limit: Number.isFinite(limit) ? Math.min(Math.max(limit, 1), MAX_LIMIT) : DEFAULT_LIMIT,
    offset: Number.isFinite(offset) ? Math.max(offset, 0) : 0,
  };
}

async function fetchHits(
  db: Kysely<Database>,
  seqs: readonly number[],
  parsed: ParsedQuery | undefined,
  scores: ReadonlyMap<number, number>,
): Promise<SearchHit[]> {
  if (seqs.length === 0) return [];
  const rows = await db
    .selectFrom('search_document')
    .select([
      'seq',
      'kind',
      'id',
      'language',
      'title',
      'updated_at',
      // Only the start of a long body travels to the snippet builder.
      sql<string>`substr(body, 1, ${sql.lit(SNIPPET_SOURCE_LIMIT)})`.as('body'),
    ])
    .where('seq', 'in', seqs)
    .execute();
  const bySeq = new Map(rows.map((row) => [Number(row.seq), row]));
  return seqs.flatMap((seq) => {
    const row = bySeq.get(seq);
    if (!row) return [];
    return [
      {
        id: row.id,
        kind: row.kind,
        language: row.language,
        title: row.title,
        snippet: buildSnippet(row.body, parsed?.clauses ?? []),
        score: scores.get(seq) ?? 0,
        updatedAt: row.updated_at,
      },
    ];
  });
}

function emptyResult(facetNames: readonly string[]): SearchResult {
  const facets: Record<string, readonly FacetCount[]> = {};
  for (const name of facetNames) facets[name] = [];
  return { total: 0, hits: [], facets };
}

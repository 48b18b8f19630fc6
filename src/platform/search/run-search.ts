import { sql, type Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { Bitset } from './bitset.js';
import type { FullTextEngine, ScoredMatch } from './full-text.js';
import type { IndexMemory } from './index-memory.js';
import { parseQuery, type ParsedQuery } from './query.js';
import type { FacetCount, NumberRange, SearchHit, SearchQuery, SearchResult } from './search-index.js';
import { buildSnippet, SNIPPET_SOURCE_LIMIT } from './snippet.js';
import { cleanKey, cleanText } from './tokens.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
/**
 * Scoring takes time in proportion to the documents scored, so at most this many are (by default). Words matching
 * more documents (very common words) are scored among the documents with them in the title; when
 * even those are more, title matches come first, then the others, each newest first. Totals and facet
 * counts stay exact whatever the number of matches.
 */
export const MAX_RANKED = 2_000;

export interface SearchLimits {
  /** See {@link MAX_RANKED}. */
  readonly maxRanked: number;
}
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
  limits: SearchLimits = { maxRanked: MAX_RANKED },
): Promise<SearchResult> {
  const parsed = query.text.trim() === '' ? undefined : parseQuery(query.text);
  // Text that held no searchable word (`*`, `((`) finds nothing rather than everything.
  if (parsed && parsed.clauses.length === 0) return emptyResult(query.facetCounts ?? []);
  const matched = parsed ? await engine.matches(db, parsed, 'anywhere') : undefined;
  const scope = scopeOf(memory, query, matched);
  const result = within(scope);
  const facets = countFacets(memory, scope, result, query.facetCounts ?? []);
  const { limit, offset } = pageOf(query);
  const total = result.size();
  const wanted = offset + limit;
  const ordered =
    total <= offset
      ? none
      : parsed && (query.sort ?? 'relevance') === 'relevance'
        ? await byRelevance(db, engine, memory, result, {
            parsed,
            matches: matched?.length ?? 0,
            wanted,
            maxRanked: limits.maxRanked,
          })
        : byOrder(memory, result, query.sort, wanted);
  const page = ordered.seqs.slice(offset, offset + limit);
  return { total, hits: await fetchHits(db, page, parsed, ordered.scores), facets };
}

function scopeOf(memory: IndexMemory, query: SearchQuery, matched: ArrayLike<number> | undefined): Scope {
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
  let inRanges: Bitset | undefined;
  for (const [name, range] of ranges) {
    inRanges = (inRanges ?? base.clone()).intersect(withinRange(memory, cleanKey(name), range));
  }
  return { base, facetFilters, inRanges };
}

/** Documents with a value of the number within the range: a slice of the number's ascending order. */
function withinRange(
  memory: IndexMemory,
  name: string,
  { min = -Infinity, max = Infinity }: NumberRange,
): Bitset {
  const { values, slots } = memory.numberOrder(name);
  const documents = new Bitset();
  for (let i = firstAtLeast(values, min); i < values.length && values[i]! <= max; i += 1)
    documents.add(slots[i]!);
  return documents;
}

function slotsOf(memory: IndexMemory, seqs: ArrayLike<number>): Bitset {
  const slots = new Bitset();
  for (let i = 0; i < seqs.length; i += 1) {
    const slot = memory.slotOf(seqs[i]!);
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
    const words = documents.nonZeroWords();
    const list: FacetCount[] = [];
    for (const [value, set] of memory.facets.get(key) ?? []) {
      const count = documents.sizeWith(set, words);
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

/** The first `wanted` documents of `result` by date of change or by a number. */
function byOrder(memory: IndexMemory, result: Bitset, sort: SearchQuery['sort'], wanted: number): Ordered {
  const picked = new Picker(memory, result, wanted);
  if (typeof sort === 'object') {
    const { values, slots } = memory.numberOrder(cleanKey(sort.ascending));
    // A document's first pair from `from` on is its smallest value there: later pairs are skipped.
    for (let i = firstAtLeast(values, sort.from ?? -Infinity); i < slots.length && !picked.full(); i += 1) {
      picked.take(slots[i]!);
    }
  }
  picked.takeLatest();
  return picked.ordered();
}

/**
 * The first `wanted` documents of `result` by relevance: scored matches first (bounded by
 * MAX_RANKED, see there), then title matches, then the rest, newest first.
 */
async function byRelevance(
  db: Kysely<Database>,
  engine: FullTextEngine,
  memory: IndexMemory,
  result: Bitset,
  {
    parsed,
    matches,
    wanted,
    maxRanked,
  }: { parsed: ParsedQuery; matches: number; wanted: number; maxRanked: number },
): Promise<Ordered> {
  let scored: ScoredMatch[] = [];
  let titled: Bitset | undefined;
  if (matches <= maxRanked) {
    scored = await engine.ranked(db, parsed, 'anywhere');
  } else {
    const inTitle = await engine.matches(db, parsed, 'title');
    if (inTitle.length === 0) titled = undefined;
    else if (inTitle.length <= maxRanked) scored = await engine.ranked(db, parsed, 'title');
    else titled = slotsOf(memory, inTitle);
  }
  const picked = new Picker(memory, result, wanted);
  for (const { seq, score } of scored) {
    if (picked.full()) break;
    const slot = memory.slotOf(seq);
    if (slot !== undefined) picked.take(slot, score);
  }
  if (titled) picked.takeLatest(titled);
  picked.takeLatest();
  return picked.ordered();
}

/** Collects up to `wanted` documents of `result`, each once, in the order they are offered. */
class Picker {
  private readonly taken = new Bitset();
  private readonly seqs: number[] = [];
  private readonly scores = new Map<number, number>();

  constructor(
    private readonly memory: IndexMemory,
    private readonly result: Bitset,
    private readonly wanted: number,
  ) {}

  full(): boolean {
    return this.seqs.length >= this.wanted;
  }

  take(slot: number, score?: number): void {
    if (this.full() || !this.result.has(slot) || this.taken.has(slot)) return;
    this.taken.add(slot);
    const seq = this.memory.seqOf(slot);
    this.seqs.push(seq);
    if (score !== undefined) this.scores.set(seq, score);
  }

  /** Takes the documents not taken yet (of `among` too, when given), latest change first. */
  takeLatest(among?: Bitset): void {
    const recency = this.memory.recency();
    for (let i = 0; i < recency.length && !this.full(); i += 1) {
      const slot = recency[i]!;
      if (!among || among.has(slot)) this.take(slot);
    }
  }

  ordered(): Ordered {
    return { seqs: this.seqs, scores: this.scores };
  }
}

/** The first index of ascending `values` holding a value not below `bound`. */
function firstAtLeast(values: Float64Array, bound: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < bound) low = middle + 1;
    else high = middle;
  }
  return low;
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

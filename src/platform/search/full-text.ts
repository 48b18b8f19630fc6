import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import type { ParsedQuery } from './query.js';

/**
 * What a dialect contributes to search: its full-text table `search_fts`, keyed by
 * `search_document.seq`. Everything else — documents, facets, filters, counts, snippets — is shared:
 * documents.ts writes them, run-search.ts answers from the in-memory view (sync.ts).
 */
export interface FullTextEngine {
  /** Indexes (or re-indexes) the folded words of documents, each `seq` once, in a few statements. */
  writeMany(db: Kysely<Database>, entries: readonly IndexedEntry[]): Promise<void>;
  eraseMany(db: Kysely<Database>, seqs: readonly number[]): Promise<void>;
  /** The `seq` of every document matching (in its title only, with `title`), in no particular order. */
  matches(db: Kysely<Database>, query: ParsedQuery, where: MatchPlace): Promise<Int32Array>;
  /** Matching documents, best first. Takes time in proportion to the matches: callers bound them first. */
  ranked(db: Kysely<Database>, query: ParsedQuery, where: MatchPlace): Promise<ScoredMatch[]>;
}

export interface IndexedEntry {
  readonly seq: number;
  readonly text: IndexedText;
}

/** Rows per full-text statement: 3 parameters each, far below the bound-parameter limits. */
export const FULL_TEXT_CHUNK = 500;

/** Consecutive slices of at most FULL_TEXT_CHUNK items. */
export function fullTextChunks<T>(items: readonly T[]): T[][] {
  const slices: T[][] = [];
  for (let start = 0; start < items.length; start += FULL_TEXT_CHUNK)
    slices.push(items.slice(start, start + FULL_TEXT_CHUNK));
  return slices;
}

/** Where the words must be: anywhere in the document, or all in its title. */
export type MatchPlace = 'anywhere' | 'title';

export interface ScoredMatch {
  readonly seq: number;
  /** Higher ranks first; comparable within one query only. */
  readonly score: number;
}

/** `12,7,45` → [12, 7, 45]: a whole result set travels from the database as one string. */
export function parseSeqList(list: string | null | undefined): Int32Array {
  if (!list) return new Int32Array(0);
  let count = 1;
  for (let i = 0; i < list.length; i += 1) if (list.charCodeAt(i) === 44) count += 1;
  const seqs = new Int32Array(count);
  let index = 0;
  let value = 0;
  for (let i = 0; i < list.length; i += 1) {
    const code = list.charCodeAt(i);
    if (code === 44) {
      seqs[index] = value;
      index += 1;
      value = 0;
    } else {
      value = value * 10 + (code - 48);
    }
  }
  seqs[index] = value;
  return seqs;
}
/** Words as tokens.ts folds them; the database never tokenizes on its own. */
export interface IndexedText {
  readonly title: readonly string[];
  readonly body: readonly string[];
}

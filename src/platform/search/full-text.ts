import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import type { ParsedQuery } from './query.js';

/**
 * What a dialect contributes to search: its full-text table `search_fts`, keyed by
 * `search_document.seq`. Everything else — documents, facets, filters, counts, snippets — is shared:
 * documents.ts writes them, run-search.ts answers from the in-memory view (sync.ts).
 */
export interface FullTextEngine {
  /** Indexes (or re-indexes) the folded words of one document. */
  write(db: Kysely<Database>, seq: number, text: IndexedText): Promise<void>;
  erase(db: Kysely<Database>, seq: number): Promise<void>;
  /** The `seq` of every document matching (in its title only, with `title`), in no particular order. */
  matches(db: Kysely<Database>, query: ParsedQuery, where: MatchPlace): Promise<Int32Array>;
  /** Matching documents, best first. Takes time in proportion to the matches: callers bound them first. */
  ranked(db: Kysely<Database>, query: ParsedQuery, where: MatchPlace): Promise<ScoredMatch[]>;
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

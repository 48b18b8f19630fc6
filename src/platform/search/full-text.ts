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
  /** The `seq` of every matching document, in no particular order. */
  matches(db: Kysely<Database>, query: ParsedQuery): Promise<number[]>;
  /** The score of each of `seqs` that matches; a higher score ranks first. */
  scores(db: Kysely<Database>, query: ParsedQuery, seqs: readonly number[]): Promise<Map<number, number>>;
}

/** Words as tokens.ts folds them; the database never tokenizes on its own. */
export interface IndexedText {
  readonly title: readonly string[];
  readonly body: readonly string[];
}

import type { Kysely, RawBuilder, SqlBool } from 'kysely';
import type { Database } from '../../database.js';
import type { ParsedQuery } from './query.js';

/**
 * What a dialect contributes to search: its full-text table `search_fts`, keyed by
 * `search_document.seq`. Everything else — documents, facets, filters, counts, snippets — is shared
 * SQL in documents.ts and run-search.ts.
 */
export interface FullTextEngine {
  /** Indexes (or re-indexes) the folded words of one document. */
  write(db: Kysely<Database>, seq: number, text: IndexedText): Promise<void>;
  erase(db: Kysely<Database>, seq: number): Promise<void>;
  /** A complete `select` of `(seq, score)` for every matching document; a higher score ranks first. */
  scoredMatches(query: ParsedQuery): RawBuilder<ScoredMatch>;
  /** A condition on `d.seq` (`search_document as d`): the document matches. For counts, which need no score. */
  matchesDocument(query: ParsedQuery): RawBuilder<SqlBool>;
}

/** Words as tokens.ts folds them; the database never tokenizes on its own. */
export interface IndexedText {
  readonly title: readonly string[];
  readonly body: readonly string[];
}

export interface ScoredMatch {
  readonly seq: number;
  readonly score: number;
}

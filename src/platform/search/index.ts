import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import type { DatabaseHandle } from '../db/database.js';
import { deleteDocument, writeDocument } from './documents.js';
import type { FullTextEngine } from './full-text.js';
import { postgresFullText } from './postgres-search.js';
import { runSearch } from './run-search.js';
import type { SearchDocument, SearchIndex } from './search-index.js';
import { sqliteFullText } from './sqlite-search.js';

export type {
  FacetCount,
  SearchDocument,
  SearchHit,
  SearchIndex,
  SearchQuery,
  SearchResult,
} from './search-index.js';
export type { SearchTables } from './search.table.js';

/** The search index of the database: FTS5 on SQLite, tsvector on PostgreSQL. */
export function createSearchIndex(handle: DatabaseHandle): SearchIndex {
  return bindSearchIndex(handle.db, handle.dialect === 'postgres' ? postgresFullText : sqliteFullText);
}

function bindSearchIndex(db: Kysely<Database>, engine: FullTextEngine): SearchIndex {
  // Inside a caller's transaction the writes join it; otherwise each call is its own transaction.
  const transactionally = <T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T> =>
    db.isTransaction ? work(db) : db.transaction().execute(work);
  return {
    upsert: (documents) =>
      transactionally(async (trx) => {
        for (const document of asList(documents)) await writeDocument(trx, engine, document);
      }),
    remove: (kind, id) => transactionally((trx) => deleteDocument(trx, engine, kind, id)),
    search: (query) => runSearch(db, engine, query),
    withTransaction: (trx) => bindSearchIndex(trx, engine),
  };
}

function asList(documents: SearchDocument | readonly SearchDocument[]): readonly SearchDocument[] {
  return isList(documents) ? documents : [documents];
}

function isList(
  documents: SearchDocument | readonly SearchDocument[],
): documents is readonly SearchDocument[] {
  return Array.isArray(documents);
}

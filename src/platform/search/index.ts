import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import type { DatabaseHandle } from '../db/database.js';
import { deleteDocuments, writeDocuments } from './documents.js';
import type { IndexMemory } from './index-memory.js';
import { IndexFollower, nextGeneration, readMemory } from './sync.js';
import type { FullTextEngine } from './full-text.js';
import { postgresFullText } from './postgres-search.js';
import { MAX_RANKED, runSearch, type SearchLimits } from './run-search.js';
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
export { pruneRemovals as pruneSearchRemovals } from './sync.js';

/** The search index of the database: FTS5 on SQLite, tsvector on PostgreSQL, facets in memory. */
export function createSearchIndex(
  handle: DatabaseHandle,
  limits: SearchLimits = { maxRanked: MAX_RANKED },
): SearchIndex {
  const engine = handle.dialect === 'postgres' ? postgresFullText : sqliteFullText;
  const follower = new IndexFollower(handle.db);
  return bindSearchIndex(handle.db, engine, () => follower.current(), limits);
}

function bindSearchIndex(
  db: Kysely<Database>,
  engine: FullTextEngine,
  memory: () => Promise<IndexMemory>,
  limits: SearchLimits,
): SearchIndex {
  // Inside a caller's transaction the writes join it and share one generation; otherwise each call
  // is its own transaction with its own generation.
  let generation: Promise<number> | undefined;
  const write = (work: (trx: Kysely<Database>, version: number) => Promise<void>): Promise<void> => {
    if (!db.isTransaction)
      return db.transaction().execute(async (trx) => work(trx, await nextGeneration(trx)));
    generation ??= nextGeneration(db);
    return generation.then((version) => work(db, version));
  };
  return {
    upsert: (documents) => write((trx, version) => writeDocuments(trx, engine, asList(documents), version)),
    remove: (kind, ids) =>
      write((trx, version) =>
        deleteDocuments(trx, engine, kind, typeof ids === 'string' ? [ids] : ids, version),
      ),
    search: async (query) => runSearch(db, engine, await memory(), query, limits),
    warm: async () => {
      await memory();
    },
    // A transaction's own writes are not in the shared memory: it reads a memory of its own.
    withTransaction: (trx) => bindSearchIndex(trx, engine, () => readMemory(trx), limits),
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

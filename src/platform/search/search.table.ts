import type { Generated } from 'kysely';

/**
 * One indexed document. `seq` is an integer key so that the dialect's full-text table (an FTS5
 * virtual table keyed by rowid in SQLite, a tsvector table in PostgreSQL) can point at the row
 * cheaply; `(kind, id)` is the key the application knows.
 *
 * The full-text table `search_fts` is deliberately absent from these types: its shape differs per
 * dialect and only sqlite-search.ts and postgres-search.ts touch it, with raw SQL.
 */
export interface SearchDocumentTable {
  seq: Generated<number>;
  kind: string;
  id: string;
  language: string;
  title: string;
  body: string;
  updated_at: string;
  /** The generation of the document's last write (search_generation). */
  version: number;
}

/** Facet values live in their own indexed table so filters and counts are plain indexed SQL. */
export interface SearchFacetTable {
  kind: string;
  doc_id: string;
  name: string;
  value: string;
}

/** Numeric values (days, amounts) for range filters and sorting. */
export interface SearchNumberTable {
  kind: string;
  doc_id: string;
  name: string;
  value: number;
}

/** One row (id 1) counting index writes, and how far the removal log has been pruned. */
export interface SearchGenerationTable {
  id: number;
  value: number;
  pruned_through: number;
}

/** Documents removed, by generation, for processes bringing their in-memory view up to date. */
export interface SearchRemovalTable {
  version: number;
  seq: number;
}

export interface SearchTables {
  search_document: SearchDocumentTable;
  search_facet: SearchFacetTable;
  search_number: SearchNumberTable;
  search_generation: SearchGenerationTable;
  search_removal: SearchRemovalTable;
}

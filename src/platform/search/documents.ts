import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../database.js';
import type { FullTextEngine } from './full-text.js';
import type { SearchDocument } from './search-index.js';
import type { SearchDocumentTable, SearchFacetTable, SearchNumberTable } from './search.table.js';
import { cleanKey, cleanText, foldedWords } from './tokens.js';

/** Rows per facet or number insert: far below the bound-parameter limits of both dialects. */
const INSERT_CHUNK = 500;

/**
 * Writes a document, its facets, numbers and full-text entry, stamped with the write's generation.
 * Runs inside the caller's transaction.
 */
export async function writeDocument(
  db: Kysely<Database>,
  engine: FullTextEngine,
  document: SearchDocument,
  version: number,
): Promise<void> {
  const row = documentRow(document, version);
  const { seq } = await db
    .insertInto('search_document')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['kind', 'id']).doUpdateSet({
        language: row.language,
        title: row.title,
        body: row.body,
        updated_at: row.updated_at,
        version,
      }),
    )
    .returning('seq')
    .executeTakeFirstOrThrow();
  await db.deleteFrom('search_facet').where('kind', '=', row.kind).where('doc_id', '=', row.id).execute();
  await db.deleteFrom('search_number').where('kind', '=', row.kind).where('doc_id', '=', row.id).execute();
  const facets = facetRows(row.kind, row.id, document.facets ?? {});
  for (let start = 0; start < facets.length; start += INSERT_CHUNK) {
    await db
      .insertInto('search_facet')
      .values(facets.slice(start, start + INSERT_CHUNK))
      .execute();
  }
  const numbers = numberRows(row.kind, row.id, document.numbers ?? {});
  for (let start = 0; start < numbers.length; start += INSERT_CHUNK) {
    await db
      .insertInto('search_number')
      .values(numbers.slice(start, start + INSERT_CHUNK))
      .execute();
  }
  await engine.write(db, seq, { title: foldedWords(row.title), body: foldedWords(row.body) });
}

/**
 * Deletes the documents of `kind` with these ids, logging each removal under the write's generation;
 * ids not indexed are skipped.
 */
export async function deleteDocuments(
  db: Kysely<Database>,
  engine: FullTextEngine,
  kind: string,
  ids: readonly string[],
  version: number,
): Promise<void> {
  const key = cleanText(kind);
  const wanted = [...new Set(ids.map(cleanText))];
  if (wanted.length === 0) return;
  const found = await db
    .selectFrom('search_document')
    .select(['seq', 'id'])
    .where('kind', '=', key)
    .where('id', 'in', wanted)
    .execute();
  for (const { seq, id } of found) {
    await engine.erase(db, seq);
    await db.deleteFrom('search_facet').where('kind', '=', key).where('doc_id', '=', id).execute();
    await db.deleteFrom('search_number').where('kind', '=', key).where('doc_id', '=', id).execute();
    await db.deleteFrom('search_document').where('seq', '=', seq).execute();
    await db.insertInto('search_removal').values({ version, seq }).execute();
  }
}

function documentRow(document: SearchDocument, version: number): Insertable<SearchDocumentTable> {
  return {
    version,
    kind: cleanText(document.kind),
    id: cleanText(document.id),
    language: cleanKey(document.language),
    title: cleanText(document.title),
    body: cleanText(document.body),
    // Normalised so that listing order is the same text order in SQLite and time order in PostgreSQL.
    updated_at: (document.updatedAt ? new Date(document.updatedAt) : new Date()).toISOString(),
  };
}

function facetRows(
  kind: string,
  docId: string,
  facets: Readonly<Record<string, readonly string[]>>,
): SearchFacetTable[] {
  const rows = new Map<string, SearchFacetTable>();
  for (const [rawName, values] of Object.entries(facets)) {
    const name = cleanKey(rawName);
    for (const value of values.map(cleanKey)) {
      // The key joins with NUL, which cleanKey has removed from both parts, so it cannot be ambiguous.
      if (name && value) rows.set(`${name}\u0000${value}`, { kind, doc_id: docId, name, value });
    }
  }
  return [...rows.values()];
}

function numberRows(
  kind: string,
  docId: string,
  numbers: Readonly<Record<string, readonly number[]>>,
): SearchNumberTable[] {
  const rows = new Map<string, SearchNumberTable>();
  for (const [rawName, values] of Object.entries(numbers)) {
    const name = cleanKey(rawName);
    for (const value of values) {
      if (name && Number.isSafeInteger(value))
        rows.set(`${name}\u0000${value}`, { kind, doc_id: docId, name, value });
    }
  }
  return [...rows.values()];
}

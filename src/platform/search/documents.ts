import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../database.js';
import type { FullTextEngine } from './full-text.js';
import type { SearchDocument } from './search-index.js';
import type { SearchDocumentTable, SearchFacetTable } from './search.table.js';
import { cleanKey, cleanText, foldedWords } from './tokens.js';

/** Rows per facet insert: far below the bound-parameter limits of both dialects. */
const FACET_INSERT_CHUNK = 500;

/** Writes a document, its facets and its full-text entry. Runs inside the caller's transaction. */
export async function writeDocument(
  db: Kysely<Database>,
  engine: FullTextEngine,
  document: SearchDocument,
): Promise<void> {
  const row = documentRow(document);
  const { seq } = await db
    .insertInto('search_document')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['kind', 'id']).doUpdateSet({
        language: row.language,
        title: row.title,
        body: row.body,
        updated_at: row.updated_at,
      }),
    )
    .returning('seq')
    .executeTakeFirstOrThrow();
  await db.deleteFrom('search_facet').where('kind', '=', row.kind).where('doc_id', '=', row.id).execute();
  const facets = facetRows(row.kind, row.id, document.facets ?? {});
  for (let start = 0; start < facets.length; start += FACET_INSERT_CHUNK) {
    await db
      .insertInto('search_facet')
      .values(facets.slice(start, start + FACET_INSERT_CHUNK))
      .execute();
  }
  await engine.write(db, seq, { title: foldedWords(row.title), body: foldedWords(row.body) });
}

/** Deletes a document, its facets and its full-text entry; a missing document is not an error. */
export async function deleteDocument(
  db: Kysely<Database>,
  engine: FullTextEngine,
  kind: string,
  id: string,
): Promise<void> {
  const key = { kind: cleanText(kind), id: cleanText(id) };
  const found = await db
    .selectFrom('search_document')
    .select('seq')
    .where('kind', '=', key.kind)
    .where('id', '=', key.id)
    .executeTakeFirst();
  if (!found) return;
  await engine.erase(db, found.seq);
  await db.deleteFrom('search_facet').where('kind', '=', key.kind).where('doc_id', '=', key.id).execute();
  await db.deleteFrom('search_document').where('seq', '=', found.seq).execute();
}

function documentRow(document: SearchDocument): Insertable<SearchDocumentTable> {
  return {
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

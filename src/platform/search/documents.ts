import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { BULK_CHUNK, insertTextRows, isOneOf } from './bulk-sql.js';
import type { FullTextEngine } from './full-text.js';
import type { SearchDocument } from './search-index.js';
import type { SearchDocumentTable, SearchFacetTable, SearchNumberTable } from './search.table.js';
import { cleanKey, cleanText, foldedWords } from './tokens.js';

/** Rows per facet or number insert: far below the bound-parameter limits of both dialects. */
const INSERT_CHUNK = 500;

/**
 * Writes documents, their facets, numbers and full-text entries, stamped with the write's generation:
 * a few multi-row statements for many documents rather than several statements each. When a (kind, id)
 * appears twice, the last one wins, as it would written one after the other. Runs inside the caller's
 * transaction.
 */
export async function writeDocuments(
  db: Kysely<Database>,
  engine: FullTextEngine,
  documents: readonly SearchDocument[],
  version: number,
): Promise<void> {
  const rows = [
    ...lastByKey(documents.map((document) => ({ document, row: documentRow(document, version) }))),
  ];
  if (rows.length === 0) return;
  const seqs = new Map<string, number>();
  for (const chunk of chunks(rows, DOCUMENT_CHUNK)) {
    const written = await db
      .insertInto('search_document')
      .values(chunk.map(({ row }) => row))
      .onConflict((conflict) =>
        conflict.columns(['kind', 'id']).doUpdateSet((eb) => ({
          language: eb.ref('excluded.language'),
          title: eb.ref('excluded.title'),
          body: eb.ref('excluded.body'),
          updated_at: eb.ref('excluded.updated_at'),
          version,
        })),
      )
      .returning(['seq', 'kind', 'id'])
      .execute();
    for (const { seq, kind, id } of written) seqs.set(keyOf(kind, id), Number(seq));
  }
  await deleteAttached(
    db,
    rows.map(({ row }) => ({ kind: row.kind, id: row.id })),
  );
  const facets = rows.flatMap(({ document, row }) => facetRows(row.kind, row.id, document.facets ?? {}));
  await insertTextRows(
    db,
    'search_facet',
    ['kind', 'doc_id', 'name', 'value'],
    facets.map((facet) => [facet.kind, facet.doc_id, facet.name, facet.value]),
  );
  const numbers = rows.flatMap(({ document, row }) => numberRows(row.kind, row.id, document.numbers ?? {}));
  for (const chunk of chunks(numbers, INSERT_CHUNK))
    await db.insertInto('search_number').values(chunk).execute();
  await engine.writeMany(
    db,
    rows.map(({ document, row }) => ({
      seq: seqs.get(keyOf(row.kind, row.id))!,
      text: {
        title: foldedWords(row.title),
        body: foldedWords([row.body, ...(document.keywords ?? [])].join('\n')),
      },
    })),
  );
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
  const found: { seq: number; id: string }[] = [];
  for (const chunk of chunks(wanted, BULK_CHUNK)) {
    const rows = await db
      .selectFrom('search_document')
      .select(['seq', 'id'])
      .where('kind', '=', key)
      .where(isOneOf(db, 'id', chunk))
      .execute();
    for (const row of rows) found.push({ seq: Number(row.seq), id: row.id });
  }
  if (found.length === 0) return;
  const seqs = found.map(({ seq }) => seq);
  await engine.eraseMany(db, seqs);
  await deleteAttached(
    db,
    found.map(({ id }) => ({ kind: key, id })),
  );
  for (const chunk of chunks(seqs, INSERT_CHUNK)) {
    await db.deleteFrom('search_document').where('seq', 'in', chunk).execute();
    await db
      .insertInto('search_removal')
      .values(chunk.map((seq) => ({ version, seq })))
      .execute();
  }
}

/** Rows per search_document insert: 7 columns each, far below the bound-parameter limits. */
const DOCUMENT_CHUNK = 500;

/** Deletes the facets and numbers of these documents. */
async function deleteAttached(db: Kysely<Database>, documents: readonly { kind: string; id: string }[]) {
  const byKind = new Map<string, string[]>();
  for (const { kind, id } of documents) {
    const ids = byKind.get(kind) ?? [];
    if (ids.length === 0) byKind.set(kind, ids);
    ids.push(id);
  }
  for (const [kind, ids] of byKind) {
    for (const chunk of chunks(ids, BULK_CHUNK)) {
      await db
        .deleteFrom('search_facet')
        .where('kind', '=', kind)
        .where(isOneOf(db, 'doc_id', chunk))
        .execute();
      await db
        .deleteFrom('search_number')
        .where('kind', '=', kind)
        .where(isOneOf(db, 'doc_id', chunk))
        .execute();
    }
  }
}

const keyOf = (kind: string, id: string) => `${kind}\u0000${id}`;

/** One entry per (kind, id), in first-seen order, holding the last one given. */
function lastByKey<T extends { row: Insertable<SearchDocumentTable> }>(entries: readonly T[]): Iterable<T> {
  const byKey = new Map<string, T>();
  for (const entry of entries) byKey.set(keyOf(entry.row.kind, entry.row.id), entry);
  return byKey.values();
}

/** Consecutive slices of at most `size` items. */
function chunks<T>(items: readonly T[], size: number): T[][] {
  const slices: T[][] = [];
  for (let start = 0; start < items.length; start += size) slices.push(items.slice(start, start + size));
  return slices;
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

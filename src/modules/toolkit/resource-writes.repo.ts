import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { ResourceRecord } from './resource-record.js';
import type { ResourceStatus } from './toolkit.table.js';

type Db = Kysely<Database> | Transaction<Database>;

/** What a resource row holds besides its content: where it came from and where it stands. */
export interface ResourceMeta {
  readonly status: ResourceStatus;
  readonly sourceId?: string | null;
  readonly sourceIdentifier?: string | null;
  readonly organisationId?: string | null;
  readonly submittedByUserId?: string | null;
  readonly contentHash?: string | null;
  /** The change time harvesters see; defaults to now. */
  readonly datestamp?: string;
}

/** Normalised title and year: the same work published by two networks gets the same key. */
export function workKeyOf(record: ResourceRecord): string | null {
  const source = record.texts.find((text) => text.language === record.sourceLanguage) ?? record.texts[0];
  if (!source || !record.publishedOn) return null;
  const title = source.title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return title ? `${title}|${record.publishedOn.slice(0, 4)}` : null;
}

/** A new resource with its content; returns nothing, the caller chose the id (UUIDv7). */
export async function insertResource(db: Db, id: string, meta: ResourceMeta, record: ResourceRecord) {
  await insertResources(db, [{ id, meta, record }]);
}

export interface NewResource {
  readonly id: string;
  readonly meta: ResourceMeta;
  readonly record: ResourceRecord;
}

/** New resources with their content, in a few multi-row statements (a harvested page at once). */
export async function insertResources(db: Db, resources: readonly NewResource[]): Promise<void> {
  const now = new Date().toISOString();
  const rows = resources.map(({ id, meta, record }) => ({
    id,
    ...contentColumns(record),
    status: meta.status,
    source_id: meta.sourceId ?? null,
    source_identifier: meta.sourceIdentifier ?? null,
    organisation_id: meta.organisationId ?? null,
    submitted_by_user_id: meta.submittedByUserId ?? null,
    content_hash: meta.contentHash ?? null,
    datestamp: meta.datestamp ?? now,
    created_at: now,
    updated_at: now,
  }));
  for (const chunk of rowChunks(rows)) await db.insertInto('toolkit_resource').values(chunk).execute();
  await replaceResourceLists(db, resources, { fresh: true });
}

/** Replaces a resource's content (row columns, texts and codes) and moves its datestamp. */
export async function updateResourceContent(
  db: Db,
  id: string,
  record: ResourceRecord,
  change: ContentChange = {},
): Promise<void> {
  await updateResourcesContent(db, [{ id, record, change }]);
}

export interface ContentChange {
  readonly contentHash?: string | null;
  readonly datestamp?: string;
}

export interface ContentUpdate {
  readonly id: string;
  readonly record: ResourceRecord;
  readonly change?: ContentChange;
}

/** Replaces the content of several resources: one update each, their texts and codes at once. */
export async function updateResourcesContent(db: Db, updates: readonly ContentUpdate[]): Promise<void> {
  const now = new Date().toISOString();
  for (const { id, record, change = {} } of updates) {
    await db
      .updateTable('toolkit_resource')
      .set({
        ...contentColumns(record),
        ...(change.contentHash !== undefined ? { content_hash: change.contentHash } : {}),
        datestamp: change.datestamp ?? now,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
  }
  await replaceResourceLists(db, updates, { fresh: false });
}

function contentColumns(record: ResourceRecord) {
  return {
    network: record.network,
    type: record.type,
    source_language: record.sourceLanguage,
    original_url: record.originalUrl,
    doi: record.doi,
    organisation_name: record.organisationName,
    contact: record.contact,
    published_on: record.publishedOn,
    licence: record.licence,
    evidence: record.evidence,
    evaluation: record.evaluation,
    transferability: record.transferability,
    work_key: workKeyOf(record),
  };
}

type CodeTable =
  | 'toolkit_resource_topic'
  | 'toolkit_resource_profession'
  | 'toolkit_resource_language'
  | 'toolkit_resource_country'
  | 'toolkit_resource_instrument';

const codeLists: ReadonlyArray<readonly [CodeTable, string, (record: ResourceRecord) => readonly string[]]> =
  [
    ['toolkit_resource_topic', 'topic_code', (record) => record.topics],
    ['toolkit_resource_profession', 'profession', (record) => record.professions],
    ['toolkit_resource_language', 'language', (record) => record.languages],
    ['toolkit_resource_country', 'country', (record) => record.countries],
    ['toolkit_resource_instrument', 'celex', (record) => record.instruments],
  ];

/**
 * Writes the texts and codes of resources, deleting their old ones first unless the resources are
 * `fresh` (just inserted, so they have none).
 */
async function replaceResourceLists(
  db: Db,
  resources: readonly { id: string; record: ResourceRecord }[],
  { fresh }: { fresh: boolean },
): Promise<void> {
  if (resources.length === 0) return;
  const ids = resources.map(({ id }) => id);
  if (!fresh) {
    for (const chunk of rowChunks(ids, 1)) {
      await db.deleteFrom('toolkit_resource_translation').where('resource_id', 'in', chunk).execute();
      for (const [table] of codeLists) await db.deleteFrom(table).where('resource_id', 'in', chunk).execute();
    }
  }
  const texts = resources.flatMap(({ id, record }) =>
    uniqueBy(record.texts, (text) => text.language).map((text) => ({
      resource_id: id,
      language: text.language,
      title: text.title,
      summary: text.summary,
    })),
  );
  for (const chunk of rowChunks(texts)) {
    await db.insertInto('toolkit_resource_translation').values(chunk).execute();
  }
  for (const [table, column, codesOf] of codeLists) {
    const rows = resources.flatMap(({ id, record }) =>
      [...new Set(codesOf(record))].map((code) => ({ resource_id: id, [column]: code })),
    );
    // The five tables share their shape: (resource_id, <code column>).
    for (const chunk of rowChunks(rows)) {
      await (db as unknown as Kysely<Record<CodeTable, Record<string, string>>>)
        .insertInto(table)
        .values(chunk)
        .execute();
    }
  }
}

/**
 * Bound parameters per statement: below SQLite's 32,766 and PostgreSQL's 65,535, with room to spare.
 * Rows are also capped, so that one statement stays quick to compile.
 */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS = 1_000;

/** Slices of rows (or plain values: one parameter each) that fit one statement. */
function rowChunks<T>(rows: readonly T[], columns?: number): T[][] {
  const width = columns ?? (rows[0] && typeof rows[0] === 'object' ? Object.keys(rows[0]).length : 1);
  const size = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / Math.max(1, width))));
  const slices: T[][] = [];
  for (let start = 0; start < rows.length; start += size) slices.push(rows.slice(start, start + size));
  return slices;
}

/** Marks a resource deleted: it leaves search and listings, and OAI-PMH reports it as deleted. */
export async function markResourceDeleted(db: Db, id: string, at: string = new Date().toISOString()) {
  await db
    .updateTable('toolkit_resource')
    .set({ deleted_at: at, datestamp: at, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function setResourceStatus(db: Db, id: string, status: ResourceStatus): Promise<void> {
  const now = new Date().toISOString();
  await db
    .updateTable('toolkit_resource')
    .set({ status, datestamp: now, updated_at: now })
    .where('id', '=', id)
    .execute();
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}

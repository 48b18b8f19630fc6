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
  const now = new Date().toISOString();
  await db
    .insertInto('toolkit_resource')
    .values({
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
    })
    .execute();
  await replaceResourceLists(db, id, record);
}

/** Replaces a resource's content (row columns, texts and codes) and moves its datestamp. */
export async function updateResourceContent(
  db: Db,
  id: string,
  record: ResourceRecord,
  change: { contentHash?: string | null; datestamp?: string } = {},
): Promise<void> {
  const now = new Date().toISOString();
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
  await replaceResourceLists(db, id, record);
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

const codeLists: ReadonlyArray<readonly [CodeTable, string, (record: ResourceRecord) => readonly string[]]> = [
  ['toolkit_resource_topic', 'topic_code', (record) => record.topics],
  ['toolkit_resource_profession', 'profession', (record) => record.professions],
  ['toolkit_resource_language', 'language', (record) => record.languages],
  ['toolkit_resource_country', 'country', (record) => record.countries],
  ['toolkit_resource_instrument', 'celex', (record) => record.instruments],
];

async function replaceResourceLists(db: Db, id: string, record: ResourceRecord): Promise<void> {
  await db.deleteFrom('toolkit_resource_translation').where('resource_id', '=', id).execute();
  await db
    .insertInto('toolkit_resource_translation')
    .values(
      uniqueBy(record.texts, (text) => text.language).map((text) => ({
        resource_id: id,
        language: text.language,
        title: text.title,
        summary: text.summary,
      })),
    )
    .execute();
  for (const [table, column, codesOf] of codeLists) {
    await db.deleteFrom(table).where('resource_id', '=', id).execute();
    const codes = [...new Set(codesOf(record))];
    if (codes.length === 0) continue;
    // The five tables share their shape: (resource_id, <code column>).
    await (db as unknown as Kysely<Record<CodeTable, Record<string, string>>>)
      .insertInto(table)
      .values(codes.map((code) => ({ resource_id: id, [column]: code })))
      .execute();
  }
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

import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../database.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface StoredIdentity {
  readonly id: string;
  readonly contentHash: string | null;
  readonly isDeleted: boolean;
}

/** The resources a source already has for these identifiers: (source, identifier) is the identity. */
export async function findBySourceIdentifiers(
  db: Db,
  sourceId: string,
  identifiers: readonly string[],
): Promise<Map<string, StoredIdentity>> {
  const found = new Map<string, StoredIdentity>();
  for (let start = 0; start < identifiers.length; start += 500) {
    const rows = await db
      .selectFrom('toolkit_resource')
      .select(['id', 'source_identifier', 'content_hash', 'deleted_at'])
      .where('source_id', '=', sourceId)
      .where('source_identifier', 'in', identifiers.slice(start, start + 500))
      .execute();
    for (const row of rows) {
      found.set(row.source_identifier ?? '', {
        id: row.id,
        contentHash: row.content_hash,
        isDeleted: row.deleted_at !== null,
      });
    }
  }
  return found;
}

/** A record the source deleted and now publishes again. */
export async function restoreResource(db: Db, id: string): Promise<void> {
  await db.updateTable('toolkit_resource').set({ deleted_at: null }).where('id', '=', id).execute();
}

export interface WorkIdentity {
  readonly id: string;
  readonly sourceId: string | null;
  readonly doi: string | null;
  readonly originalUrl: string | null;
  readonly workKey: string | null;
}

/** Live resources sharing a DOI, an original URL or a work key with the given ones. */
export async function findSameWorkCandidates(
  db: Db,
  keys: { dois: readonly string[]; urls: readonly string[]; workKeys: readonly string[] },
): Promise<WorkIdentity[]> {
  if (keys.dois.length + keys.urls.length + keys.workKeys.length === 0) return [];
  const rows = await db
    .selectFrom('toolkit_resource')
    .select(['id', 'source_id', 'doi', 'original_url', 'work_key'])
    .where('deleted_at', 'is', null)
    .where((eb) =>
      eb.or([
        ...(keys.dois.length > 0 ? [eb('doi', 'in', [...keys.dois])] : []),
        ...(keys.urls.length > 0 ? [eb('original_url', 'in', [...keys.urls])] : []),
        ...(keys.workKeys.length > 0 ? [eb('work_key', 'in', [...keys.workKeys])] : []),
      ]),
    )
    .execute();
  return rows.map((row) => ({
    id: row.id,
    sourceId: row.source_id,
    doi: row.doi,
    originalUrl: row.original_url,
    workKey: row.work_key,
  }));
}

/** Adds links that are not there yet (both directions are stored, see harvest-links.ts). */
export async function insertLinks(
  db: Db,
  links: readonly { resourceId: string; otherResourceId: string; basis: 'doi' | 'url' | 'title-year' }[],
): Promise<void> {
  if (links.length === 0) return;
  await db
    .insertInto('toolkit_resource_link')
    .values(
      links.map((link) => ({
        resource_id: link.resourceId,
        other_resource_id: link.otherResourceId,
        basis: link.basis,
      })),
    )
    .onConflict((conflict) => conflict.columns(['resource_id', 'other_resource_id']).doNothing())
    .execute();
}

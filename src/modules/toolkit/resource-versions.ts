import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { SearchIndex } from '../../platform/search/index.js';
import { reindexResources } from './resource-index.js';
import type { Resource } from './resource-reads.repo.js';
import { resourceRecordSchema, type ResourceRecord } from './resource-record.js';
import { updateResourceContent } from './resource-writes.repo.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A published version: the resource record exactly as it was approved. */
export interface ResourceVersion {
  readonly version: number;
  readonly publishedAt: string;
  readonly snapshot: ResourceRecord;
}

/** The content fields of a resource, without its standing (id, status, dates…). */
export function recordOf(resource: Resource): ResourceRecord {
  return {
    type: resource.type,
    sourceLanguage: resource.sourceLanguage,
    texts: resource.texts,
    topics: resource.topics,
    professions: resource.professions,
    languages: resource.languages,
    countries: resource.countries,
    instruments: resource.instruments,
    network: resource.network,
    originalUrl: resource.originalUrl,
    doi: resource.doi,
    organisationName: resource.organisationName,
    contact: resource.contact,
    publishedOn: resource.publishedOn,
    licence: resource.licence,
    evidence: resource.evidence,
    evaluation: resource.evaluation,
    transferability: resource.transferability,
  };
}

/**
 * Publishes `record` as the resource's next version, inside the caller's transaction: the row takes the
 * content and `published`, the version number goes up by one, the version's snapshot is kept, and the
 * search index follows. Returns the new version number.
 */
export async function publishVersion(
  trx: Transaction<Database>,
  search: SearchIndex,
  options: { resource: Resource; record: ResourceRecord; publishedByUserId: string },
): Promise<number> {
  const { resource, record } = options;
  const version = resource.version + 1;
  const at = new Date().toISOString();
  await updateResourceContent(trx, resource.id, record, { datestamp: at });
  await trx
    .updateTable('toolkit_resource')
    .set({ status: 'published', version, updated_at: at })
    .where('id', '=', resource.id)
    .execute();
  await trx
    .insertInto('toolkit_resource_version')
    .values({
      resource_id: resource.id,
      version,
      snapshot: JSON.stringify(record),
      published_by_user_id: options.publishedByUserId,
      published_at: at,
    })
    .execute();
  await reindexResources(trx, search.withTransaction(trx), [resource.id]);
  return version;
}

/** A resource's published versions, oldest first. */
export async function findVersions(db: Db, resourceId: string): Promise<ResourceVersion[]> {
  const rows = await db
    .selectFrom('toolkit_resource_version')
    .select(['version', 'published_at', 'snapshot'])
    .where('resource_id', '=', resourceId)
    .orderBy('version')
    .execute();
  return rows.map((row) => ({
    version: row.version,
    publishedAt: row.published_at,
    snapshot: resourceRecordSchema.parse(JSON.parse(row.snapshot)),
  }));
}

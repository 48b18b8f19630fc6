import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { ResourceRecord } from './resource-record.js';
import type { ResourceStatus } from './toolkit.table.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A toolkit resource as the module works with it: its content and its standing. */
export interface Resource extends ResourceRecord {
  readonly id: string;
  readonly status: ResourceStatus;
  readonly sourceId: string | null;
  readonly sourceIdentifier: string | null;
  readonly organisationId: string | null;
  readonly submittedByUserId: string | null;
  readonly version: number;
  readonly contentHash: string | null;
  readonly workKey: string | null;
  readonly datestamp: string;
  readonly deletedAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export async function findResource(db: Db, id: string): Promise<Resource | undefined> {
  return (await findResources(db, [id]))[0];
}

/** Resources by id, in the order asked, with their texts and codes (five queries whatever the count). */
export async function findResources(db: Db, ids: readonly string[]): Promise<Resource[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('toolkit_resource').selectAll().where('id', 'in', ids).execute();
  if (rows.length === 0) return [];
  const found = rows.map((row) => row.id);
  const texts = await db
    .selectFrom('toolkit_resource_translation')
    .selectAll()
    .where('resource_id', 'in', found)
    .orderBy('language')
    .execute();
  const [topics, professions, languages, countries, instruments] = await Promise.all([
    codes(db, 'toolkit_resource_topic', 'topic_code', found),
    codes(db, 'toolkit_resource_profession', 'profession', found),
    codes(db, 'toolkit_resource_language', 'language', found),
    codes(db, 'toolkit_resource_country', 'country', found),
    codes(db, 'toolkit_resource_instrument', 'celex', found),
  ]);
  const byId = new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        status: row.status,
        sourceId: row.source_id,
        sourceIdentifier: row.source_identifier,
        organisationId: row.organisation_id,
        submittedByUserId: row.submitted_by_user_id,
        version: row.version,
        contentHash: row.content_hash,
        workKey: row.work_key,
        datestamp: row.datestamp,
        deletedAt: row.deleted_at,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        type: row.type,
        sourceLanguage: row.source_language,
        network: row.network,
        originalUrl: row.original_url,
        doi: row.doi,
        organisationName: row.organisation_name,
        contact: row.contact,
        publishedOn: row.published_on,
        licence: row.licence,
        evidence: row.evidence,
        evaluation: row.evaluation,
        transferability: row.transferability,
        texts: texts
          .filter((text) => text.resource_id === row.id)
          .map((text) => ({ language: text.language, title: text.title, summary: text.summary })),
        topics: topics.get(row.id) ?? [],
        professions: professions.get(row.id) ?? [],
        languages: languages.get(row.id) ?? [],
        countries: countries.get(row.id) ?? [],
        instruments: instruments.get(row.id) ?? [],
      } satisfies Resource,
    ]),
  );
  return ids.flatMap((id) => {
    const resource = byId.get(id);
    return resource ? [resource] : [];
  });
}

type CodeTable =
  | 'toolkit_resource_topic'
  | 'toolkit_resource_profession'
  | 'toolkit_resource_language'
  | 'toolkit_resource_country'
  | 'toolkit_resource_instrument';

async function codes(
  db: Db,
  table: CodeTable,
  column: string,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = await (db as unknown as Kysely<Record<CodeTable, Record<string, string>>>)
    .selectFrom(table)
    .select(['resource_id', `${column} as code`])
    .where('resource_id', 'in', ids)
    .orderBy(`${column}`)
    .execute();
  const byResource = new Map<string, string[]>();
  for (const row of rows as { resource_id: string; code: string }[]) {
    byResource.set(row.resource_id, [...(byResource.get(row.resource_id) ?? []), row.code]);
  }
  return byResource;
}

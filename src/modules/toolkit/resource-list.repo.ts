import { sql, type Kysely } from 'kysely';
import type { Database } from '../../database.js';
import type { EvidenceLabel, ResourceType } from './toolkit.table.js';

/** What a result list shows of a resource: its text in the hit's language, and a few facts. */
export interface ListedRow {
  readonly id: string;
  readonly language: string;
  readonly title: string;
  readonly summary: string;
  readonly type: ResourceType;
  readonly network: string;
  readonly organisationName: string | null;
  readonly evidence: EvidenceLabel | null;
  readonly publishedOn: string | null;
  readonly topics: string[];
  readonly languages: string[];
}

/**
 * The rows of a page of hits in two queries, whatever the page size (a result page is on the hot
 * path of every search): texts joined to their resources, then topics and languages together.
 */
export async function findListedRows(
  db: Kysely<Database>,
  hits: readonly { readonly resourceId: string; readonly language: string }[],
): Promise<Map<string, ListedRow>> {
  if (hits.length === 0) return new Map();
  const ids = [...new Set(hits.map((hit) => hit.resourceId))];
  const rows = await db
    .selectFrom('toolkit_resource as r')
    .innerJoin('toolkit_resource_translation as tr', 'tr.resource_id', 'r.id')
    .select([
      'r.id',
      'r.type',
      'r.network',
      'r.organisation_name',
      'r.evidence',
      'r.published_on',
      'tr.language',
      'tr.title',
      'tr.summary',
    ])
    .where((eb) =>
      eb.or(
        hits.map((hit) => eb.and([eb('r.id', '=', hit.resourceId), eb('tr.language', '=', hit.language)])),
      ),
    )
    .execute();
  const codes = await db
    .selectFrom('toolkit_resource_topic')
    .select(['resource_id', 'topic_code as code', sql<string>`'topic'`.as('list')])
    .where('resource_id', 'in', ids)
    .unionAll(
      db
        .selectFrom('toolkit_resource_language')
        .select(['resource_id', 'language as code', sql<string>`'language'`.as('list')])
        .where('resource_id', 'in', ids),
    )
    .execute();
  const listed = new Map<string, ListedRow>();
  for (const row of rows) {
    const of = (list: string) =>
      codes
        .filter((code) => code.resource_id === row.id && code.list === list)
        .map((code) => code.code)
        .sort();
    listed.set(row.id, {
      id: row.id,
      language: row.language,
      title: row.title,
      summary: row.summary,
      type: row.type,
      network: row.network,
      organisationName: row.organisation_name,
      evidence: row.evidence,
      publishedOn: row.published_on,
      topics: of('topic'),
      languages: of('language'),
    });
  }
  return listed;
}

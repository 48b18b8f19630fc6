import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { SearchIndex } from '../../platform/search/index.js';
import { findResources } from './resource-reads.repo.js';
import { indexResources } from './toolkit.search.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Brings the search index in line with the stored resources: every writer (contributions, reviews,
 * harvests, attachments, the demo seed) calls this after its change, inside its transaction when it
 * has one. Text extracted from a resource's attachments is searched with it.
 */
export async function reindexResources(db: Db, search: SearchIndex, ids: readonly string[]): Promise<void> {
  const resources = await findResources(db, ids);
  const texts = await attachmentTexts(db, ids);
  await indexResources(search, resources, texts);
}

async function attachmentTexts(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('toolkit_attachment')
    .select(['resource_id', 'extracted_text'])
    .where('resource_id', 'in', ids)
    .where('extracted_text', 'is not', null)
    .orderBy('created_at')
    .execute();
  const byResource = new Map<string, string>();
  for (const row of rows) {
    byResource.set(
      row.resource_id,
      [byResource.get(row.resource_id), row.extracted_text].filter(Boolean).join('\n'),
    );
  }
  return byResource;
}

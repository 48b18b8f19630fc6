import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import type { RelatedResource, ResourceAttachment } from './toolkit.schema.js';

/** Reads behind a public resource page: its files, the other sources of the same work, the sources. */

export async function findAttachments(
  db: Kysely<Database>,
  resourceId: string,
): Promise<ResourceAttachment[]> {
  const rows = await db
    .selectFrom('toolkit_attachment')
    .select(['id', 'file_name', 'media_type', 'byte_size'])
    .where('resource_id', '=', resourceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    fileName: row.file_name,
    mediaType: row.media_type,
    byteSize: Number(row.byte_size),
  }));
}

/**
 * Public records linked to this one as the same work, whichever side the link was recorded from,
 * each with its title in `locale` (else its source language).
 */
export async function findRelatedResources(
  db: Kysely<Database>,
  resourceId: string,
  locale: string,
): Promise<RelatedResource[]> {
  const links = await db
    .selectFrom('toolkit_resource_link')
    .select(['resource_id', 'other_resource_id'])
    .where((eb) => eb.or([eb('resource_id', '=', resourceId), eb('other_resource_id', '=', resourceId)]))
    .execute();
  const ids = [
    ...new Set(
      links.map((link) => (link.resource_id === resourceId ? link.other_resource_id : link.resource_id)),
    ),
  ].filter((id) => id !== resourceId);
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('toolkit_resource as r')
    .innerJoin('toolkit_resource_translation as tr', 'tr.resource_id', 'r.id')
    .select(['r.id', 'r.network', 'r.source_language', 'tr.language', 'tr.title'])
    .where('r.id', 'in', ids)
    .where('r.status', '=', 'published')
    .where('r.deleted_at', 'is', null)
    .orderBy('r.network')
    .orderBy('r.id')
    .execute();
  const byId = new Map<string, RelatedResource>();
  for (const row of rows) {
    const current = byId.get(row.id);
    const better =
      !current ||
      row.language === locale ||
      (current.language !== locale && row.language === row.source_language);
    if (better)
      byId.set(row.id, { id: row.id, network: row.network, title: row.title, language: row.language });
  }
  return [...byId.values()];
}

export interface NetworkSource {
  readonly network: string;
  readonly name: string;
  readonly kind: string;
}

/** The enabled harvest sources, by network: what each network's part of the toolkit is made of. */
export async function findSourcesByNetwork(db: Kysely<Database>): Promise<Map<string, NetworkSource[]>> {
  const rows = await db
    .selectFrom('toolkit_source')
    .select(['network', 'name', 'kind'])
    .where('is_enabled', '=', 1)
    .orderBy('network')
    .orderBy('name')
    .execute();
  const byNetwork = new Map<string, NetworkSource[]>();
  for (const row of rows) byNetwork.set(row.network, [...(byNetwork.get(row.network) ?? []), row]);
  return byNetwork;
}

import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';

/** A published toolkit resource on an instrument, as the instrument's page links to it. */
export interface RelatedResource {
  readonly id: string;
  readonly title: string;
  /** Language of `title`: the requested one, else the resource's source language. */
  readonly titleLanguage: string;
  readonly network: string;
}

/** Published, not deleted toolkit resources that list `celex` (a legal instrument's page), by title. */
export async function listPublishedResourcesByInstrument(
  db: Kysely<Database>,
  celex: string,
  language: string,
): Promise<RelatedResource[]> {
  const rows = await db
    .selectFrom('toolkit_resource_instrument as ri')
    .innerJoin('toolkit_resource as r', 'r.id', 'ri.resource_id')
    .leftJoin('toolkit_resource_translation as own', (join) =>
      join.onRef('own.resource_id', '=', 'r.id').on('own.language', '=', language),
    )
    .innerJoin('toolkit_resource_translation as source', (join) =>
      join.onRef('source.resource_id', '=', 'r.id').onRef('source.language', '=', 'r.source_language'),
    )
    .select([
      'r.id',
      'r.network',
      'r.source_language',
      'source.title as source_title',
      'own.title as own_title',
    ])
    .where('ri.celex', '=', celex)
    .where('r.status', '=', 'published')
    .where('r.deleted_at', 'is', null)
    .execute();
  return rows
    .map((row) => ({
      id: row.id,
      title: row.own_title ?? row.source_title,
      titleLanguage: row.own_title ? language : row.source_language,
      network: row.network,
    }))
    .sort((a, b) => a.title.localeCompare(b.title, language));
}

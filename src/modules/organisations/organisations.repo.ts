import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { defaultLocale } from '../../platform/i18n/index.js';

export interface OrganisationSummary {
  readonly slug: string;
  readonly name: string;
  readonly acronym: string | null;
  readonly country: string;
  readonly website: string | null;
  readonly description: string | null;
  /** The language the description is in: the visitor's, or the fallback when theirs is missing. */
  readonly descriptionLanguage: string | null;
  readonly isDemo: boolean;
}

type Membership = 'is_provider' | 'is_consortium_member';

/** Organisations with a membership flag, each described in `language` or else in English. */
export async function listOrganisationsWith(
  db: Kysely<Database>,
  membership: Membership,
  language: string,
): Promise<OrganisationSummary[]> {
  const rows = await db
    .selectFrom('organisation as o')
    .leftJoin('organisation_translation as own', (join) =>
      join.onRef('own.organisation_id', '=', 'o.id').on('own.language', '=', language),
    )
    .leftJoin('organisation_translation as fallback', (join) =>
      join.onRef('fallback.organisation_id', '=', 'o.id').on('fallback.language', '=', defaultLocale),
    )
    .select([
      'o.slug',
      'o.name',
      'o.acronym',
      'o.country',
      'o.website',
      'o.is_demo',
      'own.description as ownDescription',
      'fallback.description as fallbackDescription',
    ])
    .where(`o.${membership}`, '=', 1)
    .orderBy('o.name')
    .execute();
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    acronym: row.acronym,
    country: row.country,
    website: row.website,
    description: row.ownDescription ?? row.fallbackDescription,
    descriptionLanguage: row.ownDescription ? language : row.fallbackDescription ? defaultLocale : null,
    isDemo: row.is_demo === 1,
  }));
}

import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SqlBool,
  type Transaction,
} from 'kysely';
import type { Database } from '../../database.js';
import type { LogoContentType, OrganisationTable, OrganisationType } from './organisations.table.js';
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

type Executor = Kysely<Database> | Transaction<Database>;

export interface OrganisationFilters {
  readonly type?: OrganisationType | undefined;
  readonly country?: string | undefined;
  /** Words of the name or acronym. */
  readonly q?: string | undefined;
}

/** An organisation with its description in one language (or the fallback), as the repo hands it out. */
export interface OrganisationRecord {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly acronym: string | null;
  readonly type: OrganisationType;
  readonly country: string;
  readonly website: string | null;
  readonly logoFile: string | null;
  readonly logoContentType: LogoContentType | null;
  readonly isProvider: boolean;
  readonly isConsortiumMember: boolean;
  /** Marked by an administrator as awarding credits (universities award them in any case). */
  readonly awardsCredits: boolean;
  readonly isDemo: boolean;
  readonly updatedAt: string;
  readonly description: string | null;
  readonly descriptionLanguage: string | null;
}

function selectDescribed(db: Executor, language: string) {
  return db
    .selectFrom('organisation as o')
    .leftJoin('organisation_translation as own', (join) =>
      join.onRef('own.organisation_id', '=', 'o.id').on('own.language', '=', language),
    )
    .leftJoin('organisation_translation as fallback', (join) =>
      join.onRef('fallback.organisation_id', '=', 'o.id').on('fallback.language', '=', defaultLocale),
    )
    .select([
      'o.id',
      'o.slug',
      'o.name',
      'o.acronym',
      'o.type',
      'o.country',
      'o.website',
      'o.logo_file',
      'o.logo_content_type',
      'o.is_provider',
      'o.is_consortium_member',
      'o.awards_credits',
      'o.is_demo',
      'o.updated_at',
      'own.description as ownDescription',
      'fallback.description as fallbackDescription',
    ]);
}

type DescribedRow = Awaited<ReturnType<ReturnType<typeof selectDescribed>['executeTakeFirstOrThrow']>>;

function toRecord(row: DescribedRow, language: string): OrganisationRecord {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    acronym: row.acronym,
    type: row.type,
    country: row.country,
    website: row.website,
    logoFile: row.logo_file,
    logoContentType: row.logo_content_type,
    isProvider: row.is_provider === 1,
    isConsortiumMember: row.is_consortium_member === 1,
    awardsCredits: row.awards_credits === 1,
    isDemo: row.is_demo === 1,
    updatedAt: row.updated_at,
    description: row.ownDescription ?? row.fallbackDescription,
    descriptionLanguage: row.ownDescription ? language : row.fallbackDescription ? defaultLocale : null,
  };
}

/** `LIKE` pattern for words typed by a visitor: `%` and `_` are matched literally. */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The directory's filters as one condition on `organisation as o`. */
function matching(filters: OrganisationFilters) {
  return (eb: ExpressionBuilder<{ o: OrganisationTable }, 'o'>) => {
    const conditions: Expression<SqlBool>[] = [];
    if (filters.type) conditions.push(eb('o.type', '=', filters.type));
    if (filters.country) conditions.push(eb('o.country', '=', filters.country));
    if (filters.q) {
      const pattern = containsPattern(filters.q);
      conditions.push(
        sql<SqlBool>`(lower(o.name) like ${pattern} escape '\\' or lower(coalesce(o.acronym, '')) like ${pattern} escape '\\')`,
      );
    }
    return eb.and(conditions);
  };
}

export async function listOrganisations(
  db: Executor,
  options: OrganisationFilters & { language: string; limit: number; offset: number },
): Promise<OrganisationRecord[]> {
  const rows = await selectDescribed(db, options.language)
    .where(matching(options))
    .orderBy('o.name')
    .orderBy('o.id')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return rows.map((row) => toRecord(row, options.language));
}

export async function countOrganisations(db: Executor, filters: OrganisationFilters): Promise<number> {
  const row = await db
    .selectFrom('organisation as o')
    .where(matching(filters))
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** How many organisations of each type match the other filters (for the directory's type choices). */
export async function countOrganisationsByType(
  db: Executor,
  filters: OrganisationFilters,
): Promise<Map<OrganisationType, number>> {
  const rows = await db
    .selectFrom('organisation as o')
    .where(matching({ ...filters, type: undefined }))
    .select((eb) => ['o.type', eb.fn.countAll<number>().as('count')])
    .groupBy('o.type')
    .execute();
  return new Map(rows.map((row) => [row.type, Number(row.count)]));
}

/** Countries that have at least one organisation. */
export async function listOrganisationCountries(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('organisation').select('country').distinct().execute();
  return rows.map((row) => row.country);
}

export async function findOrganisation(
  db: Executor,
  key: { id: string } | { slug: string } | { idOrSlug: string },
  language: string,
): Promise<OrganisationRecord | undefined> {
  const query = selectDescribed(db, language);
  const row = await (
    'id' in key
      ? query.where('o.id', '=', key.id)
      : 'slug' in key
        ? query.where('o.slug', '=', key.slug)
        : query.where((eb) => eb.or([eb('o.id', '=', key.idOrSlug), eb('o.slug', '=', key.idOrSlug)]))
  ).executeTakeFirst();
  return row ? toRecord(row, language) : undefined;
}

/** Every description of an organisation, by language. */
export async function listOrganisationDescriptions(
  db: Executor,
  organisationId: string,
): Promise<Record<string, string>> {
  const rows = await db
    .selectFrom('organisation_translation')
    .select(['language', 'description'])
    .where('organisation_id', '=', organisationId)
    .orderBy('language')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.language, row.description]));
}

/** Organisations by name, for choices in forms and the administration list. */
export async function listOrganisationNames(
  db: Executor,
  ids?: readonly string[],
): Promise<{ id: string; slug: string; name: string; type: OrganisationType; country: string }[]> {
  if (ids?.length === 0) return [];
  return db
    .selectFrom('organisation')
    .select(['id', 'slug', 'name', 'type', 'country'])
    .$if(ids !== undefined, (query) => query.where('id', 'in', ids ?? []))
    .orderBy('name')
    .execute();
}

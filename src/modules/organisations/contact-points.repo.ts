import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import { defaultLocale } from '../../platform/i18n/index.js';

type Executor = Kysely<Database> | Transaction<Database>;

export interface ContactPointRecord {
  readonly id: string;
  readonly country: string;
  readonly name: string;
  readonly email: string | null;
  readonly website: string | null;
  readonly organisation: { readonly id: string; readonly slug: string; readonly name: string } | null;
  readonly description: string | null;
  readonly descriptionLanguage: string | null;
  readonly updatedAt: string;
}

export interface ContactPointFields {
  readonly country: string;
  readonly organisationId: string | null;
  readonly name: string;
  readonly email: string | null;
  readonly website: string | null;
}

function selectDescribed(db: Executor, language: string) {
  return db
    .selectFrom('national_contact_point as p')
    .leftJoin('organisation as o', 'o.id', 'p.organisation_id')
    .leftJoin('national_contact_point_translation as own', (join) =>
      join.onRef('own.contact_point_id', '=', 'p.id').on('own.language', '=', language),
    )
    .leftJoin('national_contact_point_translation as fallback', (join) =>
      join.onRef('fallback.contact_point_id', '=', 'p.id').on('fallback.language', '=', defaultLocale),
    )
    .select([
      'p.id',
      'p.country',
      'p.name',
      'p.email',
      'p.website',
      'p.updated_at',
      'o.id as organisationId',
      'o.slug as organisationSlug',
      'o.name as organisationName',
      'own.description as ownDescription',
      'fallback.description as fallbackDescription',
    ]);
}

type DescribedRow = Awaited<ReturnType<ReturnType<typeof selectDescribed>['executeTakeFirstOrThrow']>>;

function toRecord(row: DescribedRow, language: string): ContactPointRecord {
  return {
    id: row.id,
    country: row.country,
    name: row.name,
    email: row.email,
    website: row.website,
    organisation:
      row.organisationId && row.organisationSlug && row.organisationName
        ? { id: row.organisationId, slug: row.organisationSlug, name: row.organisationName }
        : null,
    description: row.ownDescription ?? row.fallbackDescription,
    descriptionLanguage: row.ownDescription ? language : row.fallbackDescription ? defaultLocale : null,
    updatedAt: row.updated_at,
  };
}

/** Contact points by country, then name; of some countries only when `countries` is given. */
export async function listContactPoints(
  db: Executor,
  options: { language: string; countries?: readonly string[] | undefined },
): Promise<ContactPointRecord[]> {
  if (options.countries?.length === 0) return [];
  const rows = await selectDescribed(db, options.language)
    .$if(options.countries !== undefined, (query) => query.where('p.country', 'in', options.countries ?? []))
    .orderBy('p.country')
    .orderBy('p.name')
    .execute();
  return rows.map((row) => toRecord(row, options.language));
}

export async function findContactPoint(
  db: Executor,
  id: string,
  language: string,
): Promise<ContactPointRecord | undefined> {
  const row = await selectDescribed(db, language).where('p.id', '=', id).executeTakeFirst();
  return row ? toRecord(row, language) : undefined;
}

export async function listContactPointDescriptions(
  db: Executor,
  contactPointId: string,
): Promise<Record<string, string>> {
  const rows = await db
    .selectFrom('national_contact_point_translation')
    .select(['language', 'description'])
    .where('contact_point_id', '=', contactPointId)
    .execute();
  return Object.fromEntries(rows.map((row) => [row.language, row.description]));
}

const columns = (fields: ContactPointFields) => ({
  country: fields.country,
  organisation_id: fields.organisationId,
  name: fields.name,
  email: fields.email,
  website: fields.website,
});

export async function insertContactPoint(db: Executor, point: ContactPointFields & { id: string }) {
  const now = new Date().toISOString();
  await db
    .insertInto('national_contact_point')
    .values({ id: point.id, ...columns(point), created_at: now, updated_at: now })
    .execute();
}

export async function updateContactPointFields(db: Executor, id: string, fields: ContactPointFields) {
  await db
    .updateTable('national_contact_point')
    .set({ ...columns(fields), updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}

export async function deleteContactPointById(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('national_contact_point').where('id', '=', id).execute();
}

export async function replaceContactPointDescriptions(
  db: Executor,
  contactPointId: string,
  descriptions: Readonly<Record<string, string>>,
): Promise<void> {
  await db
    .deleteFrom('national_contact_point_translation')
    .where('contact_point_id', '=', contactPointId)
    .execute();
  const rows = Object.entries(descriptions)
    .filter(([, description]) => description.length > 0)
    .map(([language, description]) => ({ contact_point_id: contactPointId, language, description }));
  if (rows.length > 0) await db.insertInto('national_contact_point_translation').values(rows).execute();
}

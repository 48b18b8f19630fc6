import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { LogoContentType, OrganisationType } from './organisations.table.js';

type Executor = Kysely<Database> | Transaction<Database>;

export interface OrganisationFields {
  readonly slug: string;
  readonly name: string;
  readonly acronym: string | null;
  readonly type: OrganisationType;
  readonly country: string;
  readonly website: string | null;
  readonly isProvider: boolean;
  readonly isConsortiumMember: boolean;
  /** Left as stored when undefined; universities award credits whatever it says. */
  readonly awardsCredits?: boolean;
}

const columns = (fields: OrganisationFields) => ({
  slug: fields.slug,
  name: fields.name,
  acronym: fields.acronym,
  type: fields.type,
  country: fields.country,
  website: fields.website,
  is_provider: fields.isProvider ? 1 : 0,
  is_consortium_member: fields.isConsortiumMember ? 1 : 0,
  ...(fields.awardsCredits === undefined ? {} : { awards_credits: fields.awardsCredits ? 1 : 0 }),
});

export async function insertOrganisation(
  db: Executor,
  organisation: OrganisationFields & { id: string },
): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto('organisation')
    .values({ id: organisation.id, ...columns(organisation), created_at: now, updated_at: now })
    .execute();
}

export async function updateOrganisationFields(
  db: Executor,
  id: string,
  fields: OrganisationFields,
): Promise<void> {
  await db
    .updateTable('organisation')
    .set({ ...columns(fields), updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}

/**
 * Deletes an organisation and what only makes sense with it: roles scoped to it end, and members'
 * profiles no longer name it.
 */
export async function deleteOrganisationById(db: Executor, id: string): Promise<boolean> {
  await db
    .deleteFrom('role_grant')
    .where('scope_type', '=', 'organisation')
    .where('scope_id', '=', id)
    .execute();
  await db
    .updateTable('user_account')
    .set({ organisation_id: null })
    .where('organisation_id', '=', id)
    .execute();
  const result = await db.deleteFrom('organisation').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function setOrganisationLogo(
  db: Executor,
  id: string,
  logo: { file: string; contentType: LogoContentType } | null,
): Promise<void> {
  await db
    .updateTable('organisation')
    .set({
      logo_file: logo?.file ?? null,
      logo_content_type: logo?.contentType ?? null,
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

/** Whether any organisation still shows this logo file (identical uploads share one file). */
export async function isLogoFileInUse(db: Executor, file: string): Promise<boolean> {
  const row = await db
    .selectFrom('organisation')
    .select('id')
    .where('logo_file', '=', file)
    .executeTakeFirst();
  return row !== undefined;
}

export async function isSlugTaken(db: Executor, slug: string, exceptId?: string): Promise<boolean> {
  const row = await db
    .selectFrom('organisation')
    .select('id')
    .where('slug', '=', slug)
    .$if(exceptId !== undefined, (query) => query.where('id', '<>', exceptId ?? ''))
    .executeTakeFirst();
  return row !== undefined;
}

/** Replaces the descriptions: a language left empty loses its row, so visitors get the fallback. */
export async function replaceOrganisationDescriptions(
  db: Executor,
  organisationId: string,
  descriptions: Readonly<Record<string, string>>,
): Promise<void> {
  await db.deleteFrom('organisation_translation').where('organisation_id', '=', organisationId).execute();
  const rows = Object.entries(descriptions)
    .filter(([, description]) => description.length > 0)
    .map(([language, description]) => ({ organisation_id: organisationId, language, description }));
  if (rows.length > 0) await db.insertInto('organisation_translation').values(rows).execute();
}

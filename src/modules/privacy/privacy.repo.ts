import crypto from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { Profession, Sex } from '../accounts/index.js';
import type { ConsentTable } from './privacy.table.js';

type Executor = Kysely<Database> | Transaction<Database>;
export type ConsentRow = Selectable<ConsentTable>;

export function listConsentRows(db: Executor, userId: string): Promise<ConsentRow[]> {
  return db
    .selectFrom('consent')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('given_at')
    .orderBy('id')
    .execute();
}

export function findActiveConsent(
  db: Executor,
  userId: string,
  kind: string,
): Promise<ConsentRow | undefined> {
  return db
    .selectFrom('consent')
    .selectAll()
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
}

export async function insertConsent(db: Executor, consent: ConsentRow): Promise<void> {
  await db.insertInto('consent').values(consent).execute();
}

export async function closeConsent(db: Executor, id: string, now: string): Promise<void> {
  await db.updateTable('consent').set({ withdrawn_at: now }).where('id', '=', id).execute();
}

/** What the "My data" page shows and corrects of the account row (never the password hash). */
export function findAccountProfile(db: Executor, userId: string) {
  return db
    .selectFrom('user_account')
    .select([
      'id',
      'email',
      'name',
      'preferred_language',
      'profession',
      'country',
      'organisation_id',
      'preferred_languages',
      'sex',
      'email_verified_at',
      'last_seen_at',
      'second_factor_enabled_at',
      'created_at',
    ])
    .where('id', '=', userId)
    .executeTakeFirst();
}

export type AccountProfileRow = NonNullable<Awaited<ReturnType<typeof findAccountProfile>>>;

export interface ProfileChanges {
  readonly name: string;
  readonly profession: Profession | null;
  readonly country: string | null;
  readonly organisationId: string | null;
  readonly preferredLanguages: readonly string[];
  readonly sex: Sex | null;
}

export async function updateAccountProfile(
  db: Executor,
  userId: string,
  changes: ProfileChanges,
): Promise<void> {
  await db
    .updateTable('user_account')
    .set({
      name: changes.name,
      profession: changes.profession,
      country: changes.country,
      organisation_id: changes.organisationId,
      preferred_languages:
        changes.preferredLanguages.length > 0 ? changes.preferredLanguages.join(',') : null,
      sex: changes.sex,
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', userId)
    .execute();
}

export async function clearAccountSex(db: Executor, userId: string): Promise<void> {
  await db
    .updateTable('user_account')
    .set({ sex: null, updated_at: new Date().toISOString() })
    .where('id', '=', userId)
    .execute();
}

export interface OrganisationChoice {
  readonly id: string;
  readonly name: string;
  readonly acronym: string | null;
  readonly country: string;
}

export function listOrganisationChoices(db: Executor): Promise<OrganisationChoice[]> {
  return db.selectFrom('organisation').select(['id', 'name', 'acronym', 'country']).orderBy('name').execute();
}

export async function organisationExists(db: Executor, id: string): Promise<boolean> {
  return (
    (await db.selectFrom('organisation').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  );
}

/** A new pseudonym for an erased person; a random v4 UUID, which carries no time. */
export async function insertPseudonym(
  db: Executor,
  person: { profession: Profession | null; country: string | null; sex: Sex | null },
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto('person_pseudonym')
    .values({ id, profession: person.profession, country: person.country, sex: person.sex })
    .execute();
  return id;
}

/** Whether `userId` is the only holder of the admin role (whose erasure would leave nobody in charge). */
export async function isOnlyAdministrator(db: Executor, userId: string): Promise<boolean> {
  const admins = await db
    .selectFrom('role_grant')
    .select('user_id')
    .distinct()
    .where('role', '=', 'admin')
    .limit(2)
    .execute();
  return admins.length === 1 && admins[0]?.user_id === userId;
}

export async function findPasswordHash(db: Executor, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('user_account')
    .select('password_hash')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.password_hash;
}

/** The account row, read and locked for its erasure (PostgreSQL; SQLite has a single writer anyway). */
export function findAccountForErasure(db: Transaction<Database>, userId: string, lock: boolean) {
  let query = db
    .selectFrom('user_account')
    .select(['id', 'email', 'profession', 'country', 'sex'])
    .where('id', '=', userId);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function deleteAccountRow(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('user_account').where('id', '=', userId).execute();
}

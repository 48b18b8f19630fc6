import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { ApiTokenTable } from './api-tokens.table.js';

type Executor = Kysely<Database> | Transaction<Database>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type ApiTokenListRow = ApiTokenRow & { organisation_name: string | null };

export async function insertApiToken(db: Executor, token: Insertable<ApiTokenTable>): Promise<void> {
  await db.insertInto('api_token').values(token).execute();
}

export function findApiTokenByHash(db: Executor, tokenHash: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_token').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** The owner's tokens, newest first, with the name of the organisation each acts for. */
export function listApiTokensOfOwner(db: Executor, ownerUserId: string): Promise<ApiTokenListRow[]> {
  return db
    .selectFrom('api_token as t')
    .leftJoin('organisation as o', 'o.id', 't.organisation_id')
    .selectAll('t')
    .select('o.name as organisation_name')
    .where('t.owner_user_id', '=', ownerUserId)
    .orderBy('t.created_at', 'desc')
    .orderBy('t.id', 'desc')
    .execute();
}

/** A token by id, only when `ownerUserId` owns it: another person's id finds nothing. */
export function findApiTokenOfOwner(
  db: Executor,
  id: string,
  ownerUserId: string,
): Promise<ApiTokenListRow | undefined> {
  return db
    .selectFrom('api_token as t')
    .leftJoin('organisation as o', 'o.id', 't.organisation_id')
    .selectAll('t')
    .select('o.name as organisation_name')
    .where('t.id', '=', id)
    .where('t.owner_user_id', '=', ownerUserId)
    .executeTakeFirst();
}

export async function countUsableApiTokens(db: Executor, ownerUserId: string, now: string): Promise<number> {
  const row = await db
    .selectFrom('api_token')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('owner_user_id', '=', ownerUserId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function markApiTokenRevoked(db: Executor, id: string, now: string): Promise<void> {
  await db
    .updateTable('api_token')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Records use unless it was recorded since `notSince`, so that busy clients cost one write a minute. */
export async function markApiTokenUsed(db: Executor, id: string, now: string, notSince: string) {
  await db
    .updateTable('api_token')
    .set({ last_used_at: now })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', notSince)]))
    .execute();
}

/** Organisations by id (or all of them), by name, for the choice of an organisation token. */
export async function listOrganisationNames(
  db: Executor,
  ids: 'all' | readonly string[],
): Promise<{ id: string; name: string }[]> {
  if (ids !== 'all' && ids.length === 0) return [];
  let query = db.selectFrom('organisation').select(['id', 'name']).orderBy('name');
  if (ids !== 'all') query = query.where('id', 'in', [...ids]);
  return query.execute();
}

/** The account fields `GET /api/v1/me` answers with. */
export function findProfileRow(db: Executor, userId: string) {
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
      'second_factor_enabled_at',
    ])
    .where('id', '=', userId)
    .executeTakeFirst();
}

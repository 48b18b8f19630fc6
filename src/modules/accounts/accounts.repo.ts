import type { Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { Database } from '../../database.js';
import type { Grant } from './accounts.policy.js';
import type { Profession, Role, Sex, UserAccountTable, UserTokenPurpose } from './accounts.table.js';

type Executor = Kysely<Database> | Transaction<Database>;
export type UserRow = Selectable<UserAccountTable>;

export async function hasUserWithRole(db: Executor, role: Role): Promise<boolean> {
  const row = await db
    .selectFrom('role_grant')
    .select('id')
    .where('role', '=', role)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function findUserIdByEmail(db: Executor, email: string): Promise<string | undefined> {
  const row = await db.selectFrom('user_account').select('id').where('email', '=', email).executeTakeFirst();
  return row?.id;
}

export function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('user_account').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('user_account').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface NewUser {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  preferredLanguage: string;
  profession?: Profession | null;
  country?: string | null;
  organisationId?: string | null;
  preferredLanguages?: readonly string[];
  sex?: Sex | null;
  emailVerifiedAt?: string | null;
}

export async function insertUser(db: Executor, user: NewUser): Promise<void> {
  await db
    .insertInto('user_account')
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      password_hash: user.passwordHash,
      preferred_language: user.preferredLanguage,
      profession: user.profession ?? null,
      country: user.country ?? null,
      organisation_id: user.organisationId ?? null,
      preferred_languages: user.preferredLanguages?.join(',') ?? null,
      sex: user.sex ?? null,
      email_verified_at: user.emailVerifiedAt ?? null,
      last_seen_at: null,
      inactivity_warned_at: null,
      locked_until: null,
      second_factor_enabled_at: null,
    })
    .execute();
}

export async function updateUser(
  db: Executor,
  id: string,
  changes: Updateable<Omit<UserAccountTable, 'id' | 'created_at' | 'updated_at'>>,
): Promise<void> {
  await db
    .updateTable('user_account')
    .set({ ...changes, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}

export async function insertRoleGrant(
  db: Executor,
  grant: {
    id: string;
    userId: string;
    role: Role;
    grantedBy: string | null;
    scopeType?: Grant['scopeType'];
    scopeId?: string | null;
  },
): Promise<void> {
  await db
    .insertInto('role_grant')
    .values({
      id: grant.id,
      user_id: grant.userId,
      role: grant.role,
      scope_type: grant.scopeType ?? null,
      scope_id: grant.scopeId ?? null,
      granted_by: grant.grantedBy,
    })
    .execute();
}

export async function listGrants(db: Executor, userId: string): Promise<Grant[]> {
  const rows = await db
    .selectFrom('role_grant')
    .select(['role', 'scope_type', 'scope_id'])
    .where('user_id', '=', userId)
    .orderBy('granted_at')
    .execute();
  return rows.map((row) => ({ role: row.role, scopeType: row.scope_type, scopeId: row.scope_id }));
}

export async function insertUserToken(
  db: Executor,
  token: {
    tokenHash: string;
    userId: string;
    purpose: UserTokenPurpose;
    expiresAt: string;
    newEmail?: string | null;
  },
): Promise<void> {
  await db
    .insertInto('user_token')
    .values({
      token_hash: token.tokenHash,
      user_id: token.userId,
      purpose: token.purpose,
      expires_at: token.expiresAt,
      new_email: token.newEmail ?? null,
      used_at: null,
    })
    .execute();
}

/** Spends a single-use token: marks it used and returns it, or undefined if unknown, used or expired. */
export async function consumeUserToken(
  db: Executor,
  tokenHash: string,
  purpose: UserTokenPurpose,
  now: string,
): Promise<{ userId: string; newEmail: string | null } | undefined> {
  const row = await db
    .updateTable('user_token')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['user_id', 'new_email'])
    .executeTakeFirst();
  return row ? { userId: row.user_id, newEmail: row.new_email } : undefined;
}

export async function findUsableUserToken(
  db: Executor,
  tokenHash: string,
  purpose: UserTokenPurpose,
  now: string,
) {
  return db
    .selectFrom('user_token')
    .select(['user_id'])
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

export async function deleteUserTokens(
  db: Executor,
  userId: string,
  purpose?: UserTokenPurpose,
): Promise<void> {
  let query = db.deleteFrom('user_token').where('user_id', '=', userId);
  if (purpose) query = query.where('purpose', '=', purpose);
  await query.execute();
}

export async function deleteExpiredUserTokens(db: Executor, now: string): Promise<void> {
  await db.deleteFrom('user_token').where('expires_at', '<=', now).execute();
}

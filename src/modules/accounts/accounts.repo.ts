import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { Role } from './accounts.table.js';

type Executor = Kysely<Database> | Transaction<Database>;

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

export async function insertUser(
  db: Executor,
  user: { id: string; email: string; name: string; passwordHash: string; preferredLanguage: string },
): Promise<void> {
  await db
    .insertInto('user_account')
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      password_hash: user.passwordHash,
      preferred_language: user.preferredLanguage,
    })
    .execute();
}

export async function insertRoleGrant(
  db: Executor,
  grant: { id: string; userId: string; role: Role; grantedBy: string | null },
): Promise<void> {
  await db
    .insertInto('role_grant')
    .values({
      id: grant.id,
      user_id: grant.userId,
      role: grant.role,
      scope_type: null,
      scope_id: null,
      granted_by: grant.grantedBy,
    })
    .execute();
}

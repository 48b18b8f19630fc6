import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { Dialect } from '../../platform/db/database.js';
import type { Role } from '../accounts/index.js';
import type { GrantView, OrganisationChoice, UserProfile, UserSummary } from './users.schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** `%term%` for LIKE, with the wildcards of the term itself taken literally. */
function containsPattern(term: string): string {
  return `%${term.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

function filteredUsers(db: Executor, filters: { term?: string | undefined; role?: Role | undefined }) {
  let query = db.selectFrom('user_account as u');
  if (filters.term) {
    const pattern = containsPattern(filters.term);
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`lower(${sql.ref('u.name')}) like ${pattern} escape '\\'`,
        sql<boolean>`lower(${sql.ref('u.email')}) like ${pattern} escape '\\'`,
      ]),
    );
  }
  if (filters.role) {
    const role = filters.role;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('role_grant as g')
          .select('g.id')
          .whereRef('g.user_id', '=', 'u.id')
          .where('g.role', '=', role),
      ),
    );
  }
  return query;
}

/** A page of people whose name or email contains `term`, holding `role` when given, by name. */
export async function searchUsers(
  db: Executor,
  filters: { term?: string | undefined; role?: Role | undefined; limit: number; offset: number },
): Promise<{ users: UserSummary[]; total: number }> {
  const [rows, count] = await Promise.all([
    filteredUsers(db, filters)
      .select(['u.id', 'u.name', 'u.email', 'u.country', 'u.second_factor_enabled_at', 'u.created_at'])
      .orderBy('u.name')
      .orderBy('u.id')
      .limit(filters.limit)
      .offset(filters.offset)
      .execute(),
    filteredUsers(db, filters)
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirstOrThrow(),
  ]);
  const roles = await listRolesOf(
    db,
    rows.map((row) => row.id),
  );
  return {
    total: Number(count.count),
    users: rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      country: row.country,
      roles: roles.get(row.id) ?? [],
      hasSecondFactor: row.second_factor_enabled_at !== null,
      createdAt: row.created_at,
    })),
  };
}

async function listRolesOf(db: Executor, userIds: readonly string[]): Promise<Map<string, Role[]>> {
  const byUser = new Map<string, Role[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('role_grant')
    .select(['user_id', 'role'])
    .where('user_id', 'in', userIds)
    .orderBy('granted_at')
    .execute();
  for (const row of rows) {
    const roles = byUser.get(row.user_id) ?? [];
    if (!roles.includes(row.role)) roles.push(row.role);
    byUser.set(row.user_id, roles);
  }
  return byUser;
}

export async function findUserProfile(db: Executor, id: string): Promise<UserProfile | undefined> {
  const row = await db
    .selectFrom('user_account as u')
    .leftJoin('organisation as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id',
      'u.name',
      'u.email',
      'u.email_verified_at',
      'u.preferred_language',
      'u.profession',
      'u.country',
      'u.preferred_languages',
      'u.second_factor_enabled_at',
      'u.locked_until',
      'u.created_at',
      'u.last_seen_at',
      'o.name as organisation_name',
    ])
    .where('u.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    emailVerifiedAt: row.email_verified_at,
    preferredLanguage: row.preferred_language,
    profession: row.profession,
    country: row.country,
    organisationName: row.organisation_name,
    preferredLanguages: row.preferred_languages ? row.preferred_languages.split(',') : [],
    hasSecondFactor: row.second_factor_enabled_at !== null,
    lockedUntil: row.locked_until,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
  };
}

export async function listUserGrants(db: Executor, userId: string): Promise<GrantView[]> {
  const rows = await db
    .selectFrom('role_grant as g')
    .leftJoin('organisation as o', (join) =>
      join.onRef('o.id', '=', 'g.scope_id').on('g.scope_type', '=', 'organisation'),
    )
    .leftJoin('user_account as granter', 'granter.id', 'g.granted_by')
    .select([
      'g.id',
      'g.role',
      'g.scope_type',
      'g.scope_id',
      'g.granted_at',
      'o.name as scope_name',
      'granter.name as granted_by_name',
    ])
    .where('g.user_id', '=', userId)
    .orderBy('g.granted_at')
    .orderBy('g.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    role: row.role,
    scopeType: row.scope_type,
    scopeId: row.scope_id,
    scopeName: row.scope_name,
    grantedAt: row.granted_at,
    grantedByName: row.granted_by_name,
  }));
}

export async function findGrant(db: Executor, userId: string, grantId: string) {
  return db
    .selectFrom('role_grant')
    .select(['id', 'role', 'scope_type', 'scope_id'])
    .where('id', '=', grantId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function deleteGrant(db: Executor, grantId: string): Promise<void> {
  await db.deleteFrom('role_grant').where('id', '=', grantId).execute();
}

/** Administrators who could still act (second factor enrolled) if the grant `exceptGrantId` went. */
export async function countOtherEffectiveAdministrators(
  db: Executor,
  exceptGrantId: string,
): Promise<number> {
  const row = await db
    .selectFrom('role_grant as g')
    .innerJoin('user_account as u', 'u.id', 'g.user_id')
    .select((eb) => eb.fn.count<number>('g.user_id').distinct().as('count'))
    .where('g.role', '=', 'admin')
    .where('g.id', '!=', exceptGrantId)
    .where('u.second_factor_enabled_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Serialises changes to administrator grants, so that two administrators revoking each other at the
 * same moment cannot leave none. SQLite has a single writer already; PostgreSQL locks the rows.
 */
export async function lockAdministratorGrants(trx: Transaction<Database>, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres') return;
  await trx.selectFrom('role_grant').select('id').where('role', '=', 'admin').forUpdate().execute();
}

export async function hasGrant(
  db: Executor,
  grant: { userId: string; role: Role; scopeId: string | null },
): Promise<boolean> {
  let query = db
    .selectFrom('role_grant')
    .select('id')
    .where('user_id', '=', grant.userId)
    .where('role', '=', grant.role);
  query =
    grant.scopeId === null
      ? query.where('scope_id', 'is', null)
      : query.where('scope_id', '=', grant.scopeId);
  return (await query.limit(1).executeTakeFirst()) !== undefined;
}

export async function listOrganisationChoices(db: Executor): Promise<OrganisationChoice[]> {
  return db.selectFrom('organisation').select(['id', 'name']).orderBy('name').execute();
}

export async function organisationExists(db: Executor, id: string): Promise<boolean> {
  return (
    (await db.selectFrom('organisation').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  );
}

import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../database.js';
import type { Dialect } from '../../platform/db/database.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { memberStates } from '../../platform/i18n/countries.js';
import { deleteUserSessions } from '../../platform/sessions/index.js';
import {
  canManageUsers,
  insertRoleGrant,
  roles,
  type Actor,
  type Grant,
  type Role,
} from '../accounts/index.js';
import type { FormErrors } from '../../platform/layout/form-fields.js';
import { authorize } from './admin.policy.js';
import {
  countOtherEffectiveAdministrators,
  deleteGrant,
  findGrant,
  findUserProfile,
  hasGrant,
  listOrganisationChoices,
  listUserGrants,
  lockAdministratorGrants,
  organisationExists,
  searchUsers,
} from './users.repo.js';
import { roleScopes, usersPageSize, type GrantFormInput, type UserListQuery } from './users.schema.js';

export interface AdminUsersDeps {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
}

/** The user list: name or email contains the term, optionally holding a role; a page at a time. */
export async function findUsers(deps: AdminUsersDeps, actor: Actor | undefined, query: UserListQuery) {
  authorize(actor, canManageUsers);
  const page = query.page ?? 1;
  const { users, total } = await searchUsers(deps.db, {
    term: query.q,
    role: query.role,
    limit: usersPageSize,
    offset: (page - 1) * usersPageSize,
  });
  return { users, total, page, pageCount: Math.max(1, Math.ceil(total / usersPageSize)) };
}

/** One person's profile and grants. A staff view of someone else's personal data: it is audited. */
export async function viewUser(deps: AdminUsersDeps, actor: Actor | undefined, userId: string) {
  const admin = authorize(actor, canManageUsers);
  const profile = await findUserProfile(deps.db, userId);
  if (!profile) throw AppError.notFound('No account has this id.');
  const [grants, organisations] = await Promise.all([
    listUserGrants(deps.db, userId),
    listOrganisationChoices(deps.db),
  ]);
  // Looking at one's own account is not a view of another person's data.
  if (userId !== admin.userId) {
    await appendAudit(deps.db, {
      action: 'personal-data-viewed',
      actorId: admin.userId,
      subjectUserId: userId,
      targetType: 'user',
      targetId: userId,
      details: { page: 'admin-user' },
    });
  }
  return { profile, grants, organisations };
}

export type GrantRoleResult =
  | { readonly outcome: 'granted'; readonly isOwnAccount: boolean }
  | { readonly outcome: 'invalid'; readonly errors: FormErrors };

/**
 * Grants a role, scoped as the role requires. The person's sessions end, so that their privileges
 * change at their next sign-in (sessions rotate on every privilege change).
 */
export async function grantRole(
  deps: AdminUsersDeps,
  actor: Actor | undefined,
  command: { userId: string; input: GrantFormInput },
): Promise<GrantRoleResult> {
  const admin = authorize(actor, canManageUsers);
  if (!(await findUserProfile(deps.db, command.userId))) throw AppError.notFound('No account has this id.');
  const parsed = await parseGrant(deps.db, command.input);
  if ('errors' in parsed) return { outcome: 'invalid', errors: parsed.errors };
  const grant = parsed.grant;
  if (await hasGrant(deps.db, { userId: command.userId, ...grant })) {
    return { outcome: 'invalid', errors: { role: 'admin.users.error.alreadyGranted' } };
  }
  const grantId = uuidv7();
  await deps.db.transaction().execute(async (trx) => {
    await insertRoleGrant(trx, { id: grantId, userId: command.userId, grantedBy: admin.userId, ...grant });
    await appendAudit(trx, {
      action: 'role-granted',
      actorId: admin.userId,
      subjectUserId: command.userId,
      targetType: 'role-grant',
      targetId: grantId,
      details: { role: grant.role, scopeType: grant.scopeType, scopeId: grant.scopeId },
    });
    await deleteUserSessions(trx, command.userId);
  });
  return { outcome: 'granted', isOwnAccount: command.userId === admin.userId };
}

type ParsedGrant = { grant: Grant & { role: Role } } | { errors: FormErrors };

async function parseGrant(db: Kysely<Database>, input: GrantFormInput): Promise<ParsedGrant> {
  const role = roles.find((candidate) => candidate === input.role);
  if (!role) return { errors: { role: 'admin.users.error.roleRequired' } };
  const scopeType = roleScopes[role];
  if (scopeType === 'organisation') {
    const organisationId = input.organisationId?.trim();
    if (!organisationId) return { errors: { organisationId: 'admin.users.error.organisationRequired' } };
    if (!(await organisationExists(db, organisationId))) {
      return { errors: { organisationId: 'admin.users.error.organisationUnknown' } };
    }
    return { grant: { role, scopeType, scopeId: organisationId } };
  }
  if (scopeType === 'country') {
    const country = memberStates.find((code) => code === input.country);
    if (!country) return { errors: { country: 'admin.users.error.countryRequired' } };
    return { grant: { role, scopeType, scopeId: country } };
  }
  return { grant: { role, scopeType: null, scopeId: null } };
}

/**
 * Revokes one grant of `userId` and ends their sessions. The last administrator who can act (second
 * factor enrolled) cannot be revoked: the platform must never be left without one.
 */
export async function revokeGrant(
  deps: AdminUsersDeps,
  actor: Actor | undefined,
  command: { userId: string; grantId: string },
): Promise<{ readonly isOwnAccount: boolean; readonly role: Role }> {
  const admin = authorize(actor, canManageUsers);
  const role = await deps.db.transaction().execute(async (trx) => {
    await lockAdministratorGrants(trx, deps.dialect);
    const grant = await findGrant(trx, command.userId, command.grantId);
    if (!grant) throw AppError.notFound('This account has no such grant.');
    if (grant.role === 'admin' && (await countOtherEffectiveAdministrators(trx, grant.id)) === 0) {
      throw new AppError('conflict', 'This is the last administrator: grant the role to someone else first.');
    }
    await deleteGrant(trx, grant.id);
    await appendAudit(trx, {
      action: 'role-revoked',
      actorId: admin.userId,
      subjectUserId: command.userId,
      targetType: 'role-grant',
      targetId: grant.id,
      details: { role: grant.role, scopeType: grant.scope_type, scopeId: grant.scope_id },
    });
    await deleteUserSessions(trx, command.userId);
    return grant.role;
  });
  return { isOwnAccount: command.userId === admin.userId, role };
}

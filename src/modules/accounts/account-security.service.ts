import type { AppDeps } from '../../app-deps.js';
import { appendAudit } from '../../platform/audit/index.js';
import type { Locale } from '../../platform/i18n/index.js';
import { enqueue } from '../../platform/jobs/index.js';
import { deleteUserSessions } from '../../platform/sessions/index.js';
import { spendUserToken } from './account-tokens.js';
import type { Actor } from './accounts.policy.js';
import { findUserByEmail, findUserById, updateUser } from './accounts.repo.js';
import { changeEmailSchema, fieldErrors, newPasswordSchema } from './accounts.schema.js';
import { findPasswordProblem, hashPassword, verifyPassword } from './password.js';

type Deps = Pick<AppDeps, 'db' | 'jobs'>;
export type FormResult =
  { readonly outcome: 'done' } | { readonly outcome: 'invalid'; readonly errors: Record<string, string> };

/** Re-authentication for sensitive changes: the current password, checked again. */
async function checkCurrentPassword(deps: Pick<AppDeps, 'db'>, actor: Actor, password: string | undefined) {
  const user = await findUserById(deps.db, actor.userId);
  return user && password && (await verifyPassword(user.password_hash, password)) ? user : undefined;
}

/** Changes the password of the acting person and ends their other sessions. */
export async function changePassword(
  deps: Deps,
  actor: Actor,
  input: {
    currentPassword?: string | undefined;
    password?: string | undefined;
    passwordConfirmation?: string | undefined;
  },
): Promise<FormResult> {
  if (actor.authenticatedBy !== 'session')
    return { outcome: 'invalid', errors: { form: 'accounts.error.sessionRequired' } };
  const user = await checkCurrentPassword(deps, actor, input.currentPassword);
  if (!user)
    return { outcome: 'invalid', errors: { currentPassword: 'accounts.error.currentPasswordWrong' } };
  const parsed = newPasswordSchema.safeParse(input);
  if (!parsed.success) return { outcome: 'invalid', errors: fieldErrors(parsed.error) };
  const problem = findPasswordProblem(parsed.data.password, { email: user.email, name: user.name });
  if (problem) return { outcome: 'invalid', errors: { password: `accounts.error.password.${problem}` } };
  await updateUser(deps.db, user.id, { password_hash: await hashPassword(parsed.data.password) });
  await deleteUserSessions(deps.db, user.id, actor.sessionId);
  await appendAudit(deps.db, { action: 'password-changed', actorId: user.id, subjectUserId: user.id });
  return { outcome: 'done' };
}

/**
 * Starts a change of email address: a link goes to the new address, which becomes the account's only
 * once confirmed. An address already in use gets the same answer and no mail.
 */
export async function requestEmailChange(
  deps: Deps,
  actor: Actor,
  input: { currentPassword?: string | undefined; email?: string | undefined; locale: Locale },
): Promise<FormResult> {
  if (actor.authenticatedBy !== 'session')
    return { outcome: 'invalid', errors: { form: 'accounts.error.sessionRequired' } };
  const user = await checkCurrentPassword(deps, actor, input.currentPassword);
  if (!user)
    return { outcome: 'invalid', errors: { currentPassword: 'accounts.error.currentPasswordWrong' } };
  const parsed = changeEmailSchema.safeParse(input);
  if (!parsed.success) return { outcome: 'invalid', errors: fieldErrors(parsed.error) };
  if (parsed.data.email === user.email)
    return { outcome: 'invalid', errors: { email: 'accounts.error.emailUnchanged' } };
  if (!(await findUserByEmail(deps.db, parsed.data.email))) {
    await enqueue(deps.db, deps.jobs.accounts.sendEmailChange, {
      userId: user.id,
      locale: input.locale,
      newEmail: parsed.data.email,
    });
  }
  await appendAudit(deps.db, { action: 'email-change-requested', actorId: user.id, subjectUserId: user.id });
  return { outcome: 'done' };
}

/** Confirms a new address from its link; tells the previous address. */
export async function confirmEmailChange(
  deps: Deps,
  token: string,
): Promise<'changed' | 'expired' | 'taken'> {
  const spent = await spendUserToken(deps.db, token, 'change-email');
  const user = spent && (await findUserById(deps.db, spent.userId));
  if (!spent?.newEmail || !user) return 'expired';
  if (await findUserByEmail(deps.db, spent.newEmail)) return 'taken';
  await updateUser(deps.db, user.id, { email: spent.newEmail, email_verified_at: new Date().toISOString() });
  await appendAudit(deps.db, { action: 'email-changed', actorId: user.id, subjectUserId: user.id });
  await enqueue(deps.db, deps.jobs.accounts.notifyEmailChanged, {
    userId: user.id,
    locale: (user.preferred_language as Locale) ?? 'en',
    previousEmail: user.email,
  });
  return 'changed';
}

/** Ends every session of the acting person, this one included. */
export async function signOutEverywhere(deps: Pick<AppDeps, 'db'>, actor: Actor): Promise<number> {
  const ended = await deleteUserSessions(deps.db, actor.userId);
  await appendAudit(deps.db, {
    action: 'sign-out-everywhere',
    actorId: actor.userId,
    subjectUserId: actor.userId,
    details: { sessions: ended },
  });
  return ended;
}

import type { AppDeps } from '../../app-deps.js';
import { appendAudit } from '../../platform/audit/index.js';
import type { Locale } from '../../platform/i18n/index.js';
import { enqueue } from '../../platform/jobs/index.js';
import { deleteUserSessions } from '../../platform/sessions/index.js';
import { hashToken, isUserTokenUsable, spendUserToken } from './account-tokens.js';
import { findUsableUserToken, findUserByEmail, findUserById, updateUser } from './accounts.repo.js';
import { fieldErrors, newPasswordSchema } from './accounts.schema.js';
import { findPasswordProblem, hashPassword } from './password.js';

export const passwordResetRateLimit = { bucket: 'password-reset', max: 5, windowSeconds: 3600 } as const;

/** Mails a reset link when the account exists; the caller shows the same answer either way. */
export async function requestPasswordReset(
  deps: Pick<AppDeps, 'db' | 'rateLimiter' | 'jobs'>,
  command: { email: string; locale: Locale; clientAddress: string },
): Promise<void> {
  await deps.rateLimiter.hit(passwordResetRateLimit, command.clientAddress);
  const user = await findUserByEmail(deps.db, command.email.trim().toLowerCase());
  if (!user) return;
  await enqueue(deps.db, deps.jobs.accounts.sendPasswordReset, { userId: user.id, locale: command.locale });
  await appendAudit(deps.db, { action: 'password-reset-requested', subjectUserId: user.id });
}

export function isResetLinkUsable(deps: Pick<AppDeps, 'db'>, token: string): Promise<boolean> {
  return isUserTokenUsable(deps.db, token, 'reset-password');
}

export type ResetPasswordResult =
  | { readonly outcome: 'reset' }
  | { readonly outcome: 'expired' }
  | { readonly outcome: 'invalid'; readonly errors: Record<string, string> };

/**
 * Sets a new password with a single-use link, unlocks the account and ends every session. It signs nobody
 * in: the person signs in again, with their second factor when they have one.
 */
export async function resetPassword(
  deps: Pick<AppDeps, 'db'>,
  command: { token: string; password: string; passwordConfirmation: string },
): Promise<ResetPasswordResult> {
  const parsed = newPasswordSchema.safeParse(command);
  if (!parsed.success) return { outcome: 'invalid', errors: fieldErrors(parsed.error) };
  const link = await findUsableUserToken(
    deps.db,
    hashToken(command.token),
    'reset-password',
    new Date().toISOString(),
  );
  const user = link && (await findUserById(deps.db, link.user_id));
  if (!user) return { outcome: 'expired' };
  // Checked before the link is spent, so that a refused password does not cost the person their link.
  const problem = findPasswordProblem(parsed.data.password, { email: user.email, name: user.name });
  if (problem) return { outcome: 'invalid', errors: { password: `accounts.error.password.${problem}` } };
  if (!(await spendUserToken(deps.db, command.token, 'reset-password'))) return { outcome: 'expired' };
  await updateUser(deps.db, user.id, {
    password_hash: await hashPassword(parsed.data.password),
    failed_sign_ins: 0,
    locked_until: null,
    // Receiving the link proves the address.
    email_verified_at: user.email_verified_at ?? new Date().toISOString(),
  });
  await deleteUserSessions(deps.db, user.id);
  await appendAudit(deps.db, { action: 'password-reset', actorId: user.id, subjectUserId: user.id });
  return { outcome: 'reset' };
}

import { uuidv7 } from 'uuidv7';
import type { AppDeps } from '../../app-deps.js';
import { appendAudit } from '../../platform/audit/index.js';
import type { Locale } from '../../platform/i18n/index.js';
import { enqueue } from '../../platform/jobs/index.js';
import { giveConsent } from '../privacy/index.js';
import { spendUserToken } from './account-tokens.js';
import { findUserByEmail, findUserById, insertRoleGrant, insertUser, updateUser } from './accounts.repo.js';
import { fieldErrors, registrationSchema, type RegistrationInput } from './accounts.schema.js';
import { findPasswordProblem, hashPassword } from './password.js';

type Deps = Pick<AppDeps, 'db' | 'rateLimiter' | 'jobs'>;

export const registrationRateLimit = { bucket: 'register', max: 5, windowSeconds: 3600 } as const;
export const verificationResendRateLimit = { bucket: 'verify-resend', max: 5, windowSeconds: 3600 } as const;

export type RegisterResult =
  | { readonly outcome: 'check-email' }
  | { readonly outcome: 'invalid'; readonly errors: Record<string, string> };

/**
 * Creates an unverified learner account and mails a verification link. When the address already has an
 * account, the answer is the same and that account's owner is told by mail: nobody learns from the form
 * which addresses are registered.
 */
export async function registerAccount(
  deps: Deps,
  command: { input: RegistrationInput; locale: Locale; clientAddress: string },
): Promise<RegisterResult> {
  const parsed = registrationSchema.safeParse(command.input);
  if (!parsed.success) return { outcome: 'invalid', errors: fieldErrors(parsed.error) };
  const data = parsed.data;
  const problem = findPasswordProblem(data.password, { email: data.email, name: data.name });
  if (problem) return { outcome: 'invalid', errors: { password: `accounts.error.password.${problem}` } };
  if (data.organisationId && !(await organisationExists(deps, data.organisationId))) {
    return { outcome: 'invalid', errors: { organisationId: 'accounts.error.organisationUnknown' } };
  }
  await deps.rateLimiter.hit(registrationRateLimit, command.clientAddress);

  const existing = await findUserByEmail(deps.db, data.email);
  if (existing) {
    await enqueue(deps.db, deps.jobs.accounts.notifyExistingAccount, {
      userId: existing.id,
      locale: command.locale,
    });
    return { outcome: 'check-email' };
  }
  const passwordHash = await hashPassword(data.password);
  const userId = uuidv7();
  await deps.db.transaction().execute(async (trx) => {
    await insertUser(trx, {
      id: userId,
      email: data.email,
      name: data.name,
      passwordHash,
      preferredLanguage: command.locale,
      profession: data.profession,
      country: data.country,
      organisationId: data.organisationId ?? null,
      preferredLanguages: data.preferredLanguages,
      sex: data.sex ?? null,
    });
    await insertRoleGrant(trx, { id: uuidv7(), userId, role: 'learner', grantedBy: null });
    // Giving one's sex is the optional consent to count it in EU reporting, recorded with the policy version.
    if (data.sex === 'female' || data.sex === 'male') await giveConsent(trx, userId, 'sex-reporting');
    await appendAudit(trx, { action: 'account-registered', actorId: userId, subjectUserId: userId });
    await enqueue(trx, deps.jobs.accounts.sendVerification, { userId, locale: command.locale });
  });
  return { outcome: 'check-email' };
}

async function organisationExists(deps: Deps, id: string): Promise<boolean> {
  const row = await deps.db.selectFrom('organisation').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** Confirms an address from the emailed link; false when the link is unknown, used or expired. */
export async function verifyEmail(deps: Pick<AppDeps, 'db'>, token: string): Promise<boolean> {
  const spent = await spendUserToken(deps.db, token, 'verify-email');
  if (!spent) return false;
  const user = await findUserById(deps.db, spent.userId);
  if (!user) return false;
  if (!user.email_verified_at)
    await updateUser(deps.db, user.id, { email_verified_at: new Date().toISOString() });
  await appendAudit(deps.db, { action: 'email-verified', actorId: user.id, subjectUserId: user.id });
  return true;
}

/** Sends a fresh verification link to an unverified account; says nothing about whether one exists. */
export async function resendVerification(
  deps: Deps,
  command: { email: string; locale: Locale; clientAddress: string },
): Promise<void> {
  await deps.rateLimiter.hit(verificationResendRateLimit, command.clientAddress);
  const user = await findUserByEmail(deps.db, command.email.trim().toLowerCase());
  if (!user || user.email_verified_at) return;
  await enqueue(deps.db, deps.jobs.accounts.sendVerification, { userId: user.id, locale: command.locale });
}

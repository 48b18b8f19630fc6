import type { AppDeps } from '../../app-deps.js';
import { appendAudit } from '../../platform/audit/index.js';
import { findUserByEmail, listGrants, updateUser } from './accounts.repo.js';
import { verifyAgainstDecoy, verifyPassword } from './password.js';

type Deps = Pick<AppDeps, 'db' | 'rateLimiter'>;

export const signInRateLimit = { bucket: 'sign-in', max: 10, windowSeconds: 60 } as const;
export const lockout = { afterFailures: 6, minutes: 15 } as const;

export type SignInResult =
  /** Wrong email or password, or a locked account: one answer for all, so nothing is revealed. */
  | { readonly outcome: 'rejected' }
  | { readonly outcome: 'unverified' }
  | {
      readonly outcome: 'authenticated';
      readonly userId: string;
      /** The TOTP code is still to come: the session starts at the second-factor stage. */
      readonly needsSecondFactorCode: boolean;
      /** A staff role without a second factor: send them to enrol. */
      readonly mustEnrolSecondFactor: boolean;
    };

/**
 * The password step of signing in: at most 10 attempts a minute per address, and an account is locked for
 * 15 minutes after 6 failures in a row. A locked account answers exactly like a wrong password.
 */
export async function checkPassword(
  deps: Deps,
  command: { email: string; password: string; clientAddress: string },
): Promise<SignInResult> {
  await deps.rateLimiter.hit(signInRateLimit, command.clientAddress);
  const user = await findUserByEmail(deps.db, command.email.trim().toLowerCase());
  if (!user) {
    await verifyAgainstDecoy(command.password);
    await appendAudit(deps.db, { action: 'sign-in-failed', details: { reason: 'unknown-account' } });
    return { outcome: 'rejected' };
  }
  const now = new Date();
  if (user.locked_until && user.locked_until > now.toISOString()) {
    await verifyAgainstDecoy(command.password);
    await appendAudit(deps.db, {
      action: 'sign-in-failed',
      subjectUserId: user.id,
      details: { reason: 'locked' },
    });
    return { outcome: 'rejected' };
  }
  if (!(await verifyPassword(user.password_hash, command.password))) {
    await recordFailure(deps, user.id, user.failed_sign_ins + 1, now);
    return { outcome: 'rejected' };
  }
  if (!user.email_verified_at) return { outcome: 'unverified' };
  await updateUser(deps.db, user.id, {
    failed_sign_ins: 0,
    locked_until: null,
    last_seen_at: now.toISOString(),
  });
  const hasSecondFactor = user.second_factor_enabled_at !== null;
  const grants = await listGrants(deps.db, user.id);
  if (!hasSecondFactor)
    await appendAudit(deps.db, {
      action: 'sign-in',
      actorId: user.id,
      subjectUserId: user.id,
      details: { method: 'password' },
    });
  return {
    outcome: 'authenticated',
    userId: user.id,
    needsSecondFactorCode: hasSecondFactor,
    mustEnrolSecondFactor: !hasSecondFactor && grants.some((grant) => grant.role !== 'learner'),
  };
}

async function recordFailure(deps: Deps, userId: string, failures: number, now: Date): Promise<void> {
  const isLocking = failures >= lockout.afterFailures;
  await updateUser(deps.db, userId, {
    failed_sign_ins: isLocking ? 0 : failures,
    ...(isLocking ? { locked_until: new Date(now.getTime() + lockout.minutes * 60_000).toISOString() } : {}),
  });
  await appendAudit(deps.db, {
    action: 'sign-in-failed',
    subjectUserId: userId,
    details: { reason: 'password' },
  });
  if (isLocking) {
    await appendAudit(deps.db, {
      action: 'sign-in-locked',
      subjectUserId: userId,
      details: { minutes: lockout.minutes },
    });
  }
}

import { appendAudit } from '../../platform/audit/index.js';
import { isAppError } from '../../platform/http/app-error.js';
import {
  acceptTotpCode,
  classifyCode,
  countCodeAttempt,
  spendRecoveryCode,
  type Clock,
  type CodeKind,
  type TwoFactorDeps,
} from './second-factor-check.js';

export type SecondFactorSignInResult =
  | { readonly outcome: 'verified'; readonly method: CodeKind }
  | { readonly outcome: 'invalid'; readonly error: string };

/**
 * The second step of signing in, for a session whose password step succeeded (the caller holds such a
 * pending session for `userId`: that is the authorization). Accepts a current TOTP code, never one of an
 * already accepted time step, or an unused recovery code, which is spent. Every attempt counts against
 * the per-account limit and is audited; past the limit this throws `rate-limited`.
 */
export async function verifySecondFactorSignIn(
  deps: TwoFactorDeps,
  command: { userId: string; code: string },
  now: Clock = Date.now,
): Promise<SecondFactorSignInResult> {
  const audited = { actorId: command.userId, subjectUserId: command.userId };
  const code = classifyCode(command.code);
  try {
    await countCodeAttempt(deps, command.userId);
  } catch (error) {
    if (isAppError(error) && error.code === 'rate-limited') {
      await appendAudit(deps.db, {
        action: 'sign-in-failed',
        ...audited,
        details: { reason: 'second-factor', limited: true },
      });
    }
    throw error;
  }
  const nowMs = now();
  const isAccepted = !code
    ? false
    : code.kind === 'totp'
      ? await acceptTotpCode(deps, { userId: command.userId, code: code.code, nowMs, confirmed: true })
      : await spendRecoveryCode(deps.db, { userId: command.userId, code: code.code, nowMs });
  if (!code || !isAccepted) {
    await appendAudit(deps.db, {
      action: 'sign-in-failed',
      ...audited,
      details: { reason: 'second-factor' },
    });
    return {
      outcome: 'invalid',
      error: code ? 'twoFactor.signIn.error.wrong' : 'twoFactor.signIn.error.format',
    };
  }
  await deps.db.transaction().execute(async (trx) => {
    if (code.kind === 'recovery-code') await appendAudit(trx, { action: 'recovery-code-used', ...audited });
    await appendAudit(trx, { action: 'sign-in', ...audited, details: { method: code.kind } });
  });
  return { outcome: 'verified', method: code.kind };
}

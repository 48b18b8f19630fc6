import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { verifyPassword, type Actor } from '../accounts/index.js';
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from './recovery-codes.js';
import {
  acceptTotpCode,
  classifyCode,
  countCodeAttempt,
  spendRecoveryCode,
  type Clock,
  type TwoFactorDeps,
} from './second-factor-check.js';
import {
  confirmCredential,
  countRecoveryCodes,
  deleteSecondFactor,
  findPasswordHash,
  findTotpCredential,
  replaceRecoveryCodes,
  setSecondFactorEnabledAt,
  upsertPendingCredential,
} from './two-factor.repo.js';
import type { TwoFactorFieldErrors } from './two-factor.schema.js';
import { canDisableSecondFactor, canManageSecondFactor, holdsStaffRole } from './two-factor.policy.js';
import { newTotpSecret, normaliseTotpCode, openTotpSecret, sealTotpSecret, totpUri } from './totp-secret.js';

export interface TwoFactorStatus {
  readonly state: 'off' | 'pending' | 'on';
  readonly enabledAt: string | undefined;
  /** While enrolment is pending: the secret and its `otpauth://` address, shown to their owner only. */
  readonly enrolment: { readonly secret: string; readonly uri: string } | undefined;
  readonly recoveryCodesLeft: number;
  /** A staff role requires the second factor: it cannot be switched off. */
  readonly isRequired: boolean;
}

type CodeOutcome<T> = T | { readonly outcome: 'invalid'; readonly errors: TwoFactorFieldErrors };

function authorize(actor: Actor): void {
  if (!canManageSecondFactor(actor)) throw AppError.forbidden();
}

export async function getTwoFactorStatus(deps: TwoFactorDeps, actor: Actor): Promise<TwoFactorStatus> {
  authorize(actor);
  const credential = await findTotpCredential(deps.db, actor.userId);
  const isPending = !!credential && credential.confirmed_at === null;
  const secret = isPending ? openTotpSecret(deps.secret, actor.userId, credential.secret_ciphertext) : '';
  return {
    state: !credential ? 'off' : isPending ? 'pending' : 'on',
    enabledAt: credential?.confirmed_at ?? undefined,
    enrolment: isPending ? { secret, uri: totpUri(secret, actor.email) } : undefined,
    recoveryCodesLeft: (await countRecoveryCodes(deps.db, actor.userId)).unused,
    isRequired: holdsStaffRole(actor),
  };
}

/** Starts enrolment with a new secret, kept pending until a code from it proves the app has it. */
export async function startEnrolment(
  deps: TwoFactorDeps,
  actor: Actor,
  now: Clock = Date.now,
): Promise<{ outcome: 'started' | 'already-enabled' }> {
  authorize(actor);
  const existing = await findTotpCredential(deps.db, actor.userId);
  if (existing?.confirmed_at) return { outcome: 'already-enabled' };
  await upsertPendingCredential(deps.db, {
    userId: actor.userId,
    secretCiphertext: sealTotpSecret(deps.secret, actor.userId, newTotpSecret()),
    now: new Date(now()).toISOString(),
  });
  return { outcome: 'started' };
}

/** The ten recovery codes as shown (`xxxxx-xxxxx`) and as stored (hashes). */
function issueRecoveryCodes() {
  const codes = newRecoveryCodes();
  return { codes, hashes: codes.map((code) => hashRecoveryCode(normaliseRecoveryCode(code) ?? code)) };
}

/** A TOTP code typed into a form: its format first, then the limit, then the code itself. */
async function checkFormCode(
  deps: TwoFactorDeps,
  actor: Actor,
  input: string,
  options: { nowMs: number; confirmed: boolean },
): Promise<string | undefined> {
  const code = normaliseTotpCode(input);
  if (!code) return 'twoFactor.error.codeFormat';
  await countCodeAttempt(deps, actor.userId);
  const isAccepted = await acceptTotpCode(deps, { userId: actor.userId, code, ...options });
  return isAccepted ? undefined : 'twoFactor.error.codeWrong';
}

/** Enables the second factor with a first code from the app; returns the recovery codes, shown once. */
export async function confirmEnrolment(
  deps: TwoFactorDeps,
  actor: Actor,
  input: { code: string },
  now: Clock = Date.now,
): Promise<CodeOutcome<{ outcome: 'enabled'; recoveryCodes: string[] }>> {
  authorize(actor);
  const nowMs = now();
  const error = await checkFormCode(deps, actor, input.code, { nowMs, confirmed: false });
  if (error) return { outcome: 'invalid', errors: { code: error } };
  const { codes, hashes } = issueRecoveryCodes();
  const at = new Date(nowMs).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await confirmCredential(trx, actor.userId, at);
    await replaceRecoveryCodes(trx, actor.userId, hashes, at);
    await setSecondFactorEnabledAt(trx, actor.userId, at);
    await appendAudit(trx, {
      action: 'second-factor-enabled',
      actorId: actor.userId,
      subjectUserId: actor.userId,
    });
  });
  return { outcome: 'enabled', recoveryCodes: codes };
}

/** New recovery codes for a current TOTP code; the old ones stop working. */
export async function regenerateRecoveryCodes(
  deps: TwoFactorDeps,
  actor: Actor,
  input: { code: string },
  now: Clock = Date.now,
): Promise<CodeOutcome<{ outcome: 'regenerated'; recoveryCodes: string[] }>> {
  authorize(actor);
  const nowMs = now();
  const error = await checkFormCode(deps, actor, input.code, { nowMs, confirmed: true });
  if (error) return { outcome: 'invalid', errors: { code: error } };
  const { codes, hashes } = issueRecoveryCodes();
  await deps.db.transaction().execute(async (trx) => {
    await replaceRecoveryCodes(trx, actor.userId, hashes, new Date(nowMs).toISOString());
    await appendAudit(trx, {
      action: 'recovery-codes-regenerated',
      actorId: actor.userId,
      subjectUserId: actor.userId,
    });
  });
  return { outcome: 'regenerated', recoveryCodes: codes };
}

/**
 * Switches the second factor off, with the password and a current code (or, for someone who lost their
 * device, a recovery code). Refused while a staff role requires it.
 */
export async function disableTwoFactor(
  deps: TwoFactorDeps,
  actor: Actor,
  input: { password: string; code: string },
  now: Clock = Date.now,
): Promise<CodeOutcome<{ outcome: 'disabled' | 'required-by-role' }>> {
  authorize(actor);
  if (!canDisableSecondFactor(actor)) return { outcome: 'required-by-role' };
  const code = classifyCode(input.code);
  if (!input.password || !code) {
    return {
      outcome: 'invalid',
      errors: {
        ...(input.password ? {} : { password: 'twoFactor.error.passwordRequired' }),
        ...(code ? {} : { code: 'twoFactor.error.codeOrRecoveryFormat' }),
      },
    };
  }
  await countCodeAttempt(deps, actor.userId);
  const nowMs = now();
  const passwordHash = await findPasswordHash(deps.db, actor.userId);
  const isPasswordRight = !!passwordHash && (await verifyPassword(passwordHash, input.password));
  // The code is only spent when the password is right, and one message covers both: no password oracle.
  const isCodeRight =
    isPasswordRight &&
    (code.kind === 'totp'
      ? await acceptTotpCode(deps, { userId: actor.userId, code: code.code, nowMs, confirmed: true })
      : await spendRecoveryCode(deps.db, { userId: actor.userId, code: code.code, nowMs }));
  if (!isCodeRight) {
    return {
      outcome: 'invalid',
      errors: { password: 'twoFactor.error.passwordOrCode', code: 'twoFactor.error.passwordOrCode' },
    };
  }
  await deps.db.transaction().execute(async (trx) => {
    await deleteSecondFactor(trx, actor.userId);
    await setSecondFactorEnabledAt(trx, actor.userId, null);
    const audited = { actorId: actor.userId, subjectUserId: actor.userId };
    if (code.kind === 'recovery-code') await appendAudit(trx, { action: 'recovery-code-used', ...audited });
    await appendAudit(trx, { action: 'second-factor-disabled', ...audited });
  });
  return { outcome: 'disabled' };
}

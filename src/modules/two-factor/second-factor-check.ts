import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { SharedRateLimiter } from '../../platform/rate-limit/shared-rate-limiter.js';
import { hashRecoveryCode, normaliseRecoveryCode } from './recovery-codes.js';
import { acceptTimeStep, findTotpCredential, useRecoveryCode } from './two-factor.repo.js';
import { matchTotpCode, normaliseTotpCode, openTotpSecret } from './totp-secret.js';

export interface TwoFactorDeps {
  readonly db: Kysely<Database>;
  /** The application secret; the key that seals TOTP secrets is derived from it. */
  readonly secret: string;
  readonly rateLimiter: SharedRateLimiter;
}

/** Milliseconds since the epoch. Use cases take one so that tests can move through time steps. */
export type Clock = () => number;

/**
 * Every check of a code counts against this limit, per account, before the code is looked at: six digits
 * are guessable, so an attacker who has the password gets ten tries per quarter of an hour, not more.
 */
export const secondFactorRateLimit = { bucket: 'second-factor', max: 10, windowSeconds: 900 } as const;

export type CodeKind = 'totp' | 'recovery-code';

/** What was typed, classified: six digits are a TOTP code, ten base32 characters a recovery code. */
export function classifyCode(input: string): { kind: CodeKind; code: string } | undefined {
  const totp = normaliseTotpCode(input);
  if (totp) return { kind: 'totp', code: totp };
  const recovery = normaliseRecoveryCode(input);
  return recovery ? { kind: 'recovery-code', code: recovery } : undefined;
}

/**
 * Checks a six-digit code against the user's credential (pending or confirmed, as `confirmed` says) and
 * records its time step, so that the same code, or an older one, is refused from then on.
 */
export async function acceptTotpCode(
  deps: Pick<TwoFactorDeps, 'secret'> & { db: Kysely<Database> | Transaction<Database> },
  command: { userId: string; code: string; nowMs: number; confirmed: boolean },
): Promise<boolean> {
  const credential = await findTotpCredential(deps.db, command.userId);
  if (!credential || (credential.confirmed_at !== null) !== command.confirmed) return false;
  const secret = openTotpSecret(deps.secret, command.userId, credential.secret_ciphertext);
  const timeStep = matchTotpCode({
    secret,
    code: command.code,
    nowMs: command.nowMs,
    afterTimeStep: credential.last_time_step,
  });
  if (timeStep === undefined) return false;
  return acceptTimeStep(deps.db, command.userId, timeStep);
}

/** Spends a recovery code (normalised) of the user; false when it is unknown or was used already. */
export function spendRecoveryCode(
  db: Kysely<Database> | Transaction<Database>,
  command: { userId: string; code: string; nowMs: number },
): Promise<boolean> {
  return useRecoveryCode(
    db,
    command.userId,
    hashRecoveryCode(command.code),
    new Date(command.nowMs).toISOString(),
  );
}

/** Counts an attempt; throws `rate-limited` past the limit. */
export function countCodeAttempt(deps: Pick<TwoFactorDeps, 'rateLimiter'>, userId: string): Promise<void> {
  return deps.rateLimiter.hit(secondFactorRateLimit, userId);
}

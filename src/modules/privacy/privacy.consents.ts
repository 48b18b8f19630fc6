import type { Kysely, Transaction } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../database.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { canManageOwnData } from './privacy.policy.js';
import {
  clearAccountSex,
  closeConsent,
  findActiveConsent,
  insertConsent,
  listConsentRows,
} from './privacy.repo.js';

/** The version of the privacy policy (its review date) that consents are given under. */
export const privacyPolicyVersion = '2026-11-29';

/**
 * Optional consents. Closed list: `newsletter` — news of the network by email; `sex-reporting` — use
 * of the optional sex field for EU statistics, which count participants by sex.
 */
export const consentKinds = ['newsletter', 'sex-reporting'] as const;
export type ConsentKind = (typeof consentKinds)[number];

export interface ConsentState {
  readonly kind: ConsentKind;
  /** When the consent in force was given; null when it is not given (or was withdrawn). */
  readonly givenAt: string | null;
  readonly policyVersion: string | null;
}

export async function listConsentStates(db: Kysely<Database>, userId: string): Promise<ConsentState[]> {
  const rows = await listConsentRows(db, userId);
  return consentKinds.map((kind) => {
    const active = rows.find((row) => row.kind === kind && row.withdrawn_at === null);
    return { kind, givenAt: active?.given_at ?? null, policyVersion: active?.policy_version ?? null };
  });
}

/**
 * Records a consent under the current policy version, in the caller's transaction. A consent given
 * under an older version is closed and given again, so the record shows what was agreed to.
 * Returns false when it was already given under this version.
 */
export async function giveConsent(
  trx: Transaction<Database>,
  userId: string,
  kind: ConsentKind,
): Promise<boolean> {
  const active = await findActiveConsent(trx, userId, kind);
  if (active?.policy_version === privacyPolicyVersion) return false;
  const now = new Date().toISOString();
  if (active) await closeConsent(trx, active.id, now);
  await insertConsent(trx, {
    id: uuidv7(),
    user_id: userId,
    kind,
    policy_version: privacyPolicyVersion,
    given_at: now,
    withdrawn_at: null,
  });
  await appendAudit(trx, {
    action: 'consent-given',
    actorId: userId,
    subjectUserId: userId,
    details: { kind, policyVersion: privacyPolicyVersion },
  });
  return true;
}

/** Withdraws a consent; withdrawing `sex-reporting` also forgets the sex given. False when not given. */
export async function withdrawConsent(
  trx: Transaction<Database>,
  userId: string,
  kind: ConsentKind,
): Promise<boolean> {
  const active = await findActiveConsent(trx, userId, kind);
  if (!active) return false;
  await closeConsent(trx, active.id, new Date().toISOString());
  if (kind === 'sex-reporting') await clearAccountSex(trx, userId);
  await appendAudit(trx, {
    action: 'consent-withdrawn',
    actorId: userId,
    subjectUserId: userId,
    details: { kind, policyVersion: active.policy_version },
  });
  return true;
}

/** The person gives or withdraws one of their optional consents. */
export async function changeOwnConsent(
  deps: { db: Kysely<Database> },
  actor: Actor | undefined,
  change: { kind: ConsentKind; give: boolean },
): Promise<boolean> {
  if (!canManageOwnData(actor)) throw AppError.forbidden('Consents are changed by the person, signed in.');
  return deps.db
    .transaction()
    .execute((trx) =>
      change.give
        ? giveConsent(trx, actor.userId, change.kind)
        : withdrawConsent(trx, actor.userId, change.kind),
    );
}

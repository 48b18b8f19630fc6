import crypto from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { AuditEntryTable } from './audit.table.js';
import { serialiseWrites } from '../db/serial-writes.js';

/** What the audit log records. Closed: a new kind of event is added here first. */
export const auditActions = [
  'sign-in',
  'sign-in-failed',
  'sign-in-locked',
  'sign-out',
  'sign-out-everywhere',
  'account-registered',
  'email-verified',
  'password-changed',
  'password-reset-requested',
  'password-reset',
  'email-change-requested',
  'email-changed',
  'second-factor-enabled',
  'second-factor-disabled',
  'recovery-codes-regenerated',
  'recovery-code-used',
  'role-granted',
  'role-revoked',
  'personal-data-viewed',
  'data-exported',
  'account-erased',
  'consent-given',
  'consent-withdrawn',
  'api-token-created',
  'api-token-revoked',
  'organisation-changed',
  'course-changed',
  'contact-message-viewed',
  'contact-message-replied',
  'contact-message-deleted',
  'first-administrator-created',
  'application-submitted',
  'application-status-changed',
  'applications-viewed',
  'application-ranked',
  'attendance-recorded',
  'participants-enrolled',
  'credential-issued',
  'credential-revoked',
  'credential-shared',
  'recognition-recorded',
  'recognition-withdrawn',
  'instrument-added',
  'instrument-changed',
  'toolkit-resource-approved',
  'toolkit-changes-requested',
  'toolkit-resource-rejected',
  'toolkit-source-changed',
  'toolkit-harvest-requested',
] as const;
export type AuditAction = (typeof auditActions)[number];

export interface AuditEvent {
  readonly action: AuditAction;
  readonly actorId?: string | null;
  readonly subjectUserId?: string | null;
  readonly targetType?: string | null;
  readonly targetId?: string | null;
  readonly reason?: string | null;
  /** Codes and ids only: the log outlives erasures, so it must never hold names or addresses. */
  readonly details?: Readonly<Record<string, string | number | boolean | null>>;
}

export type AuditEntry = Omit<AuditEntryTable, 'details'> & { details: Record<string, unknown> };

export const genesisHash = '0'.repeat(64);

/** The SHA-256 that chains an entry to the one before it. */
export function hashAuditEntry(entry: Omit<AuditEntryTable, 'hash'>): string {
  const canonical = JSON.stringify([
    entry.seq,
    entry.at,
    entry.action,
    entry.actor_id,
    entry.subject_user_id,
    entry.target_type,
    entry.target_id,
    entry.reason,
    entry.details,
  ]);
  return crypto.createHash('sha256').update(entry.previous_hash).update(canonical).digest('hex');
}

/**
 * Appends an event. Entries are serialised (an advisory lock on PostgreSQL; SQLite has one writer),
 * so that each carries the hash of the one before it. Pass the use case's transaction when there is one.
 */
export async function appendAudit(
  db: Kysely<Database> | Transaction<Database>,
  event: AuditEvent,
): Promise<void> {
  const append = async (trx: Transaction<Database>) => {
    await serialiseWrites(trx);
    const last = await trx
      .selectFrom('audit_entry')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const entry = {
      seq: (last?.seq ?? 0) + 1,
      at: new Date().toISOString(),
      action: event.action,
      actor_id: event.actorId ?? null,
      subject_user_id: event.subjectUserId ?? null,
      target_type: event.targetType ?? null,
      target_id: event.targetId ?? null,
      reason: event.reason ?? null,
      details: JSON.stringify(event.details ?? {}),
      previous_hash: last?.hash ?? genesisHash,
    };
    await trx
      .insertInto('audit_entry')
      .values({ ...entry, hash: hashAuditEntry(entry) })
      .execute();
  };
  if (db.isTransaction) await append(db as Transaction<Database>);
  else await db.transaction().execute(append);
}

export type AuditChainReport =
  | { readonly ok: true; readonly entries: number }
  | {
      readonly ok: false;
      readonly entries: number;
      /** The first entry whose hash or link does not match. */
      readonly brokenAt: number;
      readonly problem: 'hash-mismatch' | 'broken-link' | 'gap';
    };

/** Walks the chain from the first entry, in pages, and names the first broken entry. */
export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditChainReport> {
  let previousHash = genesisHash;
  let previousSeq = 0;
  let count = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_entry')
      .selectAll()
      .where('seq', '>', previousSeq)
      .orderBy('seq')
      .limit(1000)
      .execute();
    if (page.length === 0) return { ok: true, entries: count };
    for (const row of page) {
      count += 1;
      const { hash, ...rest } = row;
      if (row.seq !== previousSeq + 1)
        return { ok: false, entries: count, brokenAt: row.seq, problem: 'gap' };
      if (row.previous_hash !== previousHash) {
        return { ok: false, entries: count, brokenAt: row.seq, problem: 'broken-link' };
      }
      if (hashAuditEntry(rest) !== hash)
        return { ok: false, entries: count, brokenAt: row.seq, problem: 'hash-mismatch' };
      previousHash = hash;
      previousSeq = row.seq;
    }
  }
}

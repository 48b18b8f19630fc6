import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { verifyAuditChain } from '../../platform/audit/index.js';
import { canReadAuditLog, type Actor } from '../accounts/index.js';
import { authorize } from './admin.policy.js';
import { listAuditEntries } from './audit-log.repo.js';
import { auditPageSize, type AuditQuery } from './audit-log.schema.js';

/**
 * A filtered page of the audit log, newest first, with the verdict on the whole hash chain: an
 * administrator sees at once whether any entry was altered or removed, and which one first.
 */
export async function browseAuditLog(
  deps: { db: Kysely<Database> },
  actor: Actor | undefined,
  query: AuditQuery,
) {
  authorize(actor, canReadAuditLog);
  const page = query.page ?? 1;
  const [{ entries, total }, chain] = await Promise.all([
    listAuditEntries(deps.db, { ...query, limit: auditPageSize, offset: (page - 1) * auditPageSize }),
    verifyAuditChain(deps.db),
  ]);
  return { entries, total, page, pageCount: Math.max(1, Math.ceil(total / auditPageSize)), chain };
}

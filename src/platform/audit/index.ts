export {
  appendAudit,
  auditActions,
  genesisHash,
  hashAuditEntry,
  verifyAuditChain,
  type AuditAction,
  type AuditChainReport,
  type AuditEvent,
} from './audit.js';
export type { AuditTables } from './audit.table.js';

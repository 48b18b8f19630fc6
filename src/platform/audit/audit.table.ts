/** One entry of the append-only, hash-chained audit log. */
export interface AuditEntryTable {
  seq: number;
  at: string;
  action: string;
  /** Who did it; null for the system or an anonymous visitor. */
  actor_id: string | null;
  /** Whose personal data or account it concerns. */
  subject_user_id: string | null;
  target_type: string | null;
  target_id: string | null;
  /** Why, where the action asks for a reason. */
  reason: string | null;
  /** JSON object of codes and ids; never names, emails or other personal data. */
  details: string;
  previous_hash: string;
  hash: string;
}

export interface AuditTables {
  audit_entry: AuditEntryTable;
}

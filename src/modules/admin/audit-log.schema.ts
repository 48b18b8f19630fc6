import { z } from 'zod';
import { auditActions } from '../../platform/audit/index.js';

export const auditPageSize = 50;

const optionalText = z.string().trim().max(100).optional().catch(undefined);

/** `YYYY-MM-DD`, as date inputs send it, and a real calendar day. */
const optionalDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    // zod runs this even when the pattern failed: the value may not be a date at all.
    const time = Date.parse(`${value}T00:00:00.000Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
  })
  .optional()
  .catch(undefined);

/** Filters of the audit log; malformed values are dropped (it is a search form). */
export const auditQuerySchema = z
  .object({
    action: z.enum(auditActions).optional().catch(undefined),
    actorId: optionalText,
    subjectUserId: optionalText,
    from: optionalDay,
    to: optionalDay,
    page: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined),
  })
  .catch({});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export interface AuditEntryView {
  readonly seq: number;
  readonly at: string;
  /** One of `auditActions`, unless the entry was tampered with. */
  readonly action: string;
  readonly actorId: string | null;
  /** The actor's name while the account exists. */
  readonly actorName: string | null;
  readonly subjectUserId: string | null;
  readonly subjectName: string | null;
  readonly targetType: string | null;
  readonly targetId: string | null;
  readonly reason: string | null;
  readonly details: Readonly<Record<string, unknown>>;
}

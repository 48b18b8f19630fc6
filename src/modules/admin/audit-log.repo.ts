import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import type { AuditEntryView, AuditQuery } from './audit-log.schema.js';

const dayMs = 24 * 60 * 60 * 1000;

function filteredEntries(db: Kysely<Database>, filters: AuditQuery) {
  let query = db.selectFrom('audit_entry');
  if (filters.action) query = query.where('action', '=', filters.action);
  if (filters.actorId) query = query.where('actor_id', '=', filters.actorId);
  if (filters.subjectUserId) query = query.where('subject_user_id', '=', filters.subjectUserId);
  if (filters.from) query = query.where('at', '>=', new Date(`${filters.from}T00:00:00.000Z`).toISOString());
  if (filters.to) {
    // The whole last day is included: up to the start of the next one.
    const end = new Date(new Date(`${filters.to}T00:00:00.000Z`).getTime() + dayMs).toISOString();
    query = query.where('at', '<', end);
  }
  return query;
}

function parseDetails(details: string): Record<string, unknown> {
  try {
    const parsed = JSON.parse(details) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    // A tampered entry may hold anything: shown as it is rather than failing the page.
    return { raw: details };
  }
}

/** A page of entries, newest first, with actor and subject names where the accounts still exist. */
export async function listAuditEntries(
  db: Kysely<Database>,
  filters: AuditQuery & { limit: number; offset: number },
): Promise<{ entries: AuditEntryView[]; total: number }> {
  const [rows, count] = await Promise.all([
    filteredEntries(db, filters)
      .select([
        'seq',
        'at',
        'action',
        'actor_id',
        'subject_user_id',
        'target_type',
        'target_id',
        'reason',
        'details',
      ])
      .orderBy('seq', 'desc')
      .limit(filters.limit)
      .offset(filters.offset)
      .execute(),
    filteredEntries(db, filters)
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirstOrThrow(),
  ]);
  const names = await findUserNames(
    db,
    rows.flatMap((row) => [row.actor_id, row.subject_user_id]).filter((id): id is string => id !== null),
  );
  return {
    total: Number(count.count),
    entries: rows.map((row) => ({
      seq: Number(row.seq),
      at: row.at,
      action: row.action,
      actorId: row.actor_id,
      actorName: row.actor_id ? (names.get(row.actor_id) ?? null) : null,
      subjectUserId: row.subject_user_id,
      subjectName: row.subject_user_id ? (names.get(row.subject_user_id) ?? null) : null,
      targetType: row.target_type,
      targetId: row.target_id,
      reason: row.reason,
      details: parseDetails(row.details),
    })),
  };
}

async function findUserNames(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('user_account').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';

type Db = Kysely<Database>;

/** A participant who met the course's completion rule, with the hours it is worth. */
export interface NewCompletionRecord {
  readonly id: string;
  readonly applicationId: string;
  readonly userId: string;
  readonly courseId: string;
  readonly sessionId: string;
  readonly hours: number;
  readonly attendedDays: number;
  readonly totalDays: number;
  /** Null where no assessment was recorded. */
  readonly assessmentPassed: boolean | null;
  readonly completedAt: string;
}

/** A record as read back: after an erasure it no longer names its application or person. */
export interface CompletionRecord extends Omit<NewCompletionRecord, 'applicationId' | 'userId'> {
  readonly applicationId: string | null;
  readonly userId: string | null;
}

export async function insertCompletionRecord(db: Db, record: NewCompletionRecord): Promise<void> {
  await db
    .insertInto('completion_record')
    .values({
      id: record.id,
      application_id: record.applicationId,
      user_id: record.userId,
      pseudonym_id: null,
      course_id: record.courseId,
      session_id: record.sessionId,
      hours: record.hours,
      attended_days: record.attendedDays,
      total_days: record.totalDays,
      assessment_passed: record.assessmentPassed === null ? null : record.assessmentPassed ? 1 : 0,
      completed_at: record.completedAt,
    })
    .execute();
}

/**
 * Completion records, oldest first, of one person and/or one session (all of them without a filter):
 * what the credentials turn into certificates. Callers check who may read them.
 */
export async function listCompletionRecords(
  db: Db,
  filter: { readonly userId?: string; readonly sessionId?: string } = {},
): Promise<CompletionRecord[]> {
  let query = db.selectFrom('completion_record').selectAll().orderBy('completed_at').orderBy('id');
  if (filter.userId !== undefined) query = query.where('user_id', '=', filter.userId);
  if (filter.sessionId !== undefined) query = query.where('session_id', '=', filter.sessionId);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    applicationId: row.application_id,
    userId: row.user_id,
    courseId: row.course_id,
    sessionId: row.session_id,
    hours: Number(row.hours),
    attendedDays: Number(row.attended_days),
    totalDays: Number(row.total_days),
    assessmentPassed: row.assessment_passed === null ? null : Number(row.assessment_passed) === 1,
    completedAt: new Date(row.completed_at).toISOString(),
  }));
}

import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { findSessionSheet, type SessionSheet } from '../applications/index.js';

type Db = Kysely<Database>;

/** Statuses of the people on a register: their place was confirmed, whatever followed. */
export const registerStatuses = ['confirmed', 'attended', 'no-show', 'completed'] as const;

/** A session as its register needs it: its days, its course's completion rule, who may fill it in. */
export interface RegisterSession extends SessionSheet {
  readonly courseId: string;
  readonly closedAt: string | null;
  readonly hours: number;
  readonly minAttendancePercent: number;
  readonly assessmentRequired: boolean;
}

const iso = (value: string | Date | null): string | null =>
  value === null ? null : new Date(value).toISOString();

/** The session's sheet (title, dates, trainers) with its course's completion rule and the register's state. */
export async function findRegisterSession(
  db: Db,
  sessionId: string,
  language: string,
): Promise<RegisterSession | undefined> {
  const sheet = await findSessionSheet(db, sessionId, language);
  if (!sheet) return undefined;
  const row = await db
    .selectFrom('course_session as s')
    .innerJoin('course as c', 'c.id', 's.course_id')
    .select([
      's.course_id',
      'c.hours',
      'c.completion_min_attendance_percent',
      'c.assessment_required',
      's.attendance_closed_at',
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return {
    ...sheet,
    startsAt: iso(sheet.startsAt) ?? '',
    endsAt: iso(sheet.endsAt) ?? '',
    courseId: row.course_id,
    closedAt: iso(row.attendance_closed_at),
    hours: Number(row.hours),
    minAttendancePercent: Number(row.completion_min_attendance_percent),
    assessmentRequired: Number(row.assessment_required) === 1,
  };
}

/** The applications on the register, by name: whole rows, since closing moves them. */
export function listRegisterApplications(db: Db, sessionId: string) {
  return db
    .selectFrom('application as a')
    .innerJoin('user_account as u', 'u.id', 'a.user_id')
    .selectAll('a')
    .select('u.name')
    .where('a.session_id', '=', sessionId)
    .where('a.status', 'in', registerStatuses)
    .orderBy('u.name')
    .orderBy('a.id')
    .execute();
}
export type RegisterApplication = Awaited<ReturnType<typeof listRegisterApplications>>[number];

export interface StoredMark {
  readonly applicationId: string;
  readonly day: string;
  readonly present: boolean;
}

export async function listMarks(db: Db, applicationIds: readonly string[]): Promise<StoredMark[]> {
  if (applicationIds.length === 0) return [];
  const rows = await db
    .selectFrom('attendance_mark')
    .select(['application_id', 'day', 'present'])
    .where('application_id', 'in', applicationIds)
    .execute();
  return rows.map((row) => ({ applicationId: row.application_id, day: row.day, present: row.present === 1 }));
}

export async function listAssessments(
  db: Db,
  applicationIds: readonly string[],
): Promise<Map<string, boolean>> {
  if (applicationIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('attendance_assessment')
    .select(['application_id', 'passed'])
    .where('application_id', 'in', applicationIds)
    .execute();
  return new Map(rows.map((row) => [row.application_id, row.passed === 1]));
}

/** Sets one participant's mark for one day (a second mark replaces the first). */
export async function saveMark(
  db: Db,
  mark: StoredMark & { readonly markedBy: string; readonly at: string },
): Promise<void> {
  const values = { present: mark.present ? 1 : 0, marked_by_user_id: mark.markedBy, marked_at: mark.at };
  await db
    .insertInto('attendance_mark')
    .values({ application_id: mark.applicationId, day: mark.day, ...values })
    .onConflict((conflict) => conflict.columns(['application_id', 'day']).doUpdateSet(values))
    .execute();
}

export async function saveAssessment(
  db: Db,
  assessment: { applicationId: string; passed: boolean; recordedBy: string; at: string },
): Promise<void> {
  const values = {
    passed: assessment.passed ? 1 : 0,
    recorded_by_user_id: assessment.recordedBy,
    recorded_at: assessment.at,
  };
  await db
    .insertInto('attendance_assessment')
    .values({ application_id: assessment.applicationId, ...values })
    .onConflict((conflict) => conflict.column('application_id').doUpdateSet(values))
    .execute();
}

export async function markRegisterClosed(db: Db, sessionId: string, at: string): Promise<void> {
  await db
    .updateTable('course_session')
    .set({ attendance_closed_at: at })
    .where('id', '=', sessionId)
    .execute();
}

/** Whether the register is closed, read again once the session is locked. */
export async function isRegisterClosed(db: Db, sessionId: string): Promise<boolean> {
  const row = await db
    .selectFrom('course_session')
    .select('attendance_closed_at')
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return row?.attendance_closed_at != null;
}

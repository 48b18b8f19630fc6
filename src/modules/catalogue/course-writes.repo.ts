import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import type { CreateCourseInput, CreateSessionInput } from './catalogue.schema.js';
import type { CourseFormat, CourseLevel, SessionStatus } from './catalogue.table.js';

type Db = Kysely<Database>;

export interface CourseRow {
  readonly providerId: string;
  readonly slug: string;
  readonly externalId: string | null;
  readonly sourceLanguage: string;
  readonly format: CourseFormat;
  readonly level: CourseLevel;
  readonly hours: number;
  readonly fee: { amount: number; currency: string } | null;
  readonly isDemo: boolean;
  /** The completion rule; left out, a new course gets the defaults and a stored one keeps its own. */
  readonly completionMinAttendancePercent?: number | undefined;
  readonly assessmentRequired?: boolean | undefined;
}

function completionRuleValues(row: CourseRow) {
  return {
    ...(row.completionMinAttendancePercent === undefined
      ? {}
      : { completion_min_attendance_percent: row.completionMinAttendancePercent }),
    ...(row.assessmentRequired === undefined ? {} : { assessment_required: row.assessmentRequired ? 1 : 0 }),
  };
}

export async function insertCourse(db: Db, id: string, row: CourseRow): Promise<void> {
  await db
    .insertInto('course')
    .values({
      id,
      provider_id: row.providerId,
      slug: row.slug,
      external_id: row.externalId,
      source_language: row.sourceLanguage,
      format: row.format,
      level: row.level,
      hours: row.hours,
      fee_amount: row.fee?.amount ?? null,
      fee_currency: row.fee?.currency ?? null,
      is_demo: row.isDemo ? 1 : 0,
      ...completionRuleValues(row),
      published_at: null,
    })
    .execute();
}

export async function updateCourseRow(db: Db, id: string, row: CourseRow): Promise<void> {
  await db
    .updateTable('course')
    .set({
      slug: row.slug,
      external_id: row.externalId,
      source_language: row.sourceLanguage,
      format: row.format,
      level: row.level,
      hours: row.hours,
      fee_amount: row.fee?.amount ?? null,
      fee_currency: row.fee?.currency ?? null,
      is_demo: row.isDemo ? 1 : 0,
      ...completionRuleValues(row),
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

export async function setCourseStatus(db: Db, id: string, status: 'published' | 'archived'): Promise<void> {
  const now = new Date().toISOString();
  await db
    .updateTable('course')
    .set({ status, updated_at: now, ...(status === 'published' ? { published_at: now } : {}) })
    .where('id', '=', id)
    .execute();
}

/** Child rows of a course that its input replaces as a whole. */
export type CourseLists = Pick<
  CreateCourseInput,
  'translations' | 'topics' | 'professions' | 'instruments' | 'languages' | 'credits'
>;

export async function replaceCourseLists(
  db: Db,
  courseId: string,
  lists: Partial<CourseLists>,
): Promise<void> {
  if (lists.translations) {
    await db.deleteFrom('course_translation').where('course_id', '=', courseId).execute();
    await db
      .insertInto('course_translation')
      .values(
        lists.translations.map((tr) => ({
          course_id: courseId,
          language: tr.language,
          title: tr.title,
          summary: tr.summary,
          description: tr.description,
          learning_outcomes: tr.learningOutcomes,
          prerequisites: tr.prerequisites,
        })),
      )
      .execute();
  }
  if (lists.topics) await replaceCodes(db, 'course_topic', 'topic_code', courseId, lists.topics);
  if (lists.professions)
    await replaceCodes(db, 'course_profession', 'profession', courseId, lists.professions);
  if (lists.instruments) await replaceCodes(db, 'course_instrument', 'celex', courseId, lists.instruments);
  if (lists.languages) await replaceCodes(db, 'course_language', 'language', courseId, lists.languages);
  if (lists.credits) {
    await db.deleteFrom('course_credit').where('course_id', '=', courseId).execute();
    if (lists.credits.length > 0) {
      await db
        .insertInto('course_credit')
        .values(
          lists.credits.map((credit, position) => ({
            course_id: courseId,
            position,
            system: credit.system,
            amount: credit.amount,
            awarding_body: credit.awardingBody,
          })),
        )
        .execute();
    }
  }
}

type CodeTable = 'course_topic' | 'course_profession' | 'course_instrument' | 'course_language';

async function replaceCodes(
  db: Db,
  table: CodeTable,
  column: 'topic_code' | 'profession' | 'celex' | 'language',
  courseId: string,
  codes: readonly string[],
): Promise<void> {
  await db.deleteFrom(table).where('course_id', '=', courseId).execute();
  const unique = [...new Set(codes)];
  if (unique.length === 0) return;
  // The four tables share their shape: (course_id, <code column>).
  await (db as unknown as Kysely<Record<CodeTable, Record<string, string>>>)
    .insertInto(table)
    .values(unique.map((code) => ({ course_id: courseId, [column]: code })))
    .execute();
}

export async function deleteCourseRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('course').where('id', '=', id).execute();
}

export type SessionRow = Omit<CreateSessionInput, 'quotas' | 'trainers'> & { status: SessionStatus };

function sessionValues(row: SessionRow) {
  return {
    starts_at: new Date(row.startsAt).toISOString(),
    ends_at: new Date(row.endsAt).toISOString(),
    time_zone: row.timeZone,
    venue: row.venue,
    city: row.city,
    country: row.country,
    online_url: row.onlineUrl,
    language: row.language,
    capacity: row.capacity,
    application_deadline: row.applicationDeadline && new Date(row.applicationDeadline).toISOString(),
    selection_deadline: row.selectionDeadline && new Date(row.selectionDeadline).toISOString(),
    status: row.status,
  };
}

export async function insertSession(db: Db, id: string, courseId: string, row: SessionRow): Promise<void> {
  await db
    .insertInto('course_session')
    .values({ id, course_id: courseId, ...sessionValues(row) })
    .execute();
}

export async function updateSessionRow(db: Db, id: string, row: SessionRow): Promise<void> {
  await db
    .updateTable('course_session')
    .set({ ...sessionValues(row), updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}

export async function replaceSessionLists(
  db: Db,
  sessionId: string,
  lists: Pick<CreateSessionInput, 'quotas' | 'trainers'>,
): Promise<void> {
  await db.deleteFrom('course_session_quota').where('session_id', '=', sessionId).execute();
  if (lists.quotas.length > 0) {
    await db
      .insertInto('course_session_quota')
      .values(lists.quotas.map((q) => ({ session_id: sessionId, country: q.country, places: q.places })))
      .execute();
  }
  await db.deleteFrom('course_session_trainer').where('session_id', '=', sessionId).execute();
  const trainers = [...new Set(lists.trainers)];
  if (trainers.length > 0) {
    await db
      .insertInto('course_session_trainer')
      .values(trainers.map((userId) => ({ session_id: sessionId, user_id: userId })))
      .execute();
  }
}

export async function deleteSessionRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('course_session').where('id', '=', id).execute();
}

export async function touchCourse(db: Db, id: string): Promise<void> {
  await db.updateTable('course').set({ updated_at: new Date().toISOString() }).where('id', '=', id).execute();
}

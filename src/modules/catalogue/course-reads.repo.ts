import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../database.js';
import type {
  CourseCreditTable,
  CourseSessionTable,
  CourseTable,
  CourseTranslationTable,
  SessionStatus,
} from './catalogue.table.js';

type Db = Kysely<Database>;

export interface CourseTranslation {
  readonly language: string;
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly learningOutcomes: string;
  readonly prerequisites: string;
}

export interface CourseSession {
  readonly id: string;
  readonly courseId: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly timeZone: string;
  readonly venue: string | null;
  readonly city: string | null;
  readonly country: string | null;
  readonly onlineUrl: string | null;
  readonly language: string;
  readonly capacity: number | null;
  readonly quotas: { country: string; places: number }[];
  readonly applicationDeadline: string | null;
  readonly selectionDeadline: string | null;
  readonly trainers: string[];
  readonly status: SessionStatus;
}

export interface Course {
  readonly id: string;
  readonly providerId: string;
  readonly providerName: string;
  readonly slug: string;
  readonly externalId: string | null;
  readonly sourceLanguage: string;
  readonly format: CourseTable['format'];
  readonly level: CourseTable['level'];
  readonly hours: number;
  readonly fee: { amount: number; currency: string } | null;
  readonly status: 'draft' | 'published' | 'archived';
  readonly isDemo: boolean;
  /** Completion rule: the share of a session's days attended, at least, in percent. */
  readonly completionMinAttendancePercent: number;
  /** Completion rule: a passed assessment is needed too. */
  readonly assessmentRequired: boolean;
  readonly publishedAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly translations: CourseTranslation[];
  readonly topics: string[];
  readonly professions: string[];
  readonly instruments: string[];
  readonly languages: string[];
  readonly credits: { system: 'ECTS' | 'UFC'; amount: number; awardingBody: string }[];
  readonly sessions: CourseSession[];
}

const iso = (value: string | Date | null): string | null =>
  value === null ? null : new Date(value).toISOString();

/** A course with everything about it, by id or slug; undefined when there is none. */
export async function findCourse(db: Db, idOrSlug: string): Promise<Course | undefined> {
  const row = await db
    .selectFrom('course as c')
    .innerJoin('organisation as o', 'o.id', 'c.provider_id')
    .selectAll('c')
    .select('o.name as provider_name')
    .where((eb) => eb.or([eb('c.id', '=', idOrSlug), eb('c.slug', '=', idOrSlug)]))
    .executeTakeFirst();
  if (!row) return undefined;
  const id = row.id;
  const [translations, topics, professions, instruments, languages, credits, sessions] = await Promise.all([
    db.selectFrom('course_translation').selectAll().where('course_id', '=', id).orderBy('language').execute(),
    codes(db, 'course_topic', 'topic_code', id),
    codes(db, 'course_profession', 'profession', id),
    codes(db, 'course_instrument', 'celex', id),
    codes(db, 'course_language', 'language', id),
    db.selectFrom('course_credit').selectAll().where('course_id', '=', id).orderBy('position').execute(),
    listSessions(db, id),
  ]);
  return {
    ...courseFields(row),
    translations: translations.map(toTranslation),
    topics,
    professions,
    instruments,
    languages,
    credits: credits.map(toCredit),
    sessions,
  };
}

type CourseRow = Selectable<CourseTable> & { provider_name: string };
type ScalarFields = Omit<
  Course,
  'translations' | 'topics' | 'professions' | 'instruments' | 'languages' | 'credits' | 'sessions'
>;

/** A course row (joined with its provider's name) as the fields of a Course; shared with the exports. */
export function courseFields(row: CourseRow): ScalarFields {
  return {
    id: row.id,
    providerId: row.provider_id,
    providerName: row.provider_name,
    slug: row.slug,
    externalId: row.external_id,
    sourceLanguage: row.source_language,
    format: row.format,
    level: row.level,
    hours: Number(row.hours),
    fee:
      row.fee_amount === null
        ? null
        : { amount: Number(row.fee_amount), currency: row.fee_currency ?? 'EUR' },
    status: row.status,
    isDemo: row.is_demo === 1,
    completionMinAttendancePercent: Number(row.completion_min_attendance_percent),
    assessmentRequired: Number(row.assessment_required) === 1,
    publishedAt: iso(row.published_at),
    createdAt: iso(row.created_at) ?? '',
    updatedAt: iso(row.updated_at) ?? '',
  };
}

export function toCredit(row: Selectable<CourseCreditTable>): Course['credits'][number] {
  return { system: row.system, amount: Number(row.amount), awardingBody: row.awarding_body };
}

/** A session row as the public fields of a session: quotas and trainers are read apart. */
export function sessionFields(
  row: Selectable<CourseSessionTable>,
): Omit<CourseSession, 'quotas' | 'trainers'> {
  return {
    id: row.id,
    courseId: row.course_id,
    startsAt: iso(row.starts_at) ?? '',
    endsAt: iso(row.ends_at) ?? '',
    timeZone: row.time_zone,
    venue: row.venue,
    city: row.city,
    country: row.country,
    onlineUrl: row.online_url,
    language: row.language,
    capacity: row.capacity,
    applicationDeadline: iso(row.application_deadline),
    selectionDeadline: iso(row.selection_deadline),
    status: row.status,
  };
}

export function toTranslation(row: Selectable<CourseTranslationTable>): CourseTranslation {
  return {
    language: row.language,
    title: row.title,
    summary: row.summary,
    description: row.description,
    learningOutcomes: row.learning_outcomes,
    prerequisites: row.prerequisites,
  };
}

async function codes(
  db: Db,
  table: 'course_topic' | 'course_profession' | 'course_instrument' | 'course_language',
  column: 'topic_code' | 'profession' | 'celex' | 'language',
  courseId: string,
): Promise<string[]> {
  const rows = await (db as unknown as Kysely<Record<string, Record<string, string>>>)
    .selectFrom(table)
    .select(column)
    .where('course_id', '=', courseId)
    .orderBy(column)
    .execute();
  return rows.map((row) => String(row[column]));
}

/** Sessions of a course, earliest first, with their quotas and trainers. */
export async function listSessions(db: Db, courseId: string): Promise<CourseSession[]> {
  const rows = await db
    .selectFrom('course_session')
    .selectAll()
    .where('course_id', '=', courseId)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [quotas, trainers] = await Promise.all([
    db
      .selectFrom('course_session_quota')
      .selectAll()
      .where('session_id', 'in', ids)
      .orderBy('country')
      .execute(),
    db
      .selectFrom('course_session_trainer')
      .selectAll()
      .where('session_id', 'in', ids)
      .orderBy('user_id')
      .execute(),
  ]);
  return rows.map((row) => ({
    ...sessionFields(row),
    quotas: quotas
      .filter((q) => q.session_id === row.id)
      .map((q) => ({ country: q.country, places: q.places })),
    trainers: trainers.filter((tr) => tr.session_id === row.id).map((tr) => tr.user_id),
  }));
}

import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import {
  courseFields,
  sessionFields,
  toCredit,
  toTranslation,
  type Course,
  type CourseSession,
} from './course-reads.repo.js';

type Db = Kysely<Database>;

/** A published course as exports need it: no quotas or trainers, which stay internal. */
export type ExportedCourse = Omit<Course, 'sessions'> & {
  readonly sessions: Omit<CourseSession, 'quotas' | 'trainers'>[];
};

export interface ExportSelection {
  /** One course by slug; all published courses when absent. */
  readonly slug?: string;
}

/**
 * Every published course (or one, by slug) with its lists and sessions, in a fixed number of queries
 * whatever the size of the catalogue: exports must not issue one query per course.
 */
export async function findExportedCourses(
  db: Db,
  selection: ExportSelection = {},
): Promise<ExportedCourse[]> {
  let query = db
    .selectFrom('course as c')
    .innerJoin('organisation as o', 'o.id', 'c.provider_id')
    .selectAll('c')
    .select('o.name as provider_name')
    .where('c.status', '=', 'published');
  if (selection.slug !== undefined) query = query.where('c.slug', '=', selection.slug);
  const rows = await query.orderBy('c.slug').execute();
  if (rows.length === 0) return [];
  // A subquery rather than a list of ids: a whole catalogue exceeds the databases' parameter limits.
  const ids = selectedIds(db, selection);
  const [translations, lists, credits, sessions] = await Promise.all([
    db
      .selectFrom('course_translation')
      .selectAll()
      .where('course_id', 'in', ids)
      .orderBy('language')
      .execute()
      .then(byCourse),
    findCodeLists(db, ids),
    db
      .selectFrom('course_credit')
      .selectAll()
      .where('course_id', 'in', ids)
      .orderBy('position')
      .execute()
      .then(byCourse),
    db
      .selectFrom('course_session')
      .selectAll()
      .where('course_id', 'in', ids)
      .orderBy('starts_at')
      .orderBy('id')
      .execute()
      .then(byCourse),
  ]);
  return rows.map((row) => ({
    ...courseFields(row),
    translations: (translations.get(row.id) ?? []).map(toTranslation),
    topics: lists.of('topic', row.id),
    professions: lists.of('profession', row.id),
    instruments: lists.of('instrument', row.id),
    languages: lists.of('language', row.id),
    credits: (credits.get(row.id) ?? []).map(toCredit),
    sessions: (sessions.get(row.id) ?? []).map(sessionFields),
  }));
}

type CodeList = 'topic' | 'profession' | 'instrument' | 'language';

/** The four code lists of the courses, sorted, grouped by course. */
async function findCodeLists(db: Db, ids: ReturnType<typeof selectedIds>) {
  const [topic, profession, instrument, language] = await Promise.all([
    db
      .selectFrom('course_topic')
      .select(['course_id', 'topic_code as code'])
      .where('course_id', 'in', ids)
      .orderBy('topic_code')
      .execute(),
    db
      .selectFrom('course_profession')
      .select(['course_id', 'profession as code'])
      .where('course_id', 'in', ids)
      .orderBy('profession')
      .execute(),
    db
      .selectFrom('course_instrument')
      .select(['course_id', 'celex as code'])
      .where('course_id', 'in', ids)
      .orderBy('celex')
      .execute(),
    db
      .selectFrom('course_language')
      .select(['course_id', 'language as code'])
      .where('course_id', 'in', ids)
      .orderBy('language')
      .execute(),
  ]);
  const all = {
    topic: byCourse(topic),
    profession: byCourse(profession),
    instrument: byCourse(instrument),
    language: byCourse(language),
  };
  return {
    of: (list: CodeList, courseId: string) => (all[list].get(courseId) ?? []).map((row) => row.code),
  };
}

function selectedIds(db: Db, selection: ExportSelection) {
  let query = db.selectFrom('course').select('id').where('status', '=', 'published');
  if (selection.slug !== undefined) query = query.where('slug', '=', selection.slug);
  return query;
}

/** Rows grouped by their course, keeping their order. */
function byCourse<T extends { course_id: string }>(rows: T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.course_id);
    if (list) list.push(row);
    else grouped.set(row.course_id, [row]);
  }
  return grouped;
}

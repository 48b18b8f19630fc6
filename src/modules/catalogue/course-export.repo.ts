import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import type { Course, CourseSession, CourseTranslation } from './course-reads.repo.js';

type Db = Kysely<Database>;

/** A published course as exports need it: no quotas or trainers, which stay internal. */
export type ExportedCourse = Omit<Course, 'sessions'> & {
  readonly sessions: Omit<CourseSession, 'quotas' | 'trainers'>[];
};

export interface ExportSelection {
  /** One course by slug; all published courses when absent. */
  readonly slug?: string;
}

const iso = (value: string | Date | null): string | null =>
  value === null ? null : new Date(value).toISOString();

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
    publishedAt: iso(row.published_at),
    createdAt: iso(row.created_at) ?? '',
    updatedAt: iso(row.updated_at) ?? '',
    translations: (translations.get(row.id) ?? []).map(toTranslation),
    topics: lists.of('topic', row.id),
    professions: lists.of('profession', row.id),
    instruments: lists.of('instrument', row.id),
    languages: lists.of('language', row.id),
    credits: (credits.get(row.id) ?? []).map((c) => ({
      system: c.system,
      amount: Number(c.amount),
      awardingBody: c.awarding_body,
    })),
    sessions: (sessions.get(row.id) ?? []).map((s) => ({
      id: s.id,
      courseId: s.course_id,
      startsAt: iso(s.starts_at) ?? '',
      endsAt: iso(s.ends_at) ?? '',
      timeZone: s.time_zone,
      venue: s.venue,
      city: s.city,
      country: s.country,
      onlineUrl: s.online_url,
      language: s.language,
      capacity: s.capacity,
      applicationDeadline: iso(s.application_deadline),
      selectionDeadline: iso(s.selection_deadline),
      status: s.status,
    })),
  }));
}

function toTranslation(row: {
  language: string;
  title: string;
  summary: string;
  description: string;
  learning_outcomes: string;
  prerequisites: string;
}): CourseTranslation {
  return {
    language: row.language,
    title: row.title,
    summary: row.summary,
    description: row.description,
    learningOutcomes: row.learning_outcomes,
    prerequisites: row.prerequisites,
  };
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

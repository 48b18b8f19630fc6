import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { CourseRecognitionTable, RecognitionCreditSystem } from './recognition.table.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** A recognition as stored, with its body's and course's names for display. */
export interface RecognitionRecord {
  readonly id: string;
  readonly courseId: string;
  readonly courseSlug: string;
  readonly courseTitle: string;
  /** Language of `courseTitle`: the requested one, else the course's source language. */
  readonly courseTitleLanguage: string;
  readonly organisationId: string;
  readonly organisationSlug: string;
  readonly organisationName: string;
  readonly organisationWebsite: string | null;
  readonly creditSystem: RecognitionCreditSystem;
  readonly amount: number;
  readonly conditions: string;
  readonly validFrom: string;
  readonly validUntil: string | null;
  readonly recordedAt: string;
  readonly withdrawnAt: string | null;
}

/** The organisation facts that decide whether it is an academic body. */
export interface BodyRow {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly awardsCredits: boolean;
}

/** A published course a recognition may be recorded for. */
export interface CourseChoice {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly language: string;
}

/** `YYYY-MM-DD` of an instant, in UTC: the day validity dates are compared with. */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);

function selectRecognitions(db: Executor, language: string) {
  return db
    .selectFrom('course_recognition as r')
    .innerJoin('course as c', 'c.id', 'r.course_id')
    .innerJoin('organisation as o', 'o.id', 'r.organisation_id')
    .leftJoin('course_translation as own', (join) =>
      join.onRef('own.course_id', '=', 'c.id').on('own.language', '=', language),
    )
    .leftJoin('course_translation as source', (join) =>
      join.onRef('source.course_id', '=', 'c.id').onRef('source.language', '=', 'c.source_language'),
    )
    .select([
      'r.id',
      'r.course_id',
      'c.slug as course_slug',
      'c.source_language',
      'own.title as own_title',
      'source.title as source_title',
      'r.organisation_id',
      'o.slug as organisation_slug',
      'o.name as organisation_name',
      'o.website as organisation_website',
      'r.credit_system',
      'r.amount',
      'r.conditions',
      'r.valid_from',
      'r.valid_until',
      'r.created_at',
      'r.withdrawn_at',
    ]);
}

type RecognitionRow = Awaited<ReturnType<ReturnType<typeof selectRecognitions>['executeTakeFirstOrThrow']>>;

function toRecord(row: RecognitionRow, language: string): RecognitionRecord {
  return {
    id: row.id,
    courseId: row.course_id,
    courseSlug: row.course_slug,
    courseTitle: row.own_title ?? row.source_title ?? row.course_slug,
    courseTitleLanguage: row.own_title ? language : row.source_language,
    organisationId: row.organisation_id,
    organisationSlug: row.organisation_slug,
    organisationName: row.organisation_name,
    organisationWebsite: row.organisation_website,
    creditSystem: row.credit_system,
    amount: Number(row.amount),
    conditions: row.conditions,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    recordedAt: new Date(row.created_at).toISOString(),
    withdrawnAt: row.withdrawn_at ? new Date(row.withdrawn_at).toISOString() : null,
  };
}

/** A course's recognitions in force on `at`'s day: within their validity and not withdrawn. */
export async function findActiveRecognitions(
  db: Executor,
  courseId: string,
  at: Date,
  language: string,
): Promise<RecognitionRecord[]> {
  const day = dayOf(at);
  const rows = await selectRecognitions(db, language)
    .where('r.course_id', '=', courseId)
    .where('r.withdrawn_at', 'is', null)
    .where('r.valid_from', '<=', day)
    .where((eb) => eb.or([eb('r.valid_until', 'is', null), eb('r.valid_until', '>=', day)]))
    .orderBy('o.name')
    .orderBy('r.credit_system')
    .orderBy('r.id')
    .execute();
  return rows.map((row) => toRecord(row, language));
}

/** Every recognition the given bodies recorded (withdrawn and expired too), newest first. */
export async function findRecognitionsOfBodies(
  db: Executor,
  organisationIds: readonly string[],
  language: string,
): Promise<RecognitionRecord[]> {
  if (organisationIds.length === 0) return [];
  const rows = await selectRecognitions(db, language)
    .where('r.organisation_id', 'in', [...organisationIds])
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
  return rows.map((row) => toRecord(row, language));
}

export async function findRecognition(
  db: Executor,
  id: string,
  language = 'en',
): Promise<RecognitionRecord | undefined> {
  const row = await selectRecognitions(db, language).where('r.id', '=', id).executeTakeFirst();
  return row ? toRecord(row, language) : undefined;
}

export async function insertRecognition(
  db: Executor,
  row: Omit<CourseRecognitionTable, 'created_at' | 'updated_at' | 'withdrawn_at'> & { created_at: string },
): Promise<void> {
  await db
    .insertInto('course_recognition')
    .values({ ...row, updated_at: row.created_at, withdrawn_at: null })
    .execute();
}

/** Marks a recognition withdrawn; false when it already was (or does not exist). */
export async function markWithdrawn(db: Executor, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('course_recognition')
    .set({ withdrawn_at: at, updated_at: at })
    .where('id', '=', id)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function findBody(db: Executor, organisationId: string): Promise<BodyRow | undefined> {
  const row = await db
    .selectFrom('organisation')
    .select(['id', 'name', 'type', 'awards_credits'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return row && { id: row.id, name: row.name, type: row.type, awardsCredits: row.awards_credits === 1 };
}

/** Academic bodies, all of them or those among `organisationIds`, by name. */
export async function findAcademicBodies(
  db: Executor,
  organisationIds: readonly string[] | 'all',
): Promise<BodyRow[]> {
  if (organisationIds !== 'all' && organisationIds.length === 0) return [];
  let query = db
    .selectFrom('organisation')
    .select(['id', 'name', 'type', 'awards_credits'])
    .where((eb) => eb.or([eb('type', '=', 'university'), eb('awards_credits', '=', 1)]));
  if (organisationIds !== 'all') query = query.where('id', 'in', [...organisationIds]);
  const rows = await query.orderBy('name').execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    type: row.type,
    awardsCredits: row.awards_credits === 1,
  }));
}

/** A published course by its id or its slug. */
export async function findPublishedCourse(
  db: Executor,
  idOrSlug: string,
): Promise<{ id: string; slug: string } | undefined> {
  return db
    .selectFrom('course')
    .select(['id', 'slug'])
    .where('status', '=', 'published')
    .where((eb) => eb.or([eb('id', '=', idOrSlug), eb('slug', '=', idOrSlug)]))
    .executeTakeFirst();
}

/** Published courses by title in `language` (else their source language), for the recording form. */
export async function findPublishedCourseChoices(
  db: Executor,
  language: string,
  limit = 1000,
): Promise<CourseChoice[]> {
  const rows = await db
    .selectFrom('course as c')
    .leftJoin('course_translation as own', (join) =>
      join.onRef('own.course_id', '=', 'c.id').on('own.language', '=', language),
    )
    .leftJoin('course_translation as source', (join) =>
      join.onRef('source.course_id', '=', 'c.id').onRef('source.language', '=', 'c.source_language'),
    )
    .select(['c.id', 'c.slug', 'c.source_language', 'own.title as own_title', 'source.title as source_title'])
    .where('c.status', '=', 'published')
    .limit(limit)
    .execute();
  return rows
    .map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.own_title ?? row.source_title ?? row.slug,
      language: row.own_title ? language : row.source_language,
    }))
    .sort((a, b) => a.title.localeCompare(b.title, language));
}

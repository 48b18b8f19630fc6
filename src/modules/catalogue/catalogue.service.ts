import type { Kysely, Transaction } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { AppDeps } from '../../app-deps.js';
import type { Database } from '../../database.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError, type FieldProblem } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import { canManageCourses } from './catalogue.policy.js';
import type { CreateCourseInput, UpdateCourseInput } from './catalogue.schema.js';
import { indexCourse, unindexCourse } from './catalogue.search.js';
import { findCourse, type Course } from './course-reads.repo.js';
import {
  deleteCourseRow,
  insertCourse,
  replaceCourseLists,
  setCourseStatus,
  updateCourseRow,
  type CourseRow,
} from './course-writes.repo.js';

type Deps = Pick<AppDeps, 'db' | 'search'>;

/** A course as anyone may see it: published ones to all, others only to those who manage them. */
export async function getCourse(deps: Deps, actor: Actor | undefined, idOrSlug: string): Promise<Course> {
  const course = await findCourse(deps.db, idOrSlug);
  if (!course) throw AppError.notFound('There is no such course.');
  if (canManageCourses(actor, course.providerId)) return course;
  if (course.status !== 'published') throw AppError.notFound('There is no such course.');
  return { ...course, sessions: course.sessions.filter((session) => session.status !== 'cancelled') };
}

/** The course `actor` may change: authorisation comes first, then the course's existence is told. */
export async function getManagedCourse(db: Kysely<Database>, actor: Actor, id: string): Promise<Course> {
  requireScope(actor, 'write');
  const course = await findCourse(db, id);
  if (!course || course.id !== id) throw AppError.notFound('There is no such course.');
  if (!canManageCourses(actor, course.providerId)) {
    throw AppError.forbidden('Only managers of the course’s provider may change it.');
  }
  return course;
}

export async function createCourse(deps: Deps, actor: Actor, input: CreateCourseInput): Promise<Course> {
  requireScope(actor, 'write');
  if (!canManageCourses(actor, input.providerId)) {
    throw AppError.forbidden('Only managers of that provider may add its courses.');
  }
  const provider = await deps.db
    .selectFrom('organisation')
    .select(['id', 'is_provider'])
    .where('id', '=', input.providerId)
    .executeTakeFirst();
  if (!provider || provider.is_provider !== 1) {
    throw invalid([{ field: 'providerId', message: 'is not a training provider' }]);
  }
  const id = uuidv7();
  return writeCourse(
    deps,
    id,
    async (trx) => {
      await checkCourse(trx, input, id);
      await insertCourse(trx, id, courseRow(input));
      await replaceCourseLists(trx, id, input);
    },
    { actor, change: 'created' },
  );
}

export async function updateCourse(
  deps: Deps,
  actor: Actor,
  id: string,
  patch: UpdateCourseInput,
): Promise<Course> {
  const course = await getManagedCourse(deps.db, actor, id);
  const merged = { ...currentInput(course), ...patch };
  return writeCourse(
    deps,
    id,
    async (trx) => {
      await checkCourse(trx, merged, id);
      await updateCourseRow(trx, id, courseRow(merged));
      await replaceCourseLists(trx, id, patch);
    },
    { actor, change: 'updated' },
  );
}

export async function changeCourseStatus(
  deps: Deps,
  actor: Actor,
  id: string,
  status: 'published' | 'archived',
): Promise<Course> {
  await getManagedCourse(deps.db, actor, id);
  return writeCourse(deps, id, (trx) => setCourseStatus(trx, id, status), { actor, change: status });
}

export async function deleteCourse(deps: Deps, actor: Actor, id: string): Promise<void> {
  await getManagedCourse(deps.db, actor, id);
  await deps.db.transaction().execute(async (trx) => {
    await deleteCourseRow(trx, id);
    await unindexCourse(deps.search.withTransaction(trx), id);
    await auditCourseChange(trx, id, { actor, change: 'deleted' });
  });
}

/** Runs `work` and re-indexes the course in the same transaction, so the index never disagrees. */
export async function writeCourse(
  deps: Deps,
  id: string,
  work: (trx: Transaction<Database>) => Promise<void>,
  change: CourseChange,
): Promise<Course> {
  try {
    return await deps.db
      .transaction()
      .execute((trx) => writeCourseInTransaction(trx, deps.search, id, work, change));
  } catch (error) {
    // Two writers racing past the checks for the same slug or external id: the constraint decides.
    if (isUniqueViolation(error))
      throw new AppError('conflict', 'Another course has this slug or external id.');
    throw error;
  }
}

/** `writeCourse` within a transaction the caller opened (the course import writes many at once). */
export async function writeCourseInTransaction(
  trx: Transaction<Database>,
  search: Deps['search'],
  id: string,
  work: (trx: Transaction<Database>) => Promise<void>,
  change: CourseChange,
): Promise<Course> {
  await work(trx);
  const course = await findCourse(trx, id);
  if (!course) throw AppError.notFound('There is no such course.');
  await indexCourse(search.withTransaction(trx), course);
  await auditCourseChange(trx, id, change);
  return course;
}

export interface CourseChange {
  /** Who made the change; undefined for the platform itself (the demo content set). */
  readonly actor: Actor | undefined;
  readonly change:
    | 'created'
    | 'updated'
    | 'published'
    | 'archived'
    | 'deleted'
    | 'session-added'
    | 'session-updated'
    | 'session-deleted';
}

function auditCourseChange(
  trx: Transaction<Database>,
  id: string,
  { actor, change }: CourseChange,
): Promise<void> {
  return appendAudit(trx, {
    action: 'course-changed',
    actorId: actor?.userId ?? null,
    targetType: 'course',
    targetId: id,
    details: { change },
  });
}

export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export type CourseInput = Omit<CreateCourseInput, 'providerId'> & { providerId: string };

export function currentInput(course: Course): CourseInput {
  return {
    providerId: course.providerId,
    slug: course.slug,
    externalId: course.externalId,
    sourceLanguage: course.sourceLanguage as CourseInput['sourceLanguage'],
    format: course.format,
    level: course.level,
    hours: course.hours,
    fee: course.fee,
    translations: [...course.translations] as CourseInput['translations'],
    topics: [...course.topics],
    professions: [...course.professions] as CourseInput['professions'],
    instruments: [...course.instruments],
    languages: [...course.languages] as CourseInput['languages'],
    credits: [...course.credits],
    isDemo: course.isDemo,
    completionMinAttendancePercent: course.completionMinAttendancePercent,
    assessmentRequired: course.assessmentRequired,
  };
}

function courseRow(input: CourseInput): CourseRow {
  return { ...input, providerId: input.providerId };
}

/** Rules across fields and rows: reported together, naming each field. */
export async function checkCourse(db: Kysely<Database>, input: CourseInput, id: string): Promise<void> {
  const problems: FieldProblem[] = [];
  const languages = input.translations.map((translation) => translation.language);
  if (new Set(languages).size !== languages.length) {
    problems.push({ field: 'translations', message: 'has two translations in one language' });
  }
  if (!languages.includes(input.sourceLanguage)) {
    problems.push({ field: 'sourceLanguage', message: 'has no translation' });
  }
  const topics = [...new Set(input.topics)];
  if (topics.length > 0) {
    const known = await db.selectFrom('topic').select('code').where('code', 'in', topics).execute();
    if (known.length !== topics.length) problems.push({ field: 'topics', message: 'holds an unknown topic' });
  }
  if (problems.length > 0) throw invalid(problems);
  await checkUnique(db, input, id);
}

async function checkUnique(db: Kysely<Database>, input: CourseInput, id: string): Promise<void> {
  const slugTaken = await db
    .selectFrom('course')
    .select('id')
    .where('slug', '=', input.slug)
    .where('id', '!=', id)
    .executeTakeFirst();
  if (slugTaken)
    throw new AppError('conflict', 'Another course has this slug.', [{ field: 'slug', message: 'is taken' }]);
  if (input.externalId === null) return;
  const externalTaken = await db
    .selectFrom('course')
    .select('id')
    .where('provider_id', '=', input.providerId)
    .where('external_id', '=', input.externalId)
    .where('id', '!=', id)
    .executeTakeFirst();
  if (externalTaken) {
    throw new AppError('conflict', 'Another course of this provider has this external id.', [
      { field: 'externalId', message: 'is taken' },
    ]);
  }
}

export function invalid(fields: FieldProblem[]): AppError {
  return new AppError(
    'validation-failed',
    'The request is not valid: see the errors for each field.',
    fields,
  );
}

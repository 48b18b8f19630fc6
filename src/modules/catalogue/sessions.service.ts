import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { AppDeps } from '../../app-deps.js';
import type { Database } from '../../database.js';
import { AppError, type FieldProblem } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import type { CreateSessionInput, UpdateSessionInput } from './catalogue.schema.js';
import { getManagedCourse, invalid, writeCourse } from './catalogue.service.js';
import type { Course, CourseSession } from './course-reads.repo.js';
import {
  deleteSessionRow,
  insertSession,
  replaceSessionLists,
  touchCourse,
  updateSessionRow,
} from './course-writes.repo.js';

type Deps = Pick<AppDeps, 'db' | 'search'>;

export async function createSession(
  deps: Deps,
  actor: Actor,
  courseId: string,
  input: CreateSessionInput,
): Promise<CourseSession> {
  await getManagedCourse(deps.db, actor, courseId);
  const id = uuidv7();
  const course = await writeCourse(
    deps,
    courseId,
    async (trx) => {
      await checkSession(trx, input);
      await insertSession(trx, id, courseId, input);
      await replaceSessionLists(trx, id, input);
      await touchCourse(trx, courseId);
    },
    { actor, change: 'session-added' },
  );
  return sessionOf(course, id);
}

export async function updateSession(
  deps: Deps,
  actor: Actor,
  courseId: string,
  sessionId: string,
  patch: UpdateSessionInput,
): Promise<CourseSession> {
  const current = sessionOf(await getManagedCourse(deps.db, actor, courseId), sessionId);
  const merged = { ...current, ...patch } as CreateSessionInput;
  const course = await writeCourse(
    deps,
    courseId,
    async (trx) => {
      await checkSession(trx, merged);
      await updateSessionRow(trx, sessionId, merged);
      await replaceSessionLists(trx, sessionId, merged);
      await touchCourse(trx, courseId);
    },
    { actor, change: 'session-updated' },
  );
  return sessionOf(course, sessionId);
}

export async function deleteSession(
  deps: Deps,
  actor: Actor,
  courseId: string,
  sessionId: string,
): Promise<void> {
  sessionOf(await getManagedCourse(deps.db, actor, courseId), sessionId);
  await writeCourse(
    deps,
    courseId,
    async (trx) => {
      await deleteSessionRow(trx, sessionId);
      await touchCourse(trx, courseId);
    },
    { actor, change: 'session-deleted' },
  );
}

function sessionOf(course: Course, sessionId: string): CourseSession {
  const session = course.sessions.find((candidate) => candidate.id === sessionId);
  if (!session) throw AppError.notFound('The course has no such session.');
  return session;
}

/** Rules across fields: dates in order, quotas within capacity, trainers who exist. */
async function checkSession(db: Kysely<Database>, input: CreateSessionInput): Promise<void> {
  const problems: FieldProblem[] = [];
  const starts = Date.parse(input.startsAt);
  if (Date.parse(input.endsAt) < starts) problems.push({ field: 'endsAt', message: 'is before the start' });
  for (const field of ['applicationDeadline', 'selectionDeadline'] as const) {
    const value = input[field];
    if (value && Date.parse(value) > starts) problems.push({ field, message: 'is after the start' });
  }
  const countries = input.quotas.map((quota) => quota.country);
  if (new Set(countries).size !== countries.length) {
    problems.push({ field: 'quotas', message: 'names a country twice' });
  }
  const reserved = input.quotas.reduce((sum, quota) => sum + quota.places, 0);
  if (input.capacity !== null && reserved > input.capacity) {
    problems.push({ field: 'quotas', message: 'reserve more places than the capacity' });
  }
  if (input.venue === null && input.onlineUrl === null) {
    problems.push({ field: 'venue', message: 'is required without an online link' });
  }
  const trainers = [...new Set(input.trainers)];
  if (trainers.length > 0) {
    const known = await db.selectFrom('user_account').select('id').where('id', 'in', trainers).execute();
    if (known.length !== trainers.length)
      problems.push({ field: 'trainers', message: 'holds an unknown user' });
  }
  if (problems.length > 0) throw invalid(problems);
}

import { uuidv7 } from 'uuidv7';
import type { AppDeps } from '../../app-deps.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import { canActForBody, isAcademicBody, partnerAdminScopes } from './recognition.policy.js';
import {
  findAcademicBodies,
  findActiveRecognitions,
  findBody,
  findPublishedCourse,
  findPublishedCourseChoices,
  findRecognition,
  findRecognitionsOfBodies,
  insertRecognition,
  markWithdrawn,
  type BodyRow,
  type CourseChoice,
  type RecognitionRecord,
} from './recognition.repo.js';
import { recognitionInputSchema, type RecognitionInput } from './recognition.schema.js';

type Deps = Pick<AppDeps, 'db'>;

/**
 * An academic body's partner admin (or an administrator) records that the body recognises a published
 * course's credits. The body must be academic: a university, or an organisation marked as awarding
 * credits. Audited.
 */
export async function recordRecognition(
  deps: Deps,
  actor: Actor,
  options: { courseIdOrSlug: string; input: RecognitionInput; now?: Date },
): Promise<RecognitionRecord> {
  requireScope(actor, 'write');
  const input = validate(options.input);
  const course = await findPublishedCourse(deps.db, options.courseIdOrSlug);
  if (!course) throw AppError.notFound('There is no such published course.');
  await requireAcademicBodyOf(deps, actor, input.organisationId);
  const id = uuidv7();
  const at = (options.now ?? new Date()).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await insertRecognition(trx, {
      id,
      course_id: course.id,
      organisation_id: input.organisationId,
      credit_system: input.creditSystem,
      amount: input.amount,
      conditions: input.conditions,
      valid_from: input.validFrom,
      valid_until: input.validUntil ?? null,
      recorded_by_user_id: actor.userId,
      created_at: at,
    });
    await appendAudit(trx, {
      action: 'recognition-recorded',
      actorId: actor.userId,
      targetType: 'course_recognition',
      targetId: id,
      details: {
        courseId: course.id,
        organisationId: input.organisationId,
        creditSystem: input.creditSystem,
        amount: input.amount,
      },
    });
  });
  return (await findRecognition(deps.db, id))!;
}

/** The body's partner admin (or an administrator) withdraws a recognition in force. Audited. */
export async function withdrawRecognition(
  deps: Deps,
  actor: Actor,
  options: { id: string; now?: Date },
): Promise<RecognitionRecord> {
  requireScope(actor, 'write');
  const current = await findRecognition(deps.db, options.id);
  if (!current) throw AppError.notFound('There is no such recognition.');
  if (!canActForBody(actor, current.organisationId)) throw AppError.forbidden();
  const at = (options.now ?? new Date()).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await markWithdrawn(trx, current.id, at))) {
      throw new AppError('conflict', 'This recognition is already withdrawn.');
    }
    await appendAudit(trx, {
      action: 'recognition-withdrawn',
      actorId: actor.userId,
      targetType: 'course_recognition',
      targetId: current.id,
      details: { courseId: current.courseId, organisationId: current.organisationId },
    });
  });
  return (await findRecognition(deps.db, current.id))!;
}

/** A published course's recognitions in force on `at`'s day, for everyone. */
export async function listCourseRecognitions(
  deps: Deps,
  options: { courseIdOrSlug: string; at: Date; language: string },
): Promise<RecognitionRecord[]> {
  const course = await findPublishedCourse(deps.db, options.courseIdOrSlug);
  if (!course) throw AppError.notFound('There is no such published course.');
  return findActiveRecognitions(deps.db, course.id, options.at, options.language);
}

/** What the management page shows: the actor's academic bodies, their recognitions, the courses. */
export interface RecognitionDesk {
  readonly bodies: readonly BodyRow[];
  readonly recognitions: readonly RecognitionRecord[];
  readonly courses: readonly CourseChoice[];
}

/** The recognitions desk of a partner admin: only the academic bodies they act for (all, for admins). */
export async function getRecognitionDesk(
  deps: Deps,
  actor: Actor,
  options: { language: string },
): Promise<RecognitionDesk> {
  const bodies = await findAcademicBodies(deps.db, partnerAdminScopes(actor));
  if (bodies.length === 0) return { bodies, recognitions: [], courses: [] };
  const recognitions = await findRecognitionsOfBodies(
    deps.db,
    bodies.map((body) => body.id),
    options.language,
  );
  const courses = await findPublishedCourseChoices(deps.db, options.language);
  return { bodies, recognitions, courses };
}

function validate(input: RecognitionInput) {
  const parsed = recognitionInputSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => ({
    field: issue.path.join('.') || 'body',
    message: issue.message,
  }));
  throw new AppError('validation-failed', 'The recognition is not valid.', fields);
}

async function requireAcademicBodyOf(deps: Deps, actor: Actor, organisationId: string): Promise<BodyRow> {
  if (!canActForBody(actor, organisationId)) {
    throw AppError.forbidden('You are not a partner admin of this organisation.');
  }
  const body = await findBody(deps.db, organisationId);
  if (!body) throw AppError.notFound('There is no such organisation.');
  if (!isAcademicBody(body)) {
    throw AppError.forbidden('This organisation is not an academic body: it cannot recognise credits.');
  }
  return body;
}

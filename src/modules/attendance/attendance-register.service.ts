import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.js';
import type { Database } from '../../database.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Locale } from '../../platform/i18n/index.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import { canDecideForProvider, lockSession } from '../applications/index.js';
import {
  findRegisterSession,
  isRegisterClosed,
  listAssessments,
  listMarks,
  listRegisterApplications,
  markRegisterClosed,
  saveAssessment,
  saveMark,
  type RegisterApplication,
  type RegisterSession,
} from './attendance-register.repo.js';
import type { AttendanceRegister, RegisterChanges } from './attendance-register.schema.js';
import { closeRegister } from './close-register.js';
import { listCompletionRecords } from './completion-records.repo.js';
import { sessionDays } from './session-days.js';

type Deps = Pick<AppDeps, 'db'>;
type Db = Kysely<Database>;

interface RegisterOptions {
  readonly sessionId: string;
  /** Language of the course title. */
  readonly language: Locale;
  /** The clock: whether the session has started depends on it. */
  readonly now?: Date;
}

/**
 * The attendance register of a session: every participant whose place was confirmed, their mark for
 * each day, their assessment result and completion. For the provider's managers and the session's
 * trainers; each view is audited.
 */
export async function getAttendanceRegister(
  deps: Deps,
  actor: Actor,
  options: RegisterOptions,
): Promise<AttendanceRegister> {
  requireScope(actor, 'read');
  const session = await authorisedSession(deps.db, actor, options);
  const register = await readRegister(deps.db, session, options.now ?? new Date());
  await appendAudit(deps.db, {
    action: 'applications-viewed',
    actorId: actor.userId,
    targetType: 'course_session',
    targetId: session.id,
    details: { scope: 'attendance-register', count: register.participants.length },
  });
  return register;
}

/**
 * Sets marks and assessment results, and closes the register when asked — all in one transaction with
 * the session locked. Answers the register as it then is.
 */
export async function updateAttendanceRegister(
  deps: Deps,
  actor: Actor,
  options: RegisterOptions & { readonly changes: RegisterChanges },
): Promise<AttendanceRegister> {
  requireScope(actor, 'write');
  const now = options.now ?? new Date();
  const { changes } = options;
  const session = await authorisedSession(deps.db, actor, options);
  await deps.db.transaction().execute(async (trx) => {
    await lockSession(trx, session.id);
    if (changes.marks.length === 0 && changes.assessments.length === 0 && !changes.close) return;
    if (await isRegisterClosed(trx, session.id)) {
      throw new AppError('register-closed', 'The attendance register of this session is closed.');
    }
    if (changes.close && now.getTime() < Date.parse(session.startsAt)) {
      throw new AppError('session-not-started', 'The register closes once the session has started.');
    }
    const applications = await listRegisterApplications(trx, session.id);
    const days = daysOf(session);
    checkChanges(changes, days, applications);
    await saveChanges(trx, { actor, changes, applications, at: now.toISOString() });
    if (!changes.close) return;
    await closeRegister(trx, { session, days, applications, actor, now });
    await markRegisterClosed(trx, session.id, now.toISOString());
  });
  return readRegister(deps.db, (await findRegisterSession(deps.db, session.id, options.language))!, now);
}

/** The session, when `actor` manages its provider or trains in it: the rule of the participants list. */
async function authorisedSession(db: Db, actor: Actor, options: RegisterOptions): Promise<RegisterSession> {
  const session = await findRegisterSession(db, options.sessionId, options.language);
  if (!session) throw AppError.notFound('There is no such session.');
  if (!canDecideForProvider(actor, session.providerId) && !session.trainerIds.includes(actor.userId)) {
    throw AppError.forbidden('Only the provider’s managers and the session’s trainers keep its register.');
  }
  return session;
}

const daysOf = (session: RegisterSession) => sessionDays(session.startsAt, session.endsAt, session.timeZone);

/** Every mark on a day of the session, and every change about a participant on the register. */
function checkChanges(
  changes: RegisterChanges,
  days: readonly string[],
  applications: readonly RegisterApplication[],
): void {
  const participants = new Set(applications.map((application) => application.id));
  const notParticipant = (id: string) => !participants.has(id);
  for (const [index, mark] of changes.marks.entries()) {
    if (!days.includes(mark.day)) {
      throw new AppError('not-a-session-day', `${mark.day} is not a day of this session.`, [
        { field: `marks.${index}.day`, message: 'is not a day of the session' },
      ]);
    }
    if (notParticipant(mark.applicationId)) throw notAParticipant(`marks.${index}.applicationId`);
  }
  for (const [index, assessment] of changes.assessments.entries()) {
    if (notParticipant(assessment.applicationId)) throw notAParticipant(`assessments.${index}.applicationId`);
  }
}

const notAParticipant = (field: string) =>
  new AppError('not-a-participant', 'The application is not a confirmed place in this session.', [
    { field, message: 'is not a participant of the session' },
  ]);

/** Writes marks and results, with one audit entry per participant whose record changed. */
async function saveChanges(
  trx: Db,
  options: {
    actor: Actor;
    changes: RegisterChanges;
    applications: readonly RegisterApplication[];
    at: string;
  },
): Promise<void> {
  const { actor, changes, at } = options;
  for (const mark of changes.marks) await saveMark(trx, { ...mark, markedBy: actor.userId, at });
  for (const assessment of changes.assessments) {
    await saveAssessment(trx, { ...assessment, recordedBy: actor.userId, at });
  }
  for (const application of options.applications) {
    const marks = changes.marks.filter((mark) => mark.applicationId === application.id).length;
    const assessment = changes.assessments.findLast((entry) => entry.applicationId === application.id);
    if (marks === 0 && !assessment) continue;
    await appendAudit(trx, {
      action: 'attendance-recorded',
      actorId: actor.userId,
      subjectUserId: application.user_id,
      targetType: 'application',
      targetId: application.id,
      details: { sessionId: application.session_id, marks, assessmentPassed: assessment?.passed ?? null },
    });
  }
}

/** The register as it is stored: participants, their marks by day, results and completion records. */
async function readRegister(db: Db, session: RegisterSession, now: Date): Promise<AttendanceRegister> {
  const days = daysOf(session);
  const applications = await listRegisterApplications(db, session.id);
  const ids = applications.map((application) => application.id);
  const [marks, assessments, records] = await Promise.all([
    listMarks(db, ids),
    listAssessments(db, ids),
    listCompletionRecords(db, { sessionId: session.id }),
  ]);
  return {
    session: {
      id: session.id,
      courseId: session.courseId,
      courseTitle: session.courseTitle,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      timeZone: session.timeZone,
      days,
      hasStarted: now.getTime() >= Date.parse(session.startsAt),
      closedAt: session.closedAt,
    },
    completionRule: {
      minAttendancePercent: session.minAttendancePercent,
      assessmentRequired: session.assessmentRequired,
      hours: session.hours,
    },
    participants: applications.map((application) => {
      const present = (day: string) =>
        marks.find((mark) => mark.applicationId === application.id && mark.day === day)?.present ?? null;
      const record = records.find((candidate) => candidate.applicationId === application.id);
      return {
        applicationId: application.id,
        name: application.name,
        organisation: application.organisation,
        country: application.country,
        status: application.status as AttendanceRegister['participants'][number]['status'],
        marks: days.map((day) => ({ day, present: present(day) })),
        attendedDays: days.filter((day) => present(day) === true).length,
        assessmentPassed: assessments.get(application.id) ?? null,
        completion: record
          ? {
              hours: record.hours,
              attendedDays: record.attendedDays,
              totalDays: record.totalDays,
              completedAt: record.completedAt,
            }
          : null,
      };
    }),
  };
}

import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../database.js';
import type { Actor } from '../accounts/index.js';
import { recordMove, type ApplicationStatus } from '../applications/index.js';
import {
  listAssessments,
  listMarks,
  type RegisterApplication,
  type RegisterSession,
} from './attendance-register.repo.js';
import { insertCompletionRecord } from './completion-records.repo.js';
import { meetsCompletionRule } from './completion-rule.js';

type Db = Kysely<Database>;

/**
 * What closing a register does, in the caller's transaction with the session locked: each confirmed
 * participant becomes `attended` (present at least one day) or `no-show`, by the provider (trainers
 * act for it); then the platform moves those meeting the course's completion rule to `completed`
 * and writes their completion record with the course's hours.
 */
export async function closeRegister(
  trx: Db,
  options: {
    session: RegisterSession;
    days: readonly string[];
    applications: readonly RegisterApplication[];
    actor: Actor;
    now: Date;
  },
): Promise<void> {
  const { session, days, now } = options;
  const ids = options.applications.map((application) => application.id);
  const [marks, assessments] = await Promise.all([listMarks(trx, ids), listAssessments(trx, ids)]);
  for (const application of options.applications) {
    const attendedDays = days.filter((day) =>
      marks.some((mark) => mark.applicationId === application.id && mark.day === day && mark.present),
    ).length;
    let status: ApplicationStatus = application.status;
    if (status === 'confirmed') {
      status = attendedDays > 0 ? 'attended' : 'no-show';
      await recordMove(trx, application, {
        to: status,
        actorUserId: options.actor.userId,
        role: 'provider',
        reason: 'register-closed',
        now,
      });
    }
    const result = {
      attendedDays,
      totalDays: days.length,
      assessmentPassed: assessments.get(application.id) ?? null,
    };
    if (status !== 'attended' || !meetsCompletionRule(session, result)) continue;
    await recordMove(
      trx,
      { ...application, status },
      { to: 'completed', actorUserId: null, role: 'platform', reason: 'completion-rule-met', now },
    );
    await insertCompletionRecord(trx, {
      id: uuidv7(),
      applicationId: application.id,
      userId: application.user_id,
      courseId: session.courseId,
      sessionId: session.id,
      hours: session.hours,
      ...result,
      completedAt: now.toISOString(),
    });
  }
}

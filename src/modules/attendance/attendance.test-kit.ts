import { createUser, type TestApp } from '../../../test/app.js';
import { sessionHeaders } from '../api-tokens/api-tokens.test-kit.js';
import { act, applied } from '../applications/applications.test-kit.js';
import {
  courseBody,
  createCourseViaApi,
  managerHeaders,
  seedProvider,
} from '../catalogue/catalogue.test-kit.js';

type Headers = Record<string, string>;

export interface RegisterParticipantFixture {
  readonly applicationId: string;
  readonly userId: string;
  readonly name: string;
}

export interface RegisterFixture {
  readonly providerId: string;
  readonly manager: Headers;
  readonly courseId: string;
  readonly sessionId: string;
  readonly participants: readonly RegisterParticipantFixture[];
}

/** The five local days (Monday to Friday) of a session that has already taken place. */
export const pastDays = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];

let providerCount = 0;

/**
 * A published course (16 hours, `course` overrides its rule) with one five-day session in Rome whose
 * places `names` applied for and confirmed. With `started`, the session is then moved into the past
 * (applications are only taken before a session starts).
 */
export async function registerFixture(
  t: TestApp,
  options: { names: readonly string[]; course?: Record<string, unknown>; started?: boolean },
): Promise<RegisterFixture> {
  providerCount += 1;
  const providerId = await seedProvider(t, `Police academy ${providerCount}`);
  const manager = await managerHeaders(t, providerId);
  const courseId = await createCourseViaApi(
    t,
    manager,
    courseBody(providerId, { hours: 16, ...options.course }),
    {
      sessions: [
        {
          status: 'open',
          startsAt: '2027-03-08T09:00:00+01:00',
          endsAt: '2027-03-12T17:00:00+01:00',
          timeZone: 'Europe/Rome',
          capacity: 50,
        },
      ],
    },
  );
  const session = await t.deps.db
    .selectFrom('course_session')
    .select('id')
    .where('course_id', '=', courseId)
    .executeTakeFirstOrThrow();
  const participants: RegisterParticipantFixture[] = [];
  for (const name of options.names) {
    const user = await createUser(t.deps, { name, country: 'RO' });
    const headers = await sessionHeaders(t, user.id);
    const applicationId = await applied(t, headers, session.id);
    const confirmed = await act(t, headers, applicationId, 'confirm');
    if (confirmed.statusCode !== 200) throw new Error(`not confirmed: ${confirmed.body}`);
    participants.push({ applicationId, userId: user.id, name });
  }
  if (options.started) {
    await t.deps.db
      .updateTable('course_session')
      .set({ starts_at: '2026-11-23T08:00:00.000Z', ends_at: '2026-11-27T16:00:00.000Z' })
      .where('id', '=', session.id)
      .execute();
  }
  return { providerId, manager, courseId, sessionId: session.id, participants };
}

/** Marks for `applicationId`: present on the first `present` days of `days`, absent on the others. */
export function marksFor(applicationId: string, present: number, days: readonly string[] = pastDays) {
  return days.map((day, index) => ({ applicationId, day, present: index < present }));
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { loadActor, type Actor } from '../accounts/index.js';
import { listJobs, listSchedules } from '../../jobs.js';
import { moveApplication } from './application-decisions.service.js';
import { placeOfferHours } from './application-moves.js';
import { act, applied, codeOf, learnerOf, openSession } from './applications.test-kit.js';
import { expirePlaceOffers } from './waiting-list.service.js';

const hour = 3_600_000;

describe('the waiting list', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const actorOf = async (userId: string): Promise<Actor> =>
    (await loadActor(t.deps.db, userId, { authenticatedBy: 'session', sessionId: 'test' }))!;
  const rowOf = (id: string) =>
    t.deps.db
      .selectFrom('application')
      .select(['status', 'offer_expires_at', 'waitlist_position'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('offers each freed place to the next person, lapses offers not confirmed in time, and moves on', async () => {
    const session = await openSession(t, { capacity: 2, selectionDeadline: '2027-02-01T00:00:00Z' });
    const applicant = async () => {
      const learner = await learnerOf(t);
      return { ...learner, applicationId: await applied(t, learner.headers, session.sessionId) };
    };
    const [a, b, c, d, e] = [
      await applicant(),
      await applicant(),
      await applicant(),
      await applicant(),
      await applicant(),
    ];
    for (const person of [a, b]) await act(t, session.manager, person.applicationId, 'accept');
    for (const person of [c, d, e]) await act(t, session.manager, person.applicationId, 'waitlist');
    expect((await rowOf(c.applicationId)).waitlist_position).toBe(1);

    const start = new Date('2027-01-10T10:00:00.000Z');
    const at = (hours: number) => new Date(start.getTime() + hours * hour);
    await moveApplication(t.deps, await actorOf(a.id), {
      id: a.applicationId,
      action: 'withdraw',
      now: start,
    });
    expect(await rowOf(c.applicationId)).toEqual({
      status: 'accepted',
      offer_expires_at: at(placeOfferHours).toISOString(),
      waitlist_position: null,
    });
    expect(placeOfferHours).toBe(48);

    // The offer lapses at its expiry, even before the job has run.
    const late = moveApplication(t.deps, await actorOf(c.id), {
      id: c.applicationId,
      action: 'confirm',
      now: at(49),
    });
    await expect(late).rejects.toMatchObject({ code: 'offer-expired' });

    expect(await expirePlaceOffers(t.deps, at(47))).toEqual({ expired: 0, offered: 0 });
    expect(await expirePlaceOffers(t.deps, at(49))).toEqual({ expired: 1, offered: 1 });
    expect((await rowOf(c.applicationId)).status).toBe('withdrawn');
    expect(await rowOf(d.applicationId)).toMatchObject({
      status: 'accepted',
      offer_expires_at: at(49 + placeOfferHours).toISOString(),
    });
    const lapse = await t.deps.db
      .selectFrom('application_event')
      .select(['actor_role', 'reason', 'actor_user_id'])
      .where('application_id', '=', c.applicationId)
      .where('to_status', '=', 'withdrawn')
      .executeTakeFirstOrThrow();
    expect(lapse).toEqual({ actor_role: 'platform', reason: 'offer-expired', actor_user_id: null });
    expect(await expirePlaceOffers(t.deps, at(49))).toEqual({ expired: 0, offered: 0 });

    await moveApplication(t.deps, await actorOf(d.id), {
      id: d.applicationId,
      action: 'confirm',
      now: at(50),
    });
    expect(await rowOf(d.applicationId)).toMatchObject({ status: 'confirmed', offer_expires_at: null });

    // A rejected place-holder frees a place as well.
    const rejected = await act(t, session.manager, b.applicationId, 'reject');
    expect(rejected.json()).toMatchObject({ status: 'rejected' });
    expect((await rowOf(e.applicationId)).status).toBe('accepted');
    const taken = await t.deps.db
      .selectFrom('application')
      .select('id')
      .where('session_id', '=', session.sessionId)
      .where('status', 'in', ['accepted', 'confirmed'])
      .execute();
    expect(taken).toHaveLength(2);
    expect(codeOf(await act(t, c.headers, c.applicationId, 'confirm'))).toBe('invalid-transition');
  });

  it('runs as a scheduled job', () => {
    const jobs = listJobs(t.deps.jobs).map((job) => job.name);
    expect(jobs).toContain('applications.expire-place-offers');
    const schedules = listSchedules(t.deps.jobs).map((schedule) => schedule.job.name);
    expect(schedules).toContain('applications.expire-place-offers');
  });
});

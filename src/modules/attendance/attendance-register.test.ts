import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestApp, createTestApp } from '../../../test/app.js';
import { loadActor } from '../accounts/index.js';
import { sessionHeaders } from '../api-tokens/api-tokens.test-kit.js';
import {
  applied,
  codeOf,
  contactPointOf,
  learnerOf,
  statusOf,
} from '../applications/applications.test-kit.js';
import { updateAttendanceRegister } from './attendance-register.service.js';
import type { AttendanceRegister } from './attendance-register.schema.js';
import { marksFor, pastDays, registerFixture, type RegisterFixture } from './attendance.test-kit.js';
import { listCompletionRecords } from './index.js';

type Headers = Record<string, string>;

describe('attendance register API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const url = (sessionId: string) => `/api/v1/sessions/${sessionId}/attendance`;
  const read = (fixture: RegisterFixture, headers: Headers = fixture.manager) =>
    t.app.inject({ url: url(fixture.sessionId), headers });
  const put = (fixture: RegisterFixture, payload: Record<string, unknown>, headers = fixture.manager) =>
    t.app.inject({ method: 'PUT', url: url(fixture.sessionId), headers, payload });
  const historyOf = (applicationId: string) =>
    t.deps.db
      .selectFrom('application_event')
      .select(['from_status', 'to_status', 'actor_role', 'actor_user_id', 'reason'])
      .where('application_id', '=', applicationId)
      .orderBy('at')
      .orderBy('id')
      .execute();

  describe('an open register', () => {
    let fixture: RegisterFixture;
    beforeAll(async () => {
      fixture = await registerFixture(t, { names: ['Ștefan Țîrcă', 'Łukasz Żółć'], started: true });
    });

    it('lists the confirmed participants by name, a blank mark for each day, and audits the view', async () => {
      const response = await read(fixture);
      expect(response.statusCode, response.body).toBe(200);
      const register = response.json<AttendanceRegister>();
      expect(register.session.days).toEqual(pastDays);
      expect(register.session.closedAt).toBeNull();
      expect(register.completionRule).toEqual({
        minAttendancePercent: 80,
        assessmentRequired: false,
        hours: 16,
      });
      expect(register.participants.map((participant) => participant.name).sort()).toEqual(
        ['Łukasz Żółć', 'Ștefan Țîrcă'].sort(),
      );
      expect(register.participants[0]?.marks).toEqual(pastDays.map((day) => ({ day, present: null })));
      const audit = await t.deps.db
        .selectFrom('audit_entry')
        .select('details')
        .where('action', '=', 'applications-viewed')
        .where('target_id', '=', fixture.sessionId)
        .execute();
      expect(audit.map((entry) => JSON.parse(entry.details) as { scope: string })).toContainEqual(
        expect.objectContaining({ scope: 'attendance-register' }),
      );
    });

    it('stores marks and answers the register with them; a second mark replaces the first', async () => {
      const [first] = fixture.participants;
      const marks = [
        { applicationId: first!.applicationId, day: pastDays[0], present: true },
        { applicationId: first!.applicationId, day: pastDays[1], present: true },
      ];
      expect((await put(fixture, { marks })).statusCode).toBe(200);
      const response = await put(fixture, {
        marks: [{ applicationId: first!.applicationId, day: pastDays[1], present: false }],
      });
      expect(response.statusCode, response.body).toBe(200);
      const participant = response
        .json<AttendanceRegister>()
        .participants.find((entry) => entry.applicationId === first!.applicationId);
      expect(participant?.marks.slice(0, 3)).toEqual([
        { day: pastDays[0], present: true },
        { day: pastDays[1], present: false },
        { day: pastDays[2], present: null },
      ]);
      expect(participant?.attendedDays).toBe(1);
      expect(await statusOf(t, first!.applicationId)).toBe('confirmed');
      const audit = await t.deps.db
        .selectFrom('audit_entry')
        .select(['subject_user_id', 'target_id'])
        .where('action', '=', 'attendance-recorded')
        .where('target_id', '=', first!.applicationId)
        .execute();
      expect(audit).toHaveLength(2);
      expect(audit[0]?.subject_user_id).toBe(first!.userId);
    });

    it('refuses a day the session does not have, and an application that is not a participant', async () => {
      const [first] = fixture.participants;
      const unknownDay = await put(fixture, {
        marks: [{ applicationId: first!.applicationId, day: '2026-11-28', present: true }],
      });
      expect(unknownDay.statusCode).toBe(400);
      expect(codeOf(unknownDay)).toBe('not-a-session-day');

      // Applied and accepted, but the place was never confirmed: not on the register.
      const other = await registerFixture(t, { names: [] });
      const learner = await learnerOf(t, 'RO');
      const unconfirmed = await applied(t, learner.headers, other.sessionId);
      const foreign = await put(fixture, {
        marks: [{ applicationId: unconfirmed, day: pastDays[0], present: true }],
      });
      expect(foreign.statusCode).toBe(400);
      expect(codeOf(foreign)).toBe('not-a-participant');
      const assessment = await put(fixture, { assessments: [{ applicationId: 'no-such-id', passed: true }] });
      expect(codeOf(assessment)).toBe('not-a-participant');
      const malformed = await put(fixture, {
        marks: [{ applicationId: first!.applicationId, day: 'Monday' }],
      });
      expect(malformed.statusCode).toBe(400);
    });

    it('refuses visitors, learners, contact points and other providers’ managers; 404 for no session', async () => {
      const other = await registerFixture(t, { names: [] });
      const learner = (await learnerOf(t)).headers;
      const contactPoint = await contactPointOf(t, 'RO');
      const participant = await sessionHeaders(t, fixture.participants[0]!.userId);
      expect((await read(fixture, {})).statusCode).toBe(401);
      for (const headers of [learner, contactPoint, other.manager, participant]) {
        expect((await read(fixture, headers)).statusCode).toBe(403);
        expect((await put(fixture, { close: true }, headers)).statusCode).toBe(403);
      }
      const unknown = await t.app.inject({ url: url('no-such-session'), headers: fixture.manager });
      expect(unknown.statusCode).toBe(404);
    });

    it('lets the session’s trainers keep the register', async () => {
      const trainer = await createUser(t.deps, { name: 'Maria Trainer' });
      await t.deps.db
        .insertInto('course_session_trainer')
        .values({ session_id: fixture.sessionId, user_id: trainer.id })
        .execute();
      const headers = await sessionHeaders(t, trainer.id);
      expect((await read(fixture, headers)).statusCode).toBe(200);
      const [, second] = fixture.participants;
      const response = await put(fixture, { marks: marksFor(second!.applicationId, 5) }, headers);
      expect(response.statusCode, response.body).toBe(200);
    });
  });

  it('refuses to close before the session starts, then closes once it has (fake clock)', async () => {
    const fixture = await registerFixture(t, { names: ['Ana Popescu'] });
    const refused = await put(fixture, { close: true });
    expect(refused.statusCode).toBe(409);
    expect(codeOf(refused)).toBe('session-not-started');

    const actor = (await loadActor(t.deps.db, await managerUserId(fixture), {
      authenticatedBy: 'session',
      sessionId: 'a-session',
    }))!;
    const close = (now: Date) =>
      updateAttendanceRegister(t.deps, actor, {
        sessionId: fixture.sessionId,
        language: 'en',
        changes: { marks: [], assessments: [], close: true },
        now,
      });
    const startsAt = Date.parse('2027-03-08T09:00:00+01:00');
    await expect(close(new Date(startsAt - 1))).rejects.toMatchObject({ code: 'session-not-started' });
    const register = await close(new Date(startsAt));
    expect(register.session.closedAt).toBe(new Date(startsAt).toISOString());
    expect(register.participants[0]?.status).toBe('no-show');
  });

  it('closes: attended, no-show and completed at exactly 80%, with completion records and hours', async () => {
    const fixture = await registerFixture(t, {
      names: ['Anna Four-days', 'Bruno Three-days', 'Carla Absent', 'Dario All-days'],
      started: true,
    });
    const [four, three, absent, all] = fixture.participants.map((participant) => participant.applicationId);
    const marks = [...marksFor(four!, 4), ...marksFor(three!, 3), ...marksFor(all!, 5)];
    expect((await put(fixture, { marks })).statusCode).toBe(200);

    const response = await put(fixture, { close: true });
    expect(response.statusCode, response.body).toBe(200);
    const register = response.json<AttendanceRegister>();
    expect(register.session.closedAt).not.toBeNull();
    const byId = new Map(
      register.participants.map((participant) => [participant.applicationId, participant]),
    );
    expect(byId.get(four!)?.status).toBe('completed');
    expect(byId.get(four!)?.completion).toMatchObject({ hours: 16, attendedDays: 4, totalDays: 5 });
    expect(byId.get(three!)?.status).toBe('attended');
    expect(byId.get(three!)?.completion).toBeNull();
    expect(byId.get(absent!)?.status).toBe('no-show');
    expect(byId.get(all!)?.status).toBe('completed');
    expect(await statusOf(t, four!)).toBe('completed');

    const managerId = await managerUserId(fixture);
    expect(await historyOf(four!)).toEqual(
      expect.arrayContaining([
        {
          from_status: 'confirmed',
          to_status: 'attended',
          actor_role: 'provider',
          actor_user_id: managerId,
          reason: 'register-closed',
        },
        {
          from_status: 'attended',
          to_status: 'completed',
          actor_role: 'platform',
          actor_user_id: null,
          reason: 'completion-rule-met',
        },
      ]),
    );
    expect((await historyOf(absent!)).at(-1)).toMatchObject({ to_status: 'no-show', actor_role: 'provider' });

    const records = await listCompletionRecords(t.deps.db, { userId: fixture.participants[0]!.userId });
    expect(records).toEqual([
      expect.objectContaining({
        applicationId: four,
        courseId: fixture.courseId,
        sessionId: fixture.sessionId,
        hours: 16,
        attendedDays: 4,
        totalDays: 5,
        assessmentPassed: null,
      }),
    ]);
    expect(await listCompletionRecords(t.deps.db, { sessionId: fixture.sessionId })).toHaveLength(2);

    const again = await put(fixture, { marks: marksFor(three!, 5) });
    expect(again.statusCode).toBe(409);
    expect(codeOf(again)).toBe('register-closed');
    expect(codeOf(await put(fixture, { close: true }))).toBe('register-closed');
    expect((await put(fixture, {})).statusCode).toBe(200);
  });

  it('completes only those who passed the assessment where the course requires one', async () => {
    const fixture = await registerFixture(t, {
      names: ['Elena Failed', 'Fabio Passed', 'Gina Unassessed'],
      course: { assessmentRequired: true, completionMinAttendancePercent: 100, hours: 24.5 },
      started: true,
    });
    const [failed, passed, unassessed] = fixture.participants.map((participant) => participant.applicationId);
    const response = await put(fixture, {
      marks: [...marksFor(failed!, 5), ...marksFor(passed!, 5), ...marksFor(unassessed!, 5)],
      assessments: [
        { applicationId: failed!, passed: false },
        { applicationId: passed!, passed: true },
      ],
      close: true,
    });
    expect(response.statusCode, response.body).toBe(200);
    const register = response.json<AttendanceRegister>();
    expect(register.completionRule).toMatchObject({ assessmentRequired: true, minAttendancePercent: 100 });
    const statuses = Object.fromEntries(register.participants.map((p) => [p.applicationId, p.status]));
    expect(statuses).toEqual({ [failed!]: 'attended', [passed!]: 'completed', [unassessed!]: 'attended' });
    const records = await listCompletionRecords(t.deps.db, { sessionId: fixture.sessionId });
    expect(records).toEqual([
      expect.objectContaining({ applicationId: passed, hours: 24.5, assessmentPassed: true }),
    ]);
  });

  it('documents both routes in the OpenAPI document, with the fields described', async () => {
    const document = (await t.app.inject({ url: '/api/v1/openapi.json' })).json<{
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>
      >;
    }>();
    const path = document.paths['/api/v1/sessions/{id}/attendance'];
    expect(Object.keys(path ?? {})).toEqual(expect.arrayContaining(['get', 'put']));
    const body = JSON.stringify(path?.put?.requestBody?.content['application/json']?.schema);
    expect(body).toContain('Marks to set');
    expect(body).toContain('Close the register');
  });

  /** The user id of the fixture's manager, from their session cookie's user. */
  async function managerUserId(fixture: RegisterFixture): Promise<string> {
    const row = await t.deps.db
      .selectFrom('role_grant')
      .select('user_id')
      .where('role', '=', 'provider-manager')
      .where('scope_id', '=', fixture.providerId)
      .executeTakeFirstOrThrow();
    return row.user_id;
  }
});

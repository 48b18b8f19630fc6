import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp } from '../../../test/app.js';
import { sessionHeaders } from '../api-tokens/api-tokens.test-kit.js';
import { adminHeaders, managerHeaders } from '../catalogue/catalogue.test-kit.js';
import { eraseAccount } from '../privacy/index.js';
import {
  act,
  applied,
  codeOf,
  contactPointOf,
  learnerOf,
  openSession,
  statusOf,
  type TestSession,
} from './applications.test-kit.js';

type Headers = Record<string, string>;

describe('national selection and the provider’s decisions', () => {
  let t: TestApp;
  let session: TestSession;
  let italianContactPoint: Headers;
  let romanianContactPoint: Headers;
  beforeAll(async () => {
    t = await createTestApp();
    session = await openSession(t, {
      capacity: 3,
      quotas: [
        { country: 'IT', places: 2 },
        { country: 'RO', places: 1 },
      ],
      selectionDeadline: '2027-02-01T00:00:00Z',
    });
    italianContactPoint = await contactPointOf(t, 'IT');
    romanianContactPoint = await contactPointOf(t, 'RO');
  });
  afterAll(() => t.close());

  const italianApplication = async () => {
    const learner = await learnerOf(t, 'IT');
    return { ...learner, applicationId: await applied(t, learner.headers, session.sessionId) };
  };

  it('walks submitted → nominated → accepted → confirmed, each move in the history and the audit log', async () => {
    const { applicationId, headers } = await italianApplication();
    const nominated = await act(t, italianContactPoint, applicationId, 'nominate', { rank: 1 });
    expect(nominated.statusCode).toBe(200);
    expect(nominated.json()).toMatchObject({ status: 'nominated', rank: 1 });
    expect((await act(t, session.manager, applicationId, 'accept')).json()).toMatchObject({
      status: 'accepted',
    });
    expect((await act(t, headers, applicationId, 'confirm')).json()).toMatchObject({ status: 'confirmed' });
    const history = await t.deps.db
      .selectFrom('application_event')
      .select(['from_status', 'to_status', 'actor_role'])
      .where('application_id', '=', applicationId)
      .orderBy('at')
      .orderBy('id')
      .execute();
    expect(history.map((event) => `${event.from_status}→${event.to_status} by ${event.actor_role}`)).toEqual([
      'null→submitted by applicant',
      'submitted→nominated by contact-point',
      'nominated→accepted by provider',
      'accepted→confirmed by applicant',
    ]);
    const audit = await t.deps.db
      .selectFrom('audit_entry')
      .select('action')
      .where('target_id', '=', applicationId)
      .execute();
    expect(audit.map((entry) => entry.action)).toEqual([
      'application-submitted',
      'application-status-changed',
      'application-status-changed',
      'application-status-changed',
    ]);
    // Withdrawing after confirmation is still allowed, before attendance.
    expect((await act(t, headers, applicationId, 'withdraw')).json()).toMatchObject({ status: 'withdrawn' });
  });

  it('lets a contact point decline, and the provider waitlist and reject', async () => {
    const declined = await italianApplication();
    const response = await act(t, italianContactPoint, declined.applicationId, 'not-nominate', {
      reason: 'Another colleague fits the profile better.',
    });
    expect(response.json()).toMatchObject({ status: 'not-nominated' });
    const waitlisted = await italianApplication();
    await act(t, italianContactPoint, waitlisted.applicationId, 'nominate');
    const onList = await act(t, session.manager, waitlisted.applicationId, 'waitlist');
    expect(onList.json()).toMatchObject({ status: 'waitlisted' });
    expect(onList.json<{ waitlistPosition: number }>().waitlistPosition).toBeGreaterThan(0);
    const rejected = await act(t, session.manager, waitlisted.applicationId, 'reject');
    expect(rejected.json()).toMatchObject({ status: 'rejected', waitlistPosition: null });
  });

  it('refuses a nomination over the country’s quota (409 quota-full)', async () => {
    const first = await learnerOf(t, 'RO');
    const second = await learnerOf(t, 'RO');
    const a = await applied(t, first.headers, session.sessionId);
    const b = await applied(t, second.headers, session.sessionId);
    expect((await act(t, romanianContactPoint, a, 'nominate')).statusCode).toBe(200);
    const over = await act(t, romanianContactPoint, b, 'nominate');
    expect(over.statusCode).toBe(409);
    expect(codeOf(over)).toBe('quota-full');
    expect(await statusOf(t, b)).toBe('submitted');
    // Declining the nominee frees the country's place.
    await act(t, romanianContactPoint, a, 'not-nominate');
    expect((await act(t, romanianContactPoint, b, 'nominate')).statusCode).toBe(200);
  });

  it('hides other countries’ applications from a contact point (404), and refuses staff of the wrong role (403)', async () => {
    const { applicationId, headers } = await italianApplication();
    const foreign = await act(t, romanianContactPoint, applicationId, 'nominate');
    expect(foreign.statusCode).toBe(404);
    expect(await statusOf(t, applicationId)).toBe('submitted');
    expect((await act(t, headers, applicationId, 'nominate')).statusCode).toBe(403);
    expect((await act(t, headers, applicationId, 'accept')).statusCode).toBe(403);
    const otherManager = await managerHeaders(t, (await openSession(t)).providerId);
    expect((await act(t, otherManager, applicationId, 'accept')).statusCode).toBe(404);
    // The provider sees it but does not select for the country.
    const providerAsContactPoint = await act(t, italianContactPoint, applicationId, 'accept');
    expect(providerAsContactPoint.statusCode).toBe(403);
    const stranger = await learnerOf(t, 'IT');
    expect((await act(t, stranger.headers, applicationId, 'withdraw')).statusCode).toBe(404);
    expect((await act(t, italianContactPoint, applicationId, 'withdraw')).statusCode).toBe(403);
  });

  it('refuses moves out of order (409 invalid-transition)', async () => {
    const { applicationId, headers } = await italianApplication();
    const early = await act(t, session.manager, applicationId, 'accept');
    expect(early.statusCode).toBe(409);
    expect(codeOf(early)).toBe('invalid-transition');
    expect(codeOf(await act(t, headers, applicationId, 'confirm'))).toBe('invalid-transition');
    await act(t, headers, applicationId, 'withdraw');
    expect(codeOf(await act(t, italianContactPoint, applicationId, 'nominate'))).toBe('invalid-transition');
  });

  it('refuses selection after the selection deadline (409 deadline-passed)', async () => {
    const late = await openSession(t, {
      quotas: [{ country: 'IT', places: 5 }],
      selectionDeadline: '2026-01-01T00:00:00Z',
    });
    const learner = await learnerOf(t, 'IT');
    const id = await applied(t, learner.headers, late.sessionId);
    const response = await act(t, italianContactPoint, id, 'nominate');
    expect(response.statusCode).toBe(409);
    expect(codeOf(response)).toBe('deadline-passed');
  });

  it('refuses to accept beyond capacity (409 capacity-full)', async () => {
    const small = await openSession(t, { capacity: 1, selectionDeadline: '2027-02-01T00:00:00Z' });
    const [a, b] = [await learnerOf(t), await learnerOf(t)];
    const first = await applied(t, a.headers, small.sessionId);
    const second = await applied(t, b.headers, small.sessionId);
    expect((await act(t, small.manager, first, 'accept')).statusCode).toBe(200);
    const full = await act(t, small.manager, second, 'accept');
    expect(full.statusCode).toBe(409);
    expect(codeOf(full)).toBe('capacity-full');
  });

  it('erases an applicant’s applications with the account, and a contact point’s id from decisions', async () => {
    const selector = await createUser(t.deps, {
      grants: [{ role: 'contact-point', scopeType: 'country', scopeId: 'IT' }],
      secondFactor: true,
    });
    const kept = await italianApplication();
    await act(t, await sessionHeaders(t, selector.id), kept.applicationId, 'not-nominate');
    const erased = await italianApplication();
    expect(await eraseAccount(t.deps, { userId: selector.id, trigger: 'self' })).toBe(true);
    expect(await eraseAccount(t.deps, { userId: erased.id, trigger: 'self' })).toBe(true);
    const applications = await t.deps.db
      .selectFrom('application')
      .select('id')
      .where('id', 'in', [kept.applicationId, erased.applicationId])
      .execute();
    expect(applications).toEqual([{ id: kept.applicationId }]);
    const decision = await t.deps.db
      .selectFrom('application_event')
      .select(['actor_user_id', 'actor_role'])
      .where('application_id', '=', kept.applicationId)
      .where('to_status', '=', 'not-nominated')
      .executeTakeFirstOrThrow();
    expect(decision).toEqual({ actor_user_id: null, actor_role: 'contact-point' });
  });

  it('lists a session’s applications by role: own country, nominated ones, or all', async () => {
    const listed = await openSession(t, {
      quotas: [
        { country: 'IT', places: 2 },
        { country: 'RO', places: 2 },
      ],
      selectionDeadline: '2027-02-01T00:00:00Z',
    });
    const italian = await learnerOf(t, 'IT');
    const romanian = await learnerOf(t, 'RO');
    const italianId = await applied(t, italian.headers, listed.sessionId);
    await applied(t, romanian.headers, listed.sessionId);
    await act(t, italianContactPoint, italianId, 'nominate');
    const list = async (headers: Headers) =>
      t.app.inject({ url: `/api/v1/sessions/${listed.sessionId}/applications`, headers });
    const countries = async (headers: Headers) =>
      (await list(headers))
        .json<{ applications: { country: string }[] }>()
        .applications.map((a) => a.country);

    expect(await countries(italianContactPoint)).toEqual(['IT']);
    expect(await countries(romanianContactPoint)).toEqual(['RO']);
    // Before national selection, the provider sees only nominated applicants.
    expect(await countries(listed.manager)).toEqual(['IT']);
    expect((await countries(await adminHeaders(t))).sort()).toEqual(['IT', 'RO']);
    const seen = (await list(italianContactPoint)).json<{ applications: Record<string, unknown>[] }>();
    expect(seen.applications[0]).toMatchObject({ applicant: { id: italian.id }, status: 'nominated' });
    expect((await list(italian.headers)).statusCode).toBe(403);
    const otherManager = await managerHeaders(t, (await openSession(t)).providerId);
    expect((await list(otherManager)).statusCode).toBe(403);
    const views = await t.deps.db
      .selectFrom('audit_entry')
      .select('action')
      .where('target_id', '=', listed.sessionId)
      .where('action', '=', 'applications-viewed')
      .execute();
    expect(views.length).toBeGreaterThanOrEqual(4);
  });
});

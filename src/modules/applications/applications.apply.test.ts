import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp } from '../../../test/app.js';
import { sessionHeaders } from '../api-tokens/api-tokens.test-kit.js';
import { seedOrganisation } from '../organisations/organisations.test-kit.js';
import {
  apply,
  applicationBody,
  codeOf,
  learnerOf,
  openSession,
  statusOf,
  type TestSession,
} from './applications.test-kit.js';

describe('applying to a session', () => {
  let t: TestApp;
  let national: TestSession;
  let provider: TestSession;
  beforeAll(async () => {
    t = await createTestApp();
    national = await openSession(t, {
      capacity: 20,
      quotas: [
        { country: 'IT', places: 2 },
        { country: 'RO', places: 2 },
      ],
      selectionDeadline: '2027-02-01T00:00:00Z',
    });
    provider = await openSession(t, { selectionDeadline: '2027-02-01T00:00:00Z' });
  });
  afterAll(() => t.close());

  it('refuses visitors with 401', async () => {
    const response = await apply(t, {}, provider.sessionId);
    expect(response.statusCode).toBe(401);
  });

  it('takes the application, copying country and professional details from the profile', async () => {
    const organisationId = await seedOrganisation(t.deps.db, { name: 'Tribunale di Milano' });
    const user = await createUser(t.deps, { country: 'IT', profession: 'prosecutor' });
    await t.deps.db
      .updateTable('user_account')
      .set({ organisation_id: organisationId })
      .where('id', '=', user.id)
      .execute();
    const response = await apply(t, await sessionHeaders(t, user.id), national.sessionId);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'submitted',
      country: 'IT',
      profession: 'prosecutor',
      organisation: 'Tribunale di Milano',
      position: 'Investigating judge',
      rank: null,
    });
    const id = response.json<{ id: string }>().id;
    const audit = await t.deps.db
      .selectFrom('audit_entry')
      .select(['action', 'actor_id'])
      .where('target_id', '=', id)
      .execute();
    expect(audit).toEqual([{ action: 'application-submitted', actor_id: user.id }]);
  });

  it('lets the applicant change the pre-filled details', async () => {
    const learner = await learnerOf(t, 'IT');
    const response = await apply(
      t,
      learner.headers,
      provider.sessionId,
      applicationBody({ profession: 'lawyer', organisation: 'Studio legale Rossi' }),
    );
    expect(response.json()).toMatchObject({ profession: 'lawyer', organisation: 'Studio legale Rossi' });
  });

  it('refuses a second active application by the same person (409 already-applied)', async () => {
    const learner = await learnerOf(t, 'RO');
    expect((await apply(t, learner.headers, national.sessionId)).statusCode).toBe(201);
    const again = await apply(t, learner.headers, national.sessionId);
    expect(again.statusCode).toBe(409);
    expect(codeOf(again)).toBe('already-applied');
    expect(again.headers['content-type']).toContain('application/problem+json');
  });

  it('takes a new application once the earlier one was withdrawn', async () => {
    const learner = await learnerOf(t, 'RO');
    const first = (await apply(t, learner.headers, provider.sessionId)).json<{ id: string }>().id;
    const withdrawn = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${first}/withdraw`,
      headers: learner.headers,
    });
    expect(withdrawn.body).toContain('withdrawn');
    expect(await statusOf(t, first)).toBe('withdrawn');
    expect((await apply(t, learner.headers, provider.sessionId)).statusCode).toBe(201);
  });

  it('requires consent to share the application (400 consent-required)', async () => {
    const learner = await learnerOf(t);
    const response = await apply(
      t,
      learner.headers,
      provider.sessionId,
      applicationBody({ consentShare: false }),
    );
    expect(response.statusCode).toBe(400);
    expect(codeOf(response)).toBe('consent-required');
  });

  it('refuses an empty motivation with the field named', async () => {
    const learner = await learnerOf(t);
    const response = await apply(
      t,
      learner.headers,
      provider.sessionId,
      applicationBody({ motivation: ' ' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((error) => error.field)).toContain(
      'motivation',
    );
  });

  it('refuses applicants from a country without a quota, or without a country', async () => {
    const french = await learnerOf(t, 'FR');
    const response = await apply(t, french.headers, national.sessionId);
    expect(response.statusCode).toBe(409);
    expect(codeOf(response)).toBe('no-quota-for-country');
    const stateless = await learnerOf(t);
    await t.deps.db
      .updateTable('user_account')
      .set({ country: null })
      .where('id', '=', stateless.id)
      .execute();
    const missing = await apply(t, stateless.headers, national.sessionId);
    expect(missing.statusCode).toBe(400);
    expect(codeOf(missing)).toBe('country-required');
  });

  it('refuses after the application deadline (409 deadline-passed)', async () => {
    const late = await openSession(t, { applicationDeadline: '2026-01-01T00:00:00Z' });
    const response = await apply(t, (await learnerOf(t)).headers, late.sessionId);
    expect(response.statusCode).toBe(409);
    expect(codeOf(response)).toBe('deadline-passed');
  });

  it('refuses sessions not open for applications, and hides unknown ones', async () => {
    const planned = await openSession(t, { status: 'planned' });
    const learner = await learnerOf(t);
    const closed = await apply(t, learner.headers, planned.sessionId);
    expect(closed.statusCode).toBe(409);
    expect(codeOf(closed)).toBe('applications-closed');
    const unknown = await apply(t, learner.headers, '0196f5a0-0000-7000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
  });

  it('accepts open sessions in order of application up to capacity, then waitlists', async () => {
    const open = await openSession(t, { capacity: 2 });
    const statuses: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const response = await apply(t, (await learnerOf(t)).headers, open.sessionId);
      statuses.push(response.json<{ status: string; waitlistPosition: number | null }>().status);
    }
    expect(statuses).toEqual(['accepted', 'accepted', 'waitlisted', 'waitlisted']);
    const positions = await t.deps.db
      .selectFrom('application')
      .select('waitlist_position')
      .where('session_id', '=', open.sessionId)
      .where('status', '=', 'waitlisted')
      .orderBy('created_at')
      .execute();
    expect(positions.map((row) => row.waitlist_position)).toEqual([1, 2]);
  });

  it('shows the applicant their applications with who decided what and when', async () => {
    const open = await openSession(t, { capacity: 5 });
    const learner = await learnerOf(t);
    await apply(t, learner.headers, open.sessionId);
    const response = await t.app.inject({ url: '/api/v1/me/applications', headers: learner.headers });
    expect(response.statusCode).toBe(200);
    const [mine, ...others] = response.json<{ applications: Record<string, unknown>[] }>().applications;
    expect(others).toEqual([]);
    expect(mine).toMatchObject({
      sessionId: open.sessionId,
      courseId: open.courseId,
      status: 'accepted',
      history: [
        { from: null, to: 'submitted', decidedBy: 'applicant' },
        { from: 'submitted', to: 'accepted', decidedBy: 'platform', reason: 'in-order-of-application' },
      ],
    });
    expect(String(mine?.courseTitle)).toMatch(/^Course \d+$/);
  });

  it('replays an apply sent again with the same Idempotency-Key, and applies once', async () => {
    const open = await openSession(t, { capacity: 5 });
    const learner = await learnerOf(t);
    const headers = { ...learner.headers, 'idempotency-key': 'apply-1' };
    const first = await apply(t, headers, open.sessionId);
    const second = await apply(t, headers, open.sessionId);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    const rows = await t.deps.db
      .selectFrom('application')
      .select('id')
      .where('user_id', '=', learner.id)
      .execute();
    expect(rows).toHaveLength(1);
    const other = await apply(t, headers, open.sessionId, applicationBody({ motivation: 'Something else.' }));
    expect(other.statusCode).toBe(409);
    expect(codeOf(other)).toBe('idempotency-key-reused');
  });

  it('documents the routes in the OpenAPI document', async () => {
    const document = (await t.app.inject({ url: '/api/v1/openapi.json' })).json<{ paths: object }>();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/sessions/{id}/applications',
        '/api/v1/me/applications',
        '/api/v1/applications/{id}/nominate',
        '/api/v1/applications/{id}/withdraw',
      ]),
    );
  });
});

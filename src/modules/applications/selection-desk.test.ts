import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import type { TestVisitor } from '../../../test/browser-session.js';
import {
  act,
  codeOf,
  contactPointOf,
  learnerOf,
  openSession,
  statusOf,
  applied,
} from './applications.test-kit.js';
import {
  auditEntriesOf,
  contactPointVisitor,
  namedApplication,
  rankOf,
  staffVisitor,
} from './selection-desk.test-kit.js';

type Headers = Record<string, string>;

describe('the contact point’s selection desk', () => {
  let t: TestApp;
  let sessionId: string;
  let italian: { id: string; visitor: TestVisitor; headers: Headers };
  let giulia: string;
  let marco: string;
  let joao: string;
  beforeAll(async () => {
    t = await createTestApp();
    ({ sessionId } = await openSession(t, {
      capacity: 10,
      quotas: [
        { country: 'IT', places: 1 },
        { country: 'PT', places: 2 },
      ],
      selectionDeadline: '2027-02-01T00:00:00Z',
    }));
    italian = await contactPointVisitor(t, 'IT');
    giulia = await namedApplication(t, sessionId, 'Giulia Ferraresi', 'IT');
    marco = await namedApplication(t, sessionId, 'Marco Quagliarella', 'IT');
    joao = await namedApplication(t, sessionId, 'João Esteves-Portela', 'PT');
  });
  afterAll(() => t.close());

  const page = `/en/desk/selection`;
  const sessionPage = () => `${page}/${sessionId}`;

  it('lists the sessions where the contact point’s country has a quota, with its places only', async () => {
    const response = await italian.visitor.get(page);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toContain(`href="${sessionPage()}"`);
    expect(response.body).toContain('Italy');
    expect(response.body).not.toContain('Portugal');
    const portuguese = await contactPointVisitor(t, 'PT');
    const theirs = await portuguese.visitor.get(page);
    expect(theirs.body).toContain('Portugal');
    expect(theirs.body).not.toContain('Italy');
    const romanian = await contactPointVisitor(t, 'RO');
    expect((await romanian.visitor.get(page)).body).not.toContain(`href="${sessionPage()}"`);
  });

  it('shows the own country’s applicants only, and writes the view to the audit log', async () => {
    const response = await italian.visitor.get(sessionPage());
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Giulia Ferraresi');
    expect(response.body).toContain('Marco Quagliarella');
    expect(response.body).toContain('I handle transfers of sentenced persons');
    expect(response.body).not.toContain('João');
    expect(response.body).not.toContain('Esteves-Portela');
    expect(response.body).not.toContain('Portugal');
    expect(response.body).not.toContain(joao);
    const views = await auditEntriesOf(t, italian.id, 'applications-viewed');
    expect(views.map((entry) => entry.target_id)).toContain(sessionId);
    expect(JSON.parse(views.at(-1)!.details)).toMatchObject({ desk: 'selection', countries: 'IT', count: 2 });
  });

  it('refuses another country’s contact point (404) and people without the role (403)', async () => {
    const romanian = await contactPointVisitor(t, 'RO');
    expect((await romanian.visitor.get(sessionPage())).statusCode).toBe(404);
    const portuguese = await contactPointVisitor(t, 'PT');
    await portuguese.visitor.get(sessionPage());
    const foreign = await portuguese.visitor.post(`${sessionPage()}/applications/${giulia}/nominate`, {});
    expect(foreign.statusCode).toBe(404);
    expect(await statusOf(t, giulia)).toBe('submitted');
    const learner = await staffVisitor(t, []);
    expect((await learner.visitor.get(sessionPage())).statusCode).toBe(403);
    expect((await learner.visitor.get(page)).statusCode).toBe(403);
  });

  it('saves a ranking from the form, and refuses a repeated rank or a number that is not one', async () => {
    const saved = await italian.visitor.submit(
      sessionPage(),
      { [`rank-${giulia}`]: '2', [`rank-${marco}`]: '1' },
      `${sessionPage()}/ranking`,
    );
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`${sessionPage()}?done=ranked`);
    expect([await rankOf(t, giulia), await rankOf(t, marco)]).toEqual([2, 1]);
    expect((await italian.visitor.get(String(saved.headers.location))).body).toContain(
      'The ranking is saved.',
    );

    const repeated = await italian.visitor.submit(
      sessionPage(),
      { [`rank-${giulia}`]: '1', [`rank-${marco}`]: '1' },
      `${sessionPage()}/ranking`,
    );
    expect(repeated.statusCode).toBe(400);
    expect(repeated.body).toContain('Another applicant from the same country already has this rank.');
    expect(repeated.body).toContain(`href="#rank-${giulia}"`);
    expect([await rankOf(t, giulia), await rankOf(t, marco)]).toEqual([2, 1]);

    const notANumber = await italian.visitor.submit(
      sessionPage(),
      { [`rank-${giulia}`]: 'first' },
      `${sessionPage()}/ranking`,
    );
    expect(notANumber.statusCode).toBe(400);
    expect(notANumber.body).toContain('Enter a whole number from 1 to 10000');
    // What was typed is kept.
    expect(notANumber.body).toContain('value="first"');
  });

  it('nominates within the quota, and says so on the page when the quota is full, keeping the reason', async () => {
    const nominated = await italian.visitor.submit(
      sessionPage(),
      { reason: 'Strong background in FD 2008/909.' },
      `${sessionPage()}/applications/${marco}/nominate`,
    );
    expect(nominated.statusCode).toBe(303);
    expect(await statusOf(t, marco)).toBe('nominated');
    // The rank saved before stays with the nomination.
    expect(await rankOf(t, marco)).toBe(1);

    const full = await italian.visitor.submit(
      sessionPage(),
      { reason: 'Also a very good fit.' },
      `${sessionPage()}/applications/${giulia}/nominate`,
    );
    expect(full.statusCode).toBe(409);
    expect(full.body).toContain('Your country’s quota for this session is full');
    expect(full.body).toContain('value="Also a very good fit."');
    expect(await statusOf(t, giulia)).toBe('submitted');

    const declined = await italian.visitor.submit(
      sessionPage(),
      { reason: '' },
      `${sessionPage()}/applications/${giulia}/not-nominate`,
    );
    expect(declined.statusCode).toBe(303);
    expect(await statusOf(t, giulia)).toBe('not-nominated');
    const again = await italian.visitor.submit(
      sessionPage(),
      {},
      `${sessionPage()}/applications/${giulia}/nominate`,
    );
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('has moved on in the meantime');
  });

  it('links the staff dashboard to the desk for contact points', async () => {
    const response = await italian.visitor.get('/en/admin');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('href="/en/desk/selection"');
    expect(response.body).toContain('Selection desk');
  });
});

describe('PUT /api/v1/sessions/{id}/ranking', () => {
  let t: TestApp;
  let sessionId: string;
  let italianContactPoint: Headers;
  let ids: string[];
  let portugueseId: string;
  beforeAll(async () => {
    t = await createTestApp();
    ({ sessionId } = await openSession(t, {
      quotas: [
        { country: 'IT', places: 2 },
        { country: 'PT', places: 2 },
      ],
      selectionDeadline: '2027-02-01T00:00:00Z',
    }));
    italianContactPoint = await contactPointOf(t, 'IT');
    ids = [];
    for (let index = 0; index < 3; index += 1) {
      ids.push(await applied(t, (await learnerOf(t, 'IT')).headers, sessionId));
    }
    portugueseId = await applied(t, (await learnerOf(t, 'PT')).headers, sessionId);
  });
  afterAll(() => t.close());

  const rank = (headers: Headers, ranks: unknown, id = sessionId) =>
    t.app.inject({ method: 'PUT', url: `/api/v1/sessions/${id}/ranking`, headers, payload: { ranks } });

  it('saves ranks, each change audited', async () => {
    const response = await rank(italianContactPoint, [
      { applicationId: ids[0], rank: 2 },
      { applicationId: ids[1], rank: 1 },
    ]);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      sessionId,
      ranks: [
        { applicationId: ids[0], country: 'IT', rank: 2 },
        { applicationId: ids[1], country: 'IT', rank: 1 },
      ],
    });
    const audit = await t.deps.db
      .selectFrom('audit_entry')
      .select('target_id')
      .where('action', '=', 'application-ranked')
      .execute();
    expect(audit.map((entry) => entry.target_id).sort()).toEqual([ids[0], ids[1]].sort());
  });

  it('refuses a rank twice within the country, counting ranks already saved (400)', async () => {
    const twice = await rank(italianContactPoint, [
      { applicationId: ids[0], rank: 3 },
      { applicationId: ids[2], rank: 3 },
    ]);
    expect(twice.statusCode).toBe(400);
    expect(codeOf(twice)).toBe('validation-failed');
    const takenAlready = await rank(italianContactPoint, [{ applicationId: ids[2], rank: 1 }]);
    expect(takenAlready.statusCode).toBe(400);
    expect(await rankOf(t, ids[2]!)).toBeNull();
    expect((await rank(italianContactPoint, [{ applicationId: ids[2], rank: 0 }])).statusCode).toBe(400);
    expect(
      (
        await rank(italianContactPoint, [
          { applicationId: ids[2], rank: 4 },
          { applicationId: ids[2], rank: 5 },
        ])
      ).statusCode,
    ).toBe(400);
  });

  it('hides another country’s applications (404) and refuses other roles (403)', async () => {
    const foreign = await rank(italianContactPoint, [{ applicationId: portugueseId, rank: 5 }]);
    expect(foreign.statusCode).toBe(404);
    expect(await rankOf(t, portugueseId)).toBeNull();
    const romanianContactPoint = await contactPointOf(t, 'RO');
    expect((await rank(romanianContactPoint, [{ applicationId: ids[0], rank: 9 }])).statusCode).toBe(404);
    const learner = await learnerOf(t, 'IT');
    expect((await rank(learner.headers, [{ applicationId: ids[0], rank: 9 }])).statusCode).toBe(403);
    expect(
      (await rank(italianContactPoint, [{ applicationId: ids[0], rank: 9 }], 'no-such-session')).statusCode,
    ).toBe(404);
  });

  it('refuses ranking after the selection deadline (409 deadline-passed)', async () => {
    const late = await openSession(t, {
      quotas: [{ country: 'IT', places: 2 }],
      selectionDeadline: '2026-01-01T00:00:00Z',
    });
    const id = await applied(t, (await learnerOf(t, 'IT')).headers, late.sessionId);
    const response = await rank(italianContactPoint, [{ applicationId: id, rank: 1 }], late.sessionId);
    expect(response.statusCode).toBe(409);
    expect(codeOf(response)).toBe('deadline-passed');
    expect(await rankOf(t, id)).toBeNull();
  });

  it('is in the OpenAPI document, with its body described', async () => {
    const document = (await t.app.inject({ url: '/api/v1/openapi.json' })).json<{
      paths: Record<string, { put?: { requestBody?: { content: Record<string, { schema: object }> } } }>;
    }>();
    const operation = document.paths['/api/v1/sessions/{id}/ranking']?.put;
    expect(JSON.stringify(operation?.requestBody)).toContain('Its place in your country’s ranking');
  });

  it('refuses ranking applications the contact point has already decided on (409)', async () => {
    await act(t, italianContactPoint, ids[2]!, 'not-nominate');
    const response = await rank(italianContactPoint, [{ applicationId: ids[2], rank: 7 }]);
    expect(response.statusCode).toBe(409);
    expect(codeOf(response)).toBe('invalid-transition');
  });
});

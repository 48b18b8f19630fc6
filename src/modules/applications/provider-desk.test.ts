import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import type { TestVisitor } from '../../../test/browser-session.js';
import { act, contactPointOf, openSession, statusOf, type TestSession } from './applications.test-kit.js';
import { auditEntriesOf, managerVisitor, namedApplication } from './selection-desk.test-kit.js';

type Visitor = { id: string; visitor: TestVisitor };

describe('the provider’s desk of a nationally selected session', () => {
  let t: TestApp;
  let session: TestSession;
  let manager: Visitor;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    session = await openSession(t, {
      capacity: 4,
      quotas: [
        { country: 'IT', places: 2 },
        { country: 'PT', places: 2 },
      ],
      selectionDeadline: '2027-02-01T00:00:00Z',
    });
    manager = await managerVisitor(t, session.providerId);
    const italian = await contactPointOf(t, 'IT');
    const portuguese = await contactPointOf(t, 'PT');
    for (const [name, country, rank] of [
      ['Pietro Zanardelli', 'IT', 2],
      ['Ada Lovisetti', 'IT', 1],
      ['Inês Carvalhosa', 'PT', 1],
      ['Rui Magalhães', 'PT', 2],
    ] as const) {
      ids[name] = await namedApplication(t, session.sessionId, name, country);
      await act(t, country === 'IT' ? italian : portuguese, ids[name], 'nominate', { rank });
    }
    // Fewer places than nominees (as when a venue shrinks): the catalogue's forms would refuse it.
    await t.deps.db
      .updateTable('course_session')
      .set({ capacity: 2 })
      .where('id', '=', session.sessionId)
      .execute();
    // Still before national selection: never shown to the provider.
    ids.hidden = await namedApplication(t, session.sessionId, 'Ottavia Nonselezionata', 'IT');
  });
  afterAll(() => t.close());

  const page = () => `/en/manage/sessions/${session.sessionId}/applications`;
  const decide = (name: string, action: string, reason = '') =>
    manager.visitor.submit(page(), { reason }, `${page()}/${ids[name]}/${action}`);
  const order = (html: string, names: readonly string[]) =>
    names
      .map((name) => html.indexOf(name))
      .every((at, index, all) => at >= 0 && (index === 0 || at > all[index - 1]!));

  it('shows the nominated by country then rank, never those still in national selection, and audits the view', async () => {
    const response = await manager.visitor.get(page());
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toContain('Places taken: 0 of 2.');
    expect(
      order(response.body, ['Ada Lovisetti', 'Pietro Zanardelli', 'Inês Carvalhosa', 'Rui Magalhães']),
    ).toBe(true);
    expect(response.body).not.toContain('Ottavia');
    expect(response.body).toContain(`href="/en/manage/sessions/${session.sessionId}/attendance"`);
    expect(response.body).toContain(`href="/en/manage/sessions/${session.sessionId}/enrolment"`);
    expect(response.body).toContain(`href="/api/v1/sessions/${session.sessionId}/attendance.pdf?lang=en"`);
    const views = await auditEntriesOf(t, manager.id, 'applications-viewed');
    expect(views.map((entry) => entry.target_id)).toContain(session.sessionId);
  });

  it('accepts up to capacity, then says the session is full and keeps the reason typed', async () => {
    const first = await decide('Ada Lovisetti', 'accept', 'Welcome!');
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe(`${page()}?done=accept#application-${ids['Ada Lovisetti']}`);
    expect((await decide('Inês Carvalhosa', 'accept')).statusCode).toBe(303);
    const full = await decide('Pietro Zanardelli', 'accept', 'Would have been a great fit.');
    expect(full.statusCode).toBe(409);
    expect(full.body).toContain('Every place of this session is taken.');
    expect(full.body).toContain('value="Would have been a great fit."');
    expect(await statusOf(t, ids['Pietro Zanardelli']!)).toBe('nominated');
    const shown = await manager.visitor.get(`${page()}?done=accept`);
    expect(shown.body).toContain('Places taken: 2 of 2.');
    expect(shown.body).toContain('The applicant is offered a place.');
  });

  it('shows the waiting list in its order', async () => {
    expect((await decide('Rui Magalhães', 'waitlist')).statusCode).toBe(303);
    expect((await decide('Pietro Zanardelli', 'waitlist')).statusCode).toBe(303);
    const html = (await manager.visitor.get(page())).body;
    const waitingList = html.slice(html.indexOf('id="group-waiting"'), html.indexOf('id="group-closed"'));
    expect(order(waitingList, ['Rui Magalhães', 'Pietro Zanardelli'])).toBe(true);
    expect(waitingList).toContain('position 1 on the waiting list');
    // Rejecting a place offers it to the first on the list.
    expect((await decide('Inês Carvalhosa', 'reject', 'Dates clash.')).statusCode).toBe(303);
    expect(await statusOf(t, ids['Rui Magalhães']!)).toBe('accepted');
    const after = (await manager.visitor.get(page())).body;
    expect(after.slice(after.indexOf('id="group-places"'))).toContain('The offer must be confirmed by');
    expect(after.slice(after.indexOf('id="group-closed"'))).toContain('Inês Carvalhosa');
  });

  it('refuses managers of another provider (403 on the page, 404 on a decision)', async () => {
    const other = await managerVisitor(t, (await openSession(t)).providerId);
    const response = await other.visitor.get(page());
    expect(response.statusCode).toBe(403);
    expect(response.body).not.toContain('Pietro');
    const decision = await other.visitor.post(`${page()}/${ids['Pietro Zanardelli']}/reject`, {});
    expect(decision.statusCode).toBe(404);
    expect(await statusOf(t, ids['Pietro Zanardelli']!)).toBe('waitlisted');
    expect((await other.visitor.get('/en/manage/sessions/no-such-session/applications')).statusCode).toBe(
      404,
    );
  });

  it('links each session of the course management page to its desk', async () => {
    const response = await manager.visitor.get(`/en/manage/courses/${session.courseId}`);
    expect(response.body).toContain(`href="/en/manage/sessions/${session.sessionId}/applications"`);
  });
});

describe('the provider’s desk of a session the provider selects', () => {
  it('puts submitted applications under “Awaiting decision”, oldest first', async () => {
    const t = await createTestApp();
    try {
      const session = await openSession(t, { capacity: 5, selectionDeadline: '2027-02-01T00:00:00Z' });
      const manager = await managerVisitor(t, session.providerId);
      const first = await namedApplication(t, session.sessionId, 'Primo Candidato', 'RO');
      await namedApplication(t, session.sessionId, 'Seconda Candidata', 'EL');
      const html = (await manager.visitor.get(`/en/manage/sessions/${session.sessionId}/applications`)).body;
      const awaiting = html.slice(html.indexOf('id="group-awaiting"'), html.indexOf('id="group-places"'));
      expect(awaiting.indexOf('Primo Candidato')).toBeGreaterThan(-1);
      expect(awaiting.indexOf('Seconda Candidata')).toBeGreaterThan(awaiting.indexOf('Primo Candidato'));
      expect(awaiting).toContain('In the order they applied.');
      const accepted = await manager.visitor.submit(
        `/en/manage/sessions/${session.sessionId}/applications`,
        { reason: '' },
        `/en/manage/sessions/${session.sessionId}/applications/${first}/accept`,
      );
      expect(accepted.statusCode).toBe(303);
      expect(await statusOf(t, first)).toBe('accepted');
    } finally {
      await t.close();
    }
  });
});

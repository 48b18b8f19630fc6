import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp } from '../../../test/app.js';
import { sessionHeaders } from '../api-tokens/api-tokens.test-kit.js';
import { applied, learnerOf, openSession, type TestSession } from '../applications/applications.test-kit.js';
import { extractPdfText } from '../../platform/pdf/pdf-text.test-kit.js';
import { sessionDays } from './session-days.js';

describe('GET /api/v1/sessions/{id}/attendance.pdf', () => {
  let t: TestApp;
  let open: TestSession;
  const names = ['Ștefan Țîrcă', 'Łukasz Żółć'];

  beforeAll(async () => {
    t = await createTestApp();
    // Open selection: places go in order of application, so both hold one.
    open = await openSession(t, {
      startsAt: '2027-03-08T09:00:00+01:00',
      endsAt: '2027-03-10T17:00:00+01:00',
      timeZone: 'Europe/Rome',
      capacity: 20,
    });
    for (const name of names) {
      const user = await createUser(t.deps, { name, country: 'RO' });
      await applied(t, await sessionHeaders(t, user.id), open.sessionId);
    }
  });

  afterAll(async () => {
    await t.close();
  });

  const sheet = (headers: Record<string, string>, query = '') =>
    t.app.inject({ url: `/api/v1/sessions/${open.sessionId}/attendance.pdf${query}`, headers });

  it('gives the provider’s managers the sheet: every participant, one column per day', async () => {
    const response = await sheet(open.manager, '?lang=it');
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['cache-control']).toBe('no-store');
    const text = await extractPdfText(new Uint8Array(response.rawPayload));
    const runs = text.pages.flatMap((page) => page.runs).join('\n');
    for (const name of names) expect(runs).toContain(name);
    expect(text.info.Language).toBe('it');
    const audit = await t.deps.db
      .selectFrom('audit_entry')
      .select('details')
      .where('action', '=', 'applications-viewed')
      .where('target_id', '=', open.sessionId)
      .execute();
    expect(audit.map((entry) => JSON.parse(entry.details) as { scope: string })).toContainEqual(
      expect.objectContaining({ scope: 'participants' }),
    );
  });

  it('gives the sheet to the session’s trainers too', async () => {
    const trainer = await createUser(t.deps, { name: 'Maria Trainer' });
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/courses/${open.courseId}/sessions/${open.sessionId}`,
      headers: open.manager,
      payload: { trainers: [trainer.id] },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await sheet(await sessionHeaders(t, trainer.id))).statusCode).toBe(200);
  });

  it('refuses visitors, learners and managers of other providers; 404 for unknown sessions', async () => {
    expect((await sheet({})).statusCode).toBe(401);
    expect((await sheet((await learnerOf(t)).headers)).statusCode).toBe(403);
    const other = await openSession(t);
    expect((await sheet(other.manager)).statusCode).toBe(403);
    const unknown = await t.app.inject({
      url: '/api/v1/sessions/no-such-session/attendance.pdf',
      headers: open.manager,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('counts the days where the session takes place', () => {
    expect(sessionDays('2027-03-08T08:00:00Z', '2027-03-10T16:00:00Z', 'Europe/Rome')).toEqual([
      '2027-03-08',
      '2027-03-09',
      '2027-03-10',
    ]);
    // 23:30 UTC is already the next day in Malta.
    expect(sessionDays('2027-09-01T23:30:00Z', '2027-09-02T10:00:00Z', 'Europe/Malta')).toEqual([
      '2027-09-02',
    ]);
  });
});

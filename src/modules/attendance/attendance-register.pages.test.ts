import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { createTestVisitor, type TestVisitor } from '../../../test/browser-session.js';
import { learnerOf, statusOf } from '../applications/applications.test-kit.js';
import { cellValue } from './attendance-register.form.js';
import { pastDays, registerFixture, type RegisterFixture } from './attendance.test-kit.js';

describe('attendance register page', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** A browser holding the session of `headers` (as the API test kits make them). */
  const visitorOf = (headers: Record<string, string>): TestVisitor => {
    const visitor = createTestVisitor(t.app);
    const [name = '', value = ''] = (headers.cookie ?? '').split('=');
    visitor.setCookie(name, value);
    return visitor;
  };
  const pageOf = (fixture: RegisterFixture, lang = 'en') =>
    `/${lang}/manage/sessions/${fixture.sessionId}/attendance`;

  it('shows a checkbox per participant and day, labelled with both, and links the PDF sheet', async () => {
    const fixture = await registerFixture(t, { names: ['Ștefan Țîrcă'], started: true });
    const page = await visitorOf(fixture.manager).get(pageOf(fixture));
    expect(page.statusCode, page.body.slice(0, 300)).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('aria-label="Ștefan Țîrcă, Monday, November 23, 2026"');
    expect(page.body.match(/type="checkbox"/g)).toHaveLength(5);
    expect(page.body).toContain(`/api/v1/sessions/${fixture.sessionId}/attendance.pdf?lang=en`);
    expect(page.body).toContain('Save and close the register');
    expect(page.body).not.toContain('Assessment');
    const italian = await visitorOf(fixture.manager).get(pageOf(fixture, 'it'));
    expect(italian.body).toContain('lunedì 23 novembre 2026');
  });

  it('saves ticks, marks everyone present on a day, then closes into a read-only record', async () => {
    const fixture = await registerFixture(t, { names: ['Anna Present', 'Bruno Absent'], started: true });
    const [anna, bruno] = fixture.participants.map((participant) => participant.applicationId);
    const manager = visitorOf(fixture.manager);
    const ticks = pastDays.slice(1, 4).map((day) => cellValue(anna!, day));
    const saved = await manager.submit(pageOf(fixture), { present: ticks, action: 'save' });
    expect(saved.statusCode, saved.body.slice(0, 300)).toBe(303);
    expect(saved.headers.location).toBe(`${pageOf(fixture)}?done=saved`);

    // "Everyone present" on Monday keeps the boxes ticked on the page.
    const everyone = await manager.submit(pageOf(fixture), { present: ticks, everyonePresent: pastDays[0]! });
    expect(everyone.statusCode).toBe(303);
    const page = await manager.get(`${pageOf(fixture)}?done=saved`);
    expect(page.body).toContain('The register is saved.');
    expect(page.body.match(/ checked\b/g)).toHaveLength(5);

    // Unticking Bruno's Monday marks him absent; closing applies the rule: Anna 4 days of 5 is 80%.
    const closed = await manager.submit(pageOf(fixture), {
      present: [...ticks, cellValue(anna!, pastDays[0]!)],
      action: 'close',
    });
    expect(closed.statusCode, closed.body.slice(0, 300)).toBe(303);
    expect(closed.headers.location).toBe(`${pageOf(fixture)}?done=closed`);
    expect(await statusOf(t, anna!)).toBe('completed');
    expect(await statusOf(t, bruno!)).toBe('no-show');
    const record = await manager.get(`${pageOf(fixture)}?done=closed`);
    expect(record.body).not.toContain('type="checkbox"');
    expect(record.body).toContain('Completed');
    expect(record.body).toContain('Did not attend');
    expect(record.body).toContain('16 h');

    const late = await manager.post(pageOf(fixture), { present: [], action: 'save' });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('The register is already closed');
  });

  it('offers an assessment column where the course requires one, and no closing before the start', async () => {
    const fixture = await registerFixture(t, {
      names: ['Elena Assessed'],
      course: { assessmentRequired: true },
    });
    const [elena] = fixture.participants.map((participant) => participant.applicationId);
    const manager = visitorOf(fixture.manager);
    const page = await manager.get(pageOf(fixture));
    expect(page.body).toContain('aria-label="Assessment of Elena Assessed"');
    expect(page.body).not.toContain('Save and close the register');
    expect(page.body).toContain('The register can be closed once the session has started.');
    const saved = await manager.submit(pageOf(fixture), {
      [`assessment-${elena}`]: 'passed',
      action: 'save',
    });
    expect(saved.statusCode).toBe(303);
    const stored = await t.deps.db
      .selectFrom('attendance_assessment')
      .select('passed')
      .where('application_id', '=', elena!)
      .executeTakeFirst();
    expect(stored?.passed).toBe(1);
    const early = await manager.post(pageOf(fixture), { action: 'close' });
    expect(early.statusCode).toBe(409);
  });

  it('refuses learners and other providers’ managers, and sends visitors to sign in', async () => {
    const fixture = await registerFixture(t, { names: ['Someone'], started: true });
    const other = await registerFixture(t, { names: [] });
    expect((await visitorOf((await learnerOf(t)).headers).get(pageOf(fixture))).statusCode).toBe(403);
    expect((await visitorOf(other.manager).get(pageOf(fixture))).statusCode).toBe(403);
    const visitor = await createTestVisitor(t.app).get(pageOf(fixture));
    expect(visitor.statusCode).toBe(303);
    expect(visitor.headers.location).toMatch(/^\/en\/login/);
  });
});

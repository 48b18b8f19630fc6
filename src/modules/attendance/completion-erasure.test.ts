import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { sessionHeaders } from '../api-tokens/api-tokens.test-kit.js';
import { eraseAccount } from '../privacy/index.js';
import { marksFor, registerFixture } from './attendance.test-kit.js';
import { listCompletionRecords } from './completion-records.repo.js';

/**
 * The training given is counted for EU grants after a participant erases their account: their
 * completion record stays, pointing at a pseudonym (profession, country, sex) instead of them.
 */
describe('completion records and erasure', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('keeps the record of an erased participant under a pseudonym, and nothing that names them', async () => {
    const fixture = await registerFixture(t, { names: ['Ștefan Țîrcă', 'Łukasz Żółć'], started: true });
    const [erased, kept] = fixture.participants as [
      (typeof fixture.participants)[0],
      (typeof fixture.participants)[0],
    ];
    const closed = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/sessions/${fixture.sessionId}/attendance`,
      headers: fixture.manager,
      payload: {
        marks: [...marksFor(erased.applicationId, 5), ...marksFor(kept.applicationId, 5)],
        close: true,
      },
    });
    expect(closed.statusCode, closed.body).toBe(200);

    expect(await eraseAccount(t.deps, { userId: erased.userId, trigger: 'self' })).toBe(true);

    const records = await listCompletionRecords(t.deps.db, { sessionId: fixture.sessionId });
    expect(records.map(({ userId, applicationId, hours }) => ({ userId, applicationId, hours }))).toEqual(
      expect.arrayContaining([
        { userId: null, applicationId: null, hours: 16 },
        { userId: kept.userId, applicationId: kept.applicationId, hours: 16 },
      ]),
    );
    const row = await t.deps.db
      .selectFrom('completion_record as r')
      .innerJoin('person_pseudonym as p', 'p.id', 'r.pseudonym_id')
      .select(['p.profession', 'p.country'])
      .where('r.session_id', '=', fixture.sessionId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ profession: 'judge', country: 'RO' });
  });

  it('gives participants their own attendance days in their data export, and no one else’s', async () => {
    const fixture = await registerFixture(t, { names: ['Ana Ionescu', 'Marco Rossi'], started: true });
    const [ana, marco] = fixture.participants as [
      (typeof fixture.participants)[0],
      (typeof fixture.participants)[0],
    ];
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/sessions/${fixture.sessionId}/attendance`,
      headers: fixture.manager,
      payload: { marks: [...marksFor(ana.applicationId, 3), ...marksFor(marco.applicationId, 5)] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const response = await t.app.inject({
      url: '/api/v1/me/export',
      headers: await sessionHeaders(t, ana.userId),
    });
    expect(response.statusCode).toBe(200);
    const marks = response.json<{ tables: Record<string, { application_id: string; present: unknown }[]> }>()
      .tables.attendance_mark!;
    expect(marks).toHaveLength(5);
    expect(new Set(marks.map((mark) => mark.application_id))).toEqual(new Set([ana.applicationId]));
    expect(marks.filter((mark) => Number(mark.present) === 1)).toHaveLength(3);
  });
});

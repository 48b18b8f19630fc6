import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp } from '../../../test/app.js';
import { eraseAccount } from './privacy.erasure.js';
import { personalDataSources, type PersonalDataSource } from './privacy.sources.js';

/**
 * Completion records outlive an erasure (see attendance/completion-erasure.test.ts). This proves the
 * mechanism on a table of its own: the rows stay, pointed at a pseudonym that keeps profession,
 * country and sex only.
 */
describe('records that must outlive an erasure', () => {
  let t: TestApp;
  const attendance: PersonalDataSource = {
    table: 'privacy_test_attendance',
    label: 'privacy.source.userAccount',
    matches: [{ column: 'user_id', holds: 'user-id' }],
    erasure: { action: 'pseudonymise', userColumn: 'user_id', pseudonymColumn: 'pseudonym_id' },
  };
  beforeAll(async () => {
    t = await createTestApp();
    await t.deps.db.schema
      .createTable('privacy_test_attendance')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.references('user_account.id'))
      .addColumn('pseudonym_id', 'text', (c) => c.references('person_pseudonym.id'))
      .addColumn('course', 'text', (c) => c.notNull())
      .execute();
  });
  afterAll(() => t.close());

  it('are re-pointed to one pseudonym keeping profession, country and sex, with no way back', async () => {
    const user = await createUser(t.deps, { profession: 'prison-director', country: 'PT' });
    await t.deps.db.updateTable('user_account').set({ sex: 'female' }).where('id', '=', user.id).execute();
    const other = await createUser(t.deps);
    for (const [userId, course] of [
      [user.id, 'mediation-2026'],
      [user.id, 'radicalisation-2027'],
      [other.id, 'mediation-2026'],
    ] as const) {
      await sql`insert into privacy_test_attendance (id, user_id, pseudonym_id, course)
        values (${uuidv7()}, ${userId}, null, ${course})`.execute(t.deps.db);
    }

    const sources = [attendance, ...personalDataSources];
    expect(await eraseAccount(t.deps, { userId: user.id, trigger: 'self' }, sources)).toBe(true);

    const { rows } = await sql<{ user_id: string | null; pseudonym_id: string | null; course: string }>`
      select user_id, pseudonym_id, course from privacy_test_attendance order by course`.execute(t.deps.db);
    const kept = rows.filter((row) => row.user_id === null);
    expect(kept.map((row) => row.course).sort()).toEqual(['mediation-2026', 'radicalisation-2027']);
    expect(new Set(kept.map((row) => row.pseudonym_id)).size).toBe(1);
    expect(rows.find((row) => row.user_id === other.id)?.pseudonym_id).toBeNull();

    const pseudonym = await t.deps.db.selectFrom('person_pseudonym').selectAll().executeTakeFirstOrThrow();
    expect(pseudonym).toEqual({
      id: kept[0]?.pseudonym_id,
      profession: 'prison-director',
      country: 'PT',
      sex: 'female',
    });
    // A random (v4) id: unlike the time-ordered v7, it does not tell when the erasure happened.
    expect(pseudonym.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(pseudonym.id).not.toBe(user.id);

    // Erasing again finds nothing to erase.
    expect(await eraseAccount(t.deps, { userId: user.id, trigger: 'self' }, sources)).toBe(false);
  });

  it('makes no pseudonym for a person who left no such record', async () => {
    const before = await t.deps.db.selectFrom('person_pseudonym').select('id').execute();
    const user = await createUser(t.deps);
    await eraseAccount(t.deps, { userId: user.id, trigger: 'self' }, [attendance, ...personalDataSources]);
    expect(await t.deps.db.selectFrom('person_pseudonym').select('id').execute()).toHaveLength(before.length);
  });
});

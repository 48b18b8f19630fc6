import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import * as migration from '../../migrations/20261129T0810-course-recognition.js';

describe('migration 20261129T0810-course-recognition', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.destroy());

  it('marks the universities already there as awarding credits, and no one else', async () => {
    await migration.down(database.db);
    for (const [id, type] of [
      ['u', 'university'],
      ['s', 'judicial-school'],
    ] as const) {
      await database.db
        .insertInto('organisation')
        .values({ id, slug: `org-${id}`, name: `Organisation ${id}`, type, country: 'IT' })
        .execute();
    }
    await migration.up(database.db);
    const rows = await database.db
      .selectFrom('organisation')
      .select(['id', 'awards_credits'])
      .where('id', 'in', ['u', 's'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 's', awards_credits: 0 },
      { id: 'u', awards_credits: 1 },
    ]);
  });

  it('refuses amounts of 0 or less in the database too', async () => {
    await database.db
      .insertInto('course')
      .values({
        id: 'c',
        provider_id: 's',
        slug: 'course-c',
        external_id: null,
        source_language: 'en',
        format: 'online',
        level: 'continuing',
        hours: 8,
        fee_amount: null,
        fee_currency: null,
        published_at: null,
      })
      .execute();
    const insert = (amount: number) =>
      database.db
        .insertInto('course_recognition')
        .values({
          id: `r${amount}`,
          course_id: 'c',
          organisation_id: 'u',
          credit_system: 'ECTS',
          amount,
          conditions: 'x',
          valid_from: '2026-01-01',
          valid_until: null,
          recorded_by_user_id: null,
          withdrawn_at: null,
        })
        .execute();
    await expect(insert(0)).rejects.toThrow();
    await expect(insert(-1)).rejects.toThrow();
    await expect(insert(0.5)).resolves.toBeDefined();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { migrations } from '../../migrations/index.js';
import { migrateDown, migrateToLatest } from './migrate.js';

describe('migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it('go all the way down and up again', async () => {
    const names = Object.keys(migrations);
    const reverted: string[] = [];
    for (let i = 0; i < names.length; i += 1)
      reverted.push(...(await migrateDown(database.db, database.schema)));
    expect(reverted).toEqual(names.map((name) => `down ${name}`).reverse());
    expect(await migrateDown(database.db, database.schema)).toEqual([]);
    expect(await migrateToLatest(database.db, database.schema)).toEqual(names.map((name) => `up ${name}`));
    expect(await migrateToLatest(database.db, database.schema)).toEqual([]);
  });

  it('seed the five Living Lab topics in order', async () => {
    const topics = await database.db.selectFrom('topic').select('code').orderBy('position').execute();
    expect(topics.map((topic) => topic.code)).toEqual([
      'radicalisation',
      'digital-forensics',
      'mediation',
      'data-protection',
      'psychology',
    ]);
  });
});

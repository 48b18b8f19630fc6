import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import * as search from '../../migrations/20261129T0300-search.js';
import * as searchChanges from '../../migrations/20261129T0610-search-changes.js';
import { createSearchIndex } from './index.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.destroy();
});

describe('search migrations', () => {
  it('revert and apply again, leaving an empty working index', async () => {
    const index = createSearchIndex(database);
    await index.upsert({ kind: 'note', id: 'a', language: 'en', title: 'Before', body: '' });
    await searchChanges.down(database.db);
    await search.down(database.db);
    await search.up(database.db);
    await searchChanges.up(database.db);
    expect((await index.search({ text: 'before' })).total).toBe(0);
    await index.upsert({ kind: 'note', id: 'a', language: 'en', title: 'After', body: '' });
    expect((await index.search({ text: 'after' })).total).toBe(1);
  });
});

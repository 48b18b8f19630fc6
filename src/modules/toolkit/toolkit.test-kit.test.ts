import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { seedResource } from './toolkit.test-kit.js';

describe('toolkit test kit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('seeds a published, indexed resource and a deleted, unindexed one', async () => {
    const published = await seedResource(t.deps, { network: 'EJTN' });
    const deleted = await seedResource(t.deps, { deleted: true });
    expect(published).toMatchObject({ status: 'published', network: 'EJTN', version: 1, deletedAt: null });
    expect(deleted.deletedAt).not.toBeNull();
    const rows = await t.deps.db
      .selectFrom('search_document')
      .select('id')
      .where('kind', '=', 'toolkit-resource')
      .execute();
    expect(rows.map((row) => row.id)).toEqual([`${published.id}:en`]);
  });
});

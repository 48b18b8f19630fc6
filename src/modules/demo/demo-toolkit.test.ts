import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { resourceRecordSchema } from '../toolkit/index.js';
import { demoResources } from './demo-toolkit-data.js';
import { removeDemoResources, seedDemoResources } from './demo-toolkit.js';

interface ListBody {
  total: number;
  facets: Record<string, { value: string; count: number }[]>;
}

describe('demo content: the toolkit’s demo resources', () => {
  let t: TestApp;
  const list = async (query: string) => {
    const response = await t.app.inject({ url: `/api/v1/resources?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ListBody>();
  };
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('are valid resource records from six networks in several languages', () => {
    for (const { key, ...resource } of demoResources) {
      const parsed = resourceRecordSchema.safeParse({
        evaluation: null,
        transferability: null,
        contact: null,
        doi: null,
        ...resource,
      });
      expect(parsed.error?.issues, key).toBeUndefined();
    }
    expect(demoResources.length).toBeGreaterThanOrEqual(25);
    expect(new Set(demoResources.map((resource) => resource.network))).toEqual(
      new Set(['RAN', 'EJTN', 'CEPOL', 'CoE', 'EuroPris', 'JP-COOPS']),
    );
    expect(new Set(demoResources.map((resource) => resource.sourceLanguage)).size).toBeGreaterThanOrEqual(6);
  });

  it('are published and searchable, linked across networks, seeded once, and removed with the demo', async () => {
    expect(await seedDemoResources(t.deps)).toBe(demoResources.length);
    expect(await seedDemoResources(t.deps)).toBe(0);
    const all = await list('');
    expect(all.total).toBe(demoResources.length);
    expect(all.facets.source).toHaveLength(6);
    expect((await list('q=arrest&lang=ro')).total).toBeGreaterThan(0);
    expect(await t.deps.db.selectFrom('toolkit_resource_link').selectAll().execute()).toHaveLength(1);
    expect(await removeDemoResources(t.deps)).toBe(demoResources.length);
    expect((await list('')).total).toBe(0);
    expect(await t.deps.db.selectFrom('toolkit_resource').select('id').execute()).toEqual([]);
  });
});

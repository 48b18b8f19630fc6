import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markResourceDeleted } from '../src/modules/toolkit/resource-writes.repo.js';
import { findResources, type Resource } from '../src/modules/toolkit/resource-reads.repo.js';
import { runHarvest } from '../src/modules/toolkit/harvest/harvest-runner.js';
import { fastRetries, seedSource } from '../src/modules/toolkit/harvest/harvest.test-kit.js';
import { insertResourcesAt } from '../src/modules/toolkit/oai/oai.test-kit.js';
import { createSearchIndex, type SearchIndex } from '../src/platform/search/index.js';
import { createTestApp, type TestApp } from './app.js';
import { createTestDatabase, type TestDatabase } from './database.js';

/**
 * Issue 7, point 7: our own `/oai` harvested by our own harvester (oai_dc) into a fresh database yields
 * the same records — every field Dublin Core carries. Topics, professions, instruments and evidence
 * travel as names and links in oai_dc, not as codes, so the copy takes the source's mapping for them.
 */
describe('round trip: /oai → harvester → a fresh database', { timeout: 120_000 }, () => {
  let provider: TestApp;
  let harvester: TestDatabase;
  let search: SearchIndex;
  let baseUrl: string;
  const languages = ['en', 'it', 'fr', 'de', 'es', 'pt', 'ro'];

  const contentOf = (resource: Resource) => ({
    type: resource.type,
    sourceLanguage: resource.sourceLanguage,
    texts: resource.texts,
    languages: [...resource.languages].sort(),
    countries: [...resource.countries].sort(),
    network: resource.network,
    originalUrl: resource.originalUrl,
    doi: resource.doi,
    organisationName: resource.organisationName,
    publishedOn: resource.publishedOn,
    licence: resource.licence,
  });
  const live = async (db: TestDatabase['db'], sourceId?: string) => {
    let query = db
      .selectFrom('toolkit_resource')
      .select('id')
      .where('deleted_at', 'is', null)
      .where('status', '=', 'published');
    if (sourceId) query = query.where('source_id', '=', sourceId);
    const rows = await query.execute();
    const resources = await findResources(
      db,
      rows.map((row) => row.id),
    );
    return new Map(resources.map((resource) => [resource.originalUrl, contentOf(resource)]));
  };

  beforeAll(async () => {
    provider = await createTestApp();
    await insertResourcesAt(
      provider.deps,
      Array.from({ length: 230 }, (_, index) => {
        const language = languages[index % languages.length]!;
        return {
          datestamp: new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString(),
          overrides: {
            network: 'JP-COOPS',
            type: index % 4 === 0 ? 'practice' : 'handbook',
            sourceLanguage: language,
            languages: [language],
            texts: [
              {
                language,
                title: `Resource ${index} «${language}» & co`,
                summary: index % 5 === 0 ? '' : `Summary ${index} < > & “quotes”`,
              },
              ...(language === 'en'
                ? []
                : [{ language: 'en', title: `Resource ${index} in English`, summary: '' }]),
            ],
            countries: index % 3 === 0 ? ['IT', 'EL'] : [],
            doi: index % 7 === 0 ? `10.4242/jp.${index}` : null,
            originalUrl: `https://jpcoops.example.org/resources/${index}`,
            publishedOn: index % 2 === 0 ? '2024-05' : '2023',
            status: index === 11 ? 'submitted' : 'published',
            deleted: index === 12,
          },
        };
      }),
    );
    await provider.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(provider.app.server.address() as AddressInfo).port}`;
    harvester = await createTestDatabase();
    search = createSearchIndex(harvester);
  }, 120_000);
  afterAll(async () => {
    await provider?.close();
    await harvester?.destroy();
  });

  it('copies every live record with the same content, over resumption tokens, then follows a deletion', async () => {
    const sourceId = await seedSource(harvester.db, {
      url: `${baseUrl}/oai`,
      network: 'JP-COOPS',
      intervalHours: null,
    });
    const run = await runHarvest(
      { db: harvester.db, search },
      { sourceId, trigger: 'cli', policy: fastRetries },
    );
    expect(run.status, run.error ?? JSON.stringify(run.failures.slice(0, 3))).toBe('completed');
    expect(run.pagesDone).toBe(3);
    const original = await live(provider.deps.db);
    expect(original.size).toBe(228);
    expect(run.counts).toMatchObject({ new: 228, failed: 0 });
    const copy = await live(harvester.db, sourceId);
    expect(copy).toEqual(original);

    const [gone] = await provider.deps.db
      .selectFrom('toolkit_resource')
      .select('id')
      .where('original_url', '=', 'https://jpcoops.example.org/resources/20')
      .execute();
    await markResourceDeleted(provider.deps.db, gone!.id, new Date(Date.now() + 2000).toISOString());
    const again = await runHarvest(
      { db: harvester.db, search },
      { sourceId, trigger: 'cli', policy: fastRetries },
    );
    expect(again.counts).toMatchObject({ new: 0, deleted: 1, failed: 0 });
    expect((await live(harvester.db, sourceId)).has('https://jpcoops.example.org/resources/20')).toBe(false);
  });
});

import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markResourceDeleted } from '../src/modules/toolkit/resource-writes.repo.js';
import { servesFacet } from '../src/modules/toolkit/toolkit.search.js';
import { findResources, type Resource } from '../src/modules/toolkit/resource-reads.repo.js';
import { runHarvest } from '../src/modules/toolkit/harvest/harvest-runner.js';
import { mappingRulesSchema } from '../src/modules/toolkit/harvest/harvest-mapping.js';
import { updateSource } from '../src/modules/toolkit/harvest/harvest-sources.repo.js';
import { fastRetries, seedSource } from '../src/modules/toolkit/harvest/harvest.test-kit.js';
import { insertResourcesAt } from '../src/modules/toolkit/oai/oai.test-kit.js';
import { createSearchIndex, type SearchIndex } from '../src/platform/search/index.js';
import { createTestApp, type TestApp } from './app.js';
import { createTestDatabase, type TestDatabase } from './database.js';

/**
 * Issue 7, point 7: our own `/oai` harvested by our own harvester into a fresh database yields the same
 * records. In oai_dc, every field Dublin Core carries: topics travel as their English names and
 * instruments as EUR-Lex links, which the harvester reads back as codes; professions and evidence do
 * not travel. In jpcoops, every field of the record.
 */
describe('round trip: /oai → harvester → a fresh database', { timeout: 120_000 }, () => {
  let provider: TestApp;
  let harvester: TestDatabase;
  let search: SearchIndex;
  let baseUrl: string;
  const languages = ['en', 'it', 'fr', 'de', 'es', 'pt', 'ro'];
  const topics = ['radicalisation', 'digital-forensics', 'mediation', 'data-protection', 'psychology'];
  const evidence = ['inspiring', 'peer-reviewed', 'evaluated', null] as const;

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
    topics: [...resource.topics].sort(),
    instruments: [...resource.instruments].sort(),
  });
  /** Every field of the record (jpcoops carries them all). */
  const fullContentOf = (resource: Resource) => ({
    ...contentOf(resource),
    professions: [...resource.professions].sort(),
    contact: resource.contact,
    evidence: resource.evidence,
    evaluation: resource.evaluation,
    transferability: resource.transferability,
  });
  const liveAs = async <T>(content: (resource: Resource) => T, db: TestDatabase['db'], sourceId?: string) => {
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
    return new Map(resources.map((resource) => [resource.originalUrl, content(resource)]));
  };
  const live = (db: TestDatabase['db'], sourceId?: string) => liveAs(contentOf, db, sourceId);

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
            topics:
              index % 6 === 0
                ? []
                : [topics[index % 5]!, ...(index % 4 === 0 ? [topics[(index + 2) % 5]!] : [])],
            professions: index % 2 === 0 ? ['prison-staff'] : ['judge', 'prosecutor'],
            instruments:
              index % 5 === 0 ? [] : index % 2 === 0 ? ['32016L0680'] : ['32014L0041', '32008F0909'],
            contact: index % 6 === 0 ? `Desk ${index}, training@jpcoops.example.org` : null,
            evidence: evidence[index % 4]!,
            evaluation: index % 8 === 0 ? `Evaluated with ${index} participants.` : null,
            transferability: index % 9 === 0 ? 'Fits any prison service with a probation unit.' : null,
            organisationName: index % 10 === 0 ? null : `Training school ${index % 3}`,
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
      mapping: mappingRulesSchema.parse({}),
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
  it('copies every field of every live record in the jpcoops format', async () => {
    const sourceId = await seedSource(harvester.db, {
      url: `${baseUrl}/oai`,
      network: 'JP-COOPS',
      metadataPrefix: 'jpcoops',
      intervalHours: null,
      // No defaults: every code of the copy comes from the records.
      mapping: mappingRulesSchema.parse({ type: 'video', language: 'ro' }),
    });
    const run = await runHarvest(
      { db: harvester.db, search },
      { sourceId, trigger: 'cli', policy: fastRetries },
    );
    expect(run.status, run.error ?? JSON.stringify(run.failures.slice(0, 3))).toBe('completed');
    const original = await liveAs(fullContentOf, provider.deps.db);
    expect(run.counts).toMatchObject({ new: original.size, failed: 0 });
    expect(await liveAs(fullContentOf, harvester.db, sourceId)).toEqual(original);

    const found = await search.search({
      kinds: ['toolkit-resource'],
      text: '',
      facets: {
        topic: ['mediation'],
        profession: ['judge'],
        instrument: ['32014L0041'],
        [servesFacet]: ['en'],
      },
      facetCounts: ['source'],
    });
    const expected = [...original.values()].filter(
      (content) =>
        content.topics.includes('mediation') &&
        content.professions.includes('judge') &&
        content.instruments.includes('32014L0041'),
    ).length;
    expect(expected).toBeGreaterThan(0);
    expect(found.facets.source).toEqual([{ value: 'JP-COOPS', count: expected }]);

    await updateSource(harvester.db, sourceId, { harvestedUntil: null });
    const again = await runHarvest(
      { db: harvester.db, search },
      { sourceId, trigger: 'cli', policy: fastRetries },
    );
    expect(again.counts).toMatchObject({ new: 0, updated: 0, unchanged: original.size, failed: 0 });
  });
});

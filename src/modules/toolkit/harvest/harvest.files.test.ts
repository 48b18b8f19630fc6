import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.js';
import { createSearchIndex, type SearchIndex } from '../../../platform/search/index.js';
import { findResources } from '../resource-reads.repo.js';
import { runHarvest } from './harvest-runner.js';
import { fastRetries, seedSource, startServer, type LocalServer } from './harvest.test-kit.js';

describe('harvesting CSV, XLSX and JSON files', () => {
  let database: TestDatabase;
  let search: SearchIndex;
  let server: LocalServer;
  const files = new Map<string, { body: string | Buffer; contentType: string }>();
  const harvest = (sourceId: string) =>
    runHarvest({ db: database.db, search }, { sourceId, trigger: 'cli', policy: fastRetries });
  const resourcesOf = async (sourceId: string) => {
    const rows = await database.db
      .selectFrom('toolkit_resource')
      .select('id')
      .where('source_id', '=', sourceId)
      .where('deleted_at', 'is', null)
      .execute();
    return findResources(
      database.db,
      rows.map((row) => row.id),
    );
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    search = createSearchIndex(database);
    server = await startServer((url) => files.get(url.pathname) ?? { status: 404, body: 'no' });
  });
  afterAll(async () => {
    await server.close();
    await database.destroy();
  });

  it('reads a CSV file with the documented columns; a row without a title fails alone', async () => {
    files.set('/list.csv', {
      contentType: 'text/csv',
      body: [
        'identifier,title,summary,language,type,url,date,topics,countries',
        'c1,Guida per il personale penitenziario,Una guida,it,guideline,https://csv.example.org/1,2023-04,prisons;radicalisation,IT;MT',
        'c2,,No title,en,handbook,https://csv.example.org/2,2023,,',
      ].join('\n'),
    });
    const sourceId = await seedSource(database.db, {
      url: `${server.url}/list.csv`,
      kind: 'csv',
      network: 'CoE',
    });
    const run = await harvest(sourceId);
    expect(run.counts).toMatchObject({ new: 1, failed: 1 });
    expect(run.failures[0]?.identifier).toBe('c2');
    const [resource] = await resourcesOf(sourceId);
    expect(resource).toMatchObject({
      type: 'guideline',
      sourceLanguage: 'it',
      network: 'CoE',
      publishedOn: '2023-04',
      countries: ['IT', 'MT'],
    });
    expect(resource?.topics.sort()).toEqual(['prisons', 'radicalisation']);
  });

  it('reads the first sheet of an XLSX workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Resources');
    sheet.addRow(['identifier', 'title', 'language', 'url', 'deleted']);
    sheet.addRow(['x1', 'Handbuch Deradikalisierung', 'de', 'https://xlsx.example.org/1', '']);
    sheet.addRow(['x2', 'Removed one', 'en', 'https://xlsx.example.org/2', 'yes']);
    files.set('/list.xlsx', {
      contentType: 'application/octet-stream',
      body: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    const sourceId = await seedSource(database.db, { url: `${server.url}/list.xlsx`, kind: 'xlsx' });
    const run = await harvest(sourceId);
    expect(run.status, run.error ?? '').toBe('completed');
    expect(run.counts.new).toBe(1);
    expect((await resourcesOf(sourceId))[0]?.texts).toEqual([
      { language: 'de', title: 'Handbuch Deradikalisierung', summary: '' },
    ]);
  });

  it('reads the JSON format, with texts by language and deletions, and refuses a file of another shape', async () => {
    const record = {
      identifier: 'j1',
      title: { en: 'Exit programmes', it: 'Programmi di uscita' },
      summary: { en: 'How exit works' },
      language: 'en',
      doi: '10.1234/exit.1',
      topics: ['exit'],
    };
    files.set('/feed.json', {
      contentType: 'application/json',
      body: JSON.stringify({ records: [record, { identifier: 'j2', title: 42 }] }),
    });
    const sourceId = await seedSource(database.db, { url: `${server.url}/feed.json`, kind: 'json' });
    const run = await harvest(sourceId);
    expect(run.counts).toMatchObject({ new: 1, failed: 1 });
    const [resource] = await resourcesOf(sourceId);
    expect(resource?.texts.map((text) => text.language)).toEqual(['en', 'it']);
    expect(resource?.doi).toBe('10.1234/exit.1');

    files.set('/feed.json', {
      contentType: 'application/json',
      body: JSON.stringify({ records: [{ identifier: 'j1', deleted: true }] }),
    });
    expect((await harvest(sourceId)).counts.deleted).toBe(1);
    expect(await resourcesOf(sourceId)).toEqual([]);

    files.set('/other.json', { contentType: 'application/json', body: '[1, 2, 3]' });
    const other = await seedSource(database.db, { url: `${server.url}/other.json`, kind: 'json' });
    const failed = await harvest(other);
    expect(failed.status).toBe('failed');
    expect(failed.error).toContain('not a JSON harvest file');
  });

  it('links the same work published by two sources (same DOI), in both directions', async () => {
    const body = (identifier: string) =>
      JSON.stringify({
        records: [
          { identifier, title: 'Shared study', language: 'en', doi: '10.5555/shared.9', date: '2022' },
        ],
      });
    files.set('/a.json', { contentType: 'application/json', body: body('a-1') });
    files.set('/b.json', { contentType: 'application/json', body: body('b-1') });
    const first = await seedSource(database.db, {
      url: `${server.url}/a.json`,
      kind: 'json',
      network: 'RAN',
    });
    const second = await seedSource(database.db, {
      url: `${server.url}/b.json`,
      kind: 'json',
      network: 'EuroPris',
    });
    await harvest(first);
    await harvest(second);
    const [a] = await resourcesOf(first);
    const [b] = await resourcesOf(second);
    const links = await database.db
      .selectFrom('toolkit_resource_link')
      .selectAll()
      .where('resource_id', 'in', [a!.id, b!.id])
      .orderBy('resource_id')
      .execute();
    expect(links).toEqual(
      expect.arrayContaining([
        { resource_id: a!.id, other_resource_id: b!.id, basis: 'doi' },
        { resource_id: b!.id, other_resource_id: a!.id, basis: 'doi' },
      ]),
    );
    expect(links).toHaveLength(2);
  });
});

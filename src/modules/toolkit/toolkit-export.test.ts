import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import type { Resource } from './resource-reads.repo.js';
import { resourceCsvColumns, resourceExportSchema } from './toolkit-export.js';
import { seedResource } from './toolkit.test-kit.js';

const trickyTitle = 'Ștefan and Żółć: "quoted", with commas; and =formula';

describe('toolkit export for the e-Justice training platform', () => {
  let t: TestApp;
  let tricky: Resource;
  let italian: Resource;
  beforeAll(async () => {
    t = await createTestApp();
    tricky = await seedResource(t.deps, {
      texts: [
        { language: 'en', title: trickyTitle, summary: 'First line.\nSecond line; "quoted"' },
        { language: 'fr', title: 'Manuel « Ștefan »', summary: 'Résumé.' },
      ],
      topics: ['radicalisation', 'eaw'],
      countries: ['EL', 'IT'],
      network: 'CoE',
    });
    italian = await seedResource(t.deps, {
      sourceLanguage: 'it',
      texts: [{ language: 'it', title: 'Giustizia riparativa', summary: 'Sintesi.' }],
      network: 'EuroPris',
      evidence: null,
    });
    await seedResource(t.deps, { status: 'submitted' });
    await seedResource(t.deps, { deleted: true });
  });
  afterAll(() => t.close());

  it('exports every published resource as JSON, in the asked language with the source language as fallback', async () => {
    const response = await t.app.inject({ url: '/api/v1/export/resources.json?lang=fr' });
    expect(response.statusCode).toBe(200);
    const body = resourceExportSchema.parse(response.json());
    expect(body.resources.map((row) => row.resourceId).sort()).toEqual([tricky.id, italian.id].sort());
    const byId = new Map(body.resources.map((row) => [row.resourceId, row]));
    expect(byId.get(tricky.id)).toMatchObject({
      title: 'Manuel « Ștefan »',
      textLanguage: 'fr',
      typeLabel: 'Manuel',
      networkName: 'Conseil de l’Europe',
      countries: ['EL', 'IT'],
      url: `http://localhost:3000/fr/toolkit/resources/${tricky.id}`,
    });
    expect(byId.get(italian.id)).toMatchObject({
      title: 'Giustizia riparativa',
      textLanguage: 'it',
      evidence: null,
    });
  });

  it('exports the same rows as CSV with the documented columns, quoted, formulas defused', async () => {
    const response = await t.app.inject({ url: '/api/v1/export/resources.csv' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain('jpcoops-toolkit.csv');
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    const rows = parse<Record<string, string>>(response.body, { bom: true, columns: true });
    expect(Object.keys(rows[0]!)).toEqual(resourceCsvColumns);
    const row = rows.find((candidate) => candidate.resourceId === tricky.id)!;
    expect(row.title).toBe(trickyTitle);
    expect(row.topics).toBe('eaw; radicalisation');
    expect(row.summary).toBe('First line.\nSecond line; "quoted"');
    expect(rows).toHaveLength(2);
  });

  it('refuses an unknown language with 400', async () => {
    const response = await t.app.inject({ url: '/api/v1/export/resources.json?lang=xx' });
    expect(response.statusCode).toBe(400);
  });
});

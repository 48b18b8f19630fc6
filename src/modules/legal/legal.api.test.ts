import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import type { InstrumentView } from './legal.schema.js';

describe('the legal instruments API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('lists every instrument with its group, groups in the reference’s order', async () => {
    const response = await t.app.inject({ url: '/api/v1/instruments' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ groups: { group: string; celex: string[] }[]; items: InstrumentView[] }>();
    expect(body.groups.map((entry) => entry.group)).toEqual([
      'mutual-recognition',
      'procedural-rights',
      'data-protection',
      'substantive-criminal-law',
    ]);
    expect(body.groups[0]?.celex).toEqual([
      '32002F0584',
      '32008F0909',
      '32008F0947',
      '32009F0829',
      '32014L0041',
    ]);
    expect(body.items).toHaveLength(15);
    const gdpr = body.items.find((item) => item.celex === '32016R0679');
    expect(gdpr).toMatchObject({ group: 'data-protection', acronym: 'GDPR' });
    expect(gdpr?.participation.bound).toHaveLength(27);
  });

  it('answers one instrument with who takes part and its page', async () => {
    const response = await t.app.inject({ url: '/api/v1/instruments/32014L0041' });
    expect(response.statusCode).toBe(200);
    const eio = response.json<InstrumentView>();
    expect(eio).toMatchObject({
      celex: '32014L0041',
      group: 'mutual-recognition',
      number: '2014/41/EU',
      pageUrl: 'http://localhost:3000/en/instruments/32014L0041',
      participation: { notBound: ['DK', 'IE'], note: null },
    });
    expect(eio.participation.bound).toHaveLength(25);
    expect(eio.deadlines.find((d) => d.article === 'Art. 12(4)')).toMatchObject({ amount: 90, unit: 'days' });
  });

  it('answers 404 problem+json for an unknown or malformed CELEX number', async () => {
    for (const celex of ['32099L9999', 'not-a-celex']) {
      const response = await t.app.inject({ url: `/api/v1/instruments/${celex}` });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<{ code: string }>().code).toBe('not-found');
    }
  });

  it('documents both routes in the OpenAPI description', async () => {
    const spec = (await t.app.inject({ url: '/api/v1/openapi.json' })).json<{
      paths: Record<string, unknown>;
    }>();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/v1/instruments', '/api/v1/instruments/{celex}']),
    );
  });
});

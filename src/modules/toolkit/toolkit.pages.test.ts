import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import type { Resource } from './resource-reads.repo.js';
import { seedResource } from './toolkit.test-kit.js';

const jsonLdOf = (html: string) => {
  const match = /<script type="application\/ld\+json" nonce="([^"]+)">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no JSON-LD');
  return { nonce: match[1], data: JSON.parse(match[2] ?? '') as Record<string, unknown> };
};

describe('toolkit pages', () => {
  let t: TestApp;
  let ran: Resource;
  let ejtn: Resource;
  let versioned: Resource;
  const page = async (url: string, headers: Record<string, string> = {}) => {
    const response = await t.app.inject({ url, headers });
    expect(response.statusCode, url).toBe(200);
    return response.body;
  };

  beforeAll(async () => {
    t = await createTestApp();
    ran = await seedResource(t.deps, {
      network: 'RAN',
      sourceLanguage: 'en',
      texts: [
        {
          language: 'en',
          title: 'Working with returnees in prison <script>alert(1)</script>',
          summary: 'Exit programmes for violent extremist offenders in prison and probation.',
        },
        {
          language: 'it',
          title: 'Lavorare con i rimpatriati in carcere',
          summary: 'Programmi di uscita in carcere.',
        },
      ],
      doi: '10.2837/123456',
      licence: 'CC BY 4.0',
      evaluation: 'Evaluated in three member states.',
      transferability: 'Needs a probation service.',
      evidence: 'evaluated',
    });
    ejtn = await seedResource(t.deps, {
      network: 'EJTN',
      type: 'training-material',
      texts: [
        {
          language: 'en',
          title: 'European Investigation Order seminar materials',
          summary: 'Cross-border evidence.',
        },
      ],
      topics: ['eio'],
      instruments: ['32014L0041'],
    });
    versioned = await seedResource(t.deps, { network: 'JP-COOPS', version: 3 });
    await t.deps.db
      .insertInto('toolkit_resource_link')
      .values({ resource_id: ejtn.id, other_resource_id: ran.id, basis: 'doi' })
      .execute();
    await t.deps.db
      .insertInto('toolkit_attachment')
      .values({
        id: uuidv7(),
        resource_id: ran.id,
        file_name: 'exit-programmes.pdf',
        media_type: 'application/pdf',
        byte_size: 150_000,
        sha256: 'b'.repeat(64),
        storage_key: 'k',
      })
      .execute();
    await seedResource(t.deps, { status: 'draft', network: 'CEPOL' });
  });
  afterAll(() => t.close());

  it('searches with facets and counts, highlighting the words found, without JavaScript', async () => {
    const html = await page('/en/toolkit?q=extremist');
    expect(html).toContain('<form method="get" action="/en/toolkit"');
    expect(html).toContain('1 resource found');
    expect(html).toContain('<mark>extremist</mark>');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('Radicalisation Awareness Network (1)');
    const all = await page('/en/toolkit');
    expect(all).toContain('3 resources found');
    expect(all).not.toContain('toolkit-source-CEPOL');
    expect(await page('/en/toolkit?source=EJTN')).toContain('European Investigation Order seminar materials');
  });

  it('drops invalid parameters of a visitor’s link rather than failing', async () => {
    const html = await page('/en/toolkit?type=magazine&page=zero&source=RAN');
    expect(html).toContain('1 resource found');
  });

  it('answers htmx with the results and the facets out of band', async () => {
    const html = await page('/en/toolkit?q=seminar', { 'hx-request': 'true' });
    expect(html).not.toContain('<html');
    expect(html).toContain('hx-swap-oob');
    expect(html).toContain('1 resource found');
  });

  it('pages through many results', async () => {
    for (let index = 0; index < 21; index += 1) await seedResource(t.deps, { network: 'CoE' });
    const first = await page('/en/toolkit?source=CoE');
    expect(first).toContain('Page 1 of 2');
    expect(first).toContain('href="/en/toolkit?source=CoE&amp;page=2"');
    expect(await page('/en/toolkit?source=CoE&page=2')).toContain('Page 2 of 2');
  });

  it('browses by source network with counts', async () => {
    const html = await page('/en/toolkit/networks');
    expect(html).toContain('<caption');
    expect(html).toMatch(/European Judicial Training Network<\/a><\/th><td[^>]*>1<\/td>/);
    expect(html).toContain('href="/en/toolkit?source=RAN"');
    expect(await page('/it/toolkit/networks')).toContain('Rete europea di formazione giudiziaria');
  });

  it('shows every field, files, other sources and a LearningResource JSON-LD with the nonce', async () => {
    const response = await t.app.inject({ url: `/en/toolkit/resources/${ran.id}` });
    const html = response.body;
    const { nonce, data } = jsonLdOf(html);
    expect(String(response.headers['content-security-policy'])).toContain(`'nonce-${nonce}'`);
    expect(data).toMatchObject({
      '@type': 'LearningResource',
      name: 'Working with returnees in prison <script>alert(1)</script>',
      learningResourceType: 'handbook',
      license: 'CC BY 4.0',
      identifier: { value: '10.2837/123456' },
    });
    for (const text of [
      'Evaluated in three member states.',
      'Needs a probation service.',
      'exit-programmes.pdf',
      'CC BY 4.0',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain('European Investigation Order seminar materials');
    expect(html).not.toContain('/versions');
    expect(html).toContain('href="/toolkit/files/');
    expect(await page(`/en/toolkit/resources/${versioned.id}`)).toContain(
      `/en/toolkit/resources/${versioned.id}/versions`,
    );
  });

  it('names the instruments of the reference and links them to their pages', async () => {
    const html = await page(`/fr/toolkit/resources/${ejtn.id}`);
    expect(html).toContain(
      '<a href="/fr/instruments/32014L0041"><span lang="en">European Investigation Order</span> (2014/41/EU)</a>',
    );
    const listed = await page('/en/toolkit?instrument=32014L0041');
    expect(listed).toContain('2014/41/EU');
  });

  it('shows the visitor’s language, else the source language marked as such', async () => {
    const italian = await page(`/it/toolkit/resources/${ran.id}`);
    expect(italian).toContain('Lavorare con i rimpatriati in carcere');
    expect(jsonLdOf(italian).data.name).toBe('Lavorare con i rimpatriati in carcere');
    const german = await page(`/de/toolkit/resources/${ran.id}`);
    expect(german).toContain('Working with returnees in prison');
    expect(german).toContain('noch nicht übersetzt');
  });

  it('answers 404 for unknown, unpublished and deleted resources', async () => {
    const draft = await seedResource(t.deps, { status: 'submitted' });
    const deleted = await seedResource(t.deps, { deleted: true });
    for (const id of [uuidv7(), draft.id, deleted.id]) {
      const response = await t.app.inject({ url: `/en/toolkit/resources/${id}` });
      expect(response.statusCode).toBe(404);
    }
  });
});

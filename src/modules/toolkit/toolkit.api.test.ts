import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import type { Resource } from './resource-reads.repo.js';
import { seedResource } from './toolkit.test-kit.js';

type Response = Awaited<ReturnType<TestApp['app']['inject']>>;
interface ListBody {
  items: { id: string; title: string; language: string; snippet: string; url: string }[];
  total: number;
  sort: string;
  page: number;
  pageSize: number;
  facets: Record<string, { value: string; label: string; count: number }[]>;
}

const fieldsOf = (response: Response) =>
  (response.json<{ errors?: { field: string }[] }>().errors ?? []).map((error) => error.field);

describe('toolkit API: searching and reading resources', () => {
  let t: TestApp;
  let handbook: Resource;
  let guideline: Resource;
  let italian: Resource;
  let draft: Resource;
  let deleted: Resource;
  const list = async (query: string) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/resources${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ListBody>();
  };

  beforeAll(async () => {
    t = await createTestApp();
    handbook = await seedResource(t.deps, {
      type: 'handbook',
      network: 'RAN',
      texts: [
        {
          language: 'en',
          title: 'Responses to returning foreign terrorist fighters',
          summary: 'Prison and probation work with returnees.',
        },
      ],
      topics: ['radicalisation'],
      professions: ['prison-staff', 'probation-officer'],
      countries: ['IT', 'RO'],
      evidence: 'evaluated',
    });
    guideline = await seedResource(t.deps, {
      type: 'guideline',
      network: 'EJTN',
      texts: [
        {
          language: 'en',
          title: 'European Arrest Warrant guidelines for judges',
          summary: 'Surrender procedures step by step.',
        },
        {
          language: 'fr',
          title: 'Lignes directrices sur le mandat d’arrêt européen',
          summary: 'Les procédures de remise pas à pas.',
        },
      ],
      topics: ['eaw'],
      professions: ['judge'],
      instruments: ['32002F0584'],
      evidence: null,
    });
    italian = await seedResource(t.deps, {
      type: 'practice',
      network: 'EuroPris',
      sourceLanguage: 'it',
      texts: [
        {
          language: 'it',
          title: 'Mediazione penale in carcere',
          summary: 'Una pratica di giustizia riparativa.',
        },
      ],
      languages: ['it'],
      evidence: 'inspiring',
    });
    draft = await seedResource(t.deps, {
      status: 'draft',
      texts: [{ language: 'en', title: 'Unfinished returnees draft', summary: '' }],
    });
    deleted = await seedResource(t.deps, {
      deleted: true,
      texts: [{ language: 'en', title: 'Withdrawn returnees guide', summary: '' }],
    });
  });
  afterAll(() => t.close());

  it('lists the published resources only, with the catalogue’s answer shape and facet counts', async () => {
    const body = await list('');
    expect(Object.keys(body).sort()).toEqual(['facets', 'items', 'page', 'pageSize', 'sort', 'total']);
    expect(body.total).toBe(3);
    expect(body.sort).toBe('date');
    expect(body.items.map((item) => item.id).sort()).toEqual([handbook.id, guideline.id, italian.id].sort());
    expect(body.facets.source).toEqual(
      expect.arrayContaining([
        { value: 'RAN', label: 'Radicalisation Awareness Network', count: 1 },
        { value: 'EJTN', label: 'European Judicial Training Network', count: 1 },
      ]),
    );
    expect(body.facets.type).toContainEqual({ value: 'handbook', label: 'Handbook', count: 1 });
    expect(body.facets.evidence).toContainEqual({ value: 'evaluated', label: 'Evaluated', count: 1 });
    expect(Object.keys(body.facets).sort()).toEqual([
      'country',
      'evidence',
      'instrument',
      'language',
      'profession',
      'source',
      'topic',
      'type',
    ]);
  });

  it('searches words with highlighted snippets, in the reader’s language else the source language', async () => {
    const body = await list('?q=returnees');
    expect(body.items.map((item) => item.id)).toEqual([handbook.id]);
    expect(body.sort).toBe('relevance');
    expect(body.items[0]!.snippet).toContain('<mark>returnees</mark>');
    const french = await list('?lang=fr&source=EJTN&source=EuroPris');
    const titles = Object.fromEntries(french.items.map((item) => [item.id, item]));
    expect(titles[guideline.id]).toMatchObject({
      language: 'fr',
      title: 'Lignes directrices sur le mandat d’arrêt européen',
    });
    expect(titles[italian.id]).toMatchObject({ language: 'it', title: 'Mediazione penale in carcere' });
    expect(titles[guideline.id]!.url).toBe(`http://localhost:3000/fr/toolkit/resources/${guideline.id}`);
    expect(french.facets.type).toContainEqual({ value: 'guideline', label: 'Lignes directrices', count: 1 });
  });

  it('finds a resource by the instrument it applies without showing the CELEX number in the snippet', async () => {
    const body = await list('?q=32002F0584');
    expect(body.items.map((item) => item.id)).toEqual([guideline.id]);
    expect(body.items[0]!.snippet).toBe('Surrender procedures step by step.');
    expect(body.facets.instrument).toEqual([{ value: '32002F0584', label: '2002/584/JHA', count: 1 }]);
  });

  it('filters by every facet, ANDs facets and ORs values, counting each facet without its own filter', async () => {
    expect((await list('?type=handbook')).items.map((item) => item.id)).toEqual([handbook.id]);
    expect((await list('?topic=eaw')).items.map((item) => item.id)).toEqual([guideline.id]);
    expect((await list('?profession=probation-officer')).total).toBe(1);
    expect((await list('?language=it')).items.map((item) => item.id)).toEqual([italian.id]);
    expect((await list('?country=RO')).items.map((item) => item.id)).toEqual([handbook.id]);
    expect((await list('?instrument=32002F0584')).items.map((item) => item.id)).toEqual([guideline.id]);
    expect((await list('?evidence=inspiring')).items.map((item) => item.id)).toEqual([italian.id]);
    const either = await list('?source=RAN&source=EJTN');
    expect(either.total).toBe(2);
    const both = await list('?source=RAN&type=guideline');
    expect(both.total).toBe(0);
    expect(both.facets.source).toContainEqual({
      value: 'EJTN',
      label: 'European Judicial Training Network',
      count: 1,
    });
  });

  it('pages through the results', async () => {
    const first = await list('?pageSize=2&page=1');
    const second = await list('?pageSize=2&page=2');
    expect(first).toMatchObject({ page: 1, pageSize: 2, total: 3 });
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(1);
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(3);
  });

  it.each([
    ['?type=magazine', 'type'],
    ['?evidence=anecdotal', 'evidence'],
    ['?profession=astronaut', 'profession'],
    ['?country=italy', 'country'],
    ['?instrument=not-celex', 'instrument'],
    ['?page=0', 'page'],
    ['?pageSize=101', 'pageSize'],
    ['?lang=xx', 'lang'],
    [`?q=${'a'.repeat(201)}`, 'q'],
  ])('refuses %s with 400 problem+json naming the parameter', async (query, field) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/resources${query}` });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(response).join(' ')).toContain(field);
  });

  it('reads one published resource with its files and the other sources of the same work', async () => {
    const attachmentId = uuidv7();
    await t.deps.db
      .insertInto('toolkit_attachment')
      .values({
        id: attachmentId,
        resource_id: handbook.id,
        file_name: 'returnees.pdf',
        media_type: 'application/pdf',
        byte_size: 2048,
        sha256: 'a'.repeat(64),
        storage_key: 'x/returnees.pdf',
      })
      .execute();
    await t.deps.db
      .insertInto('toolkit_resource_link')
      .values([
        { resource_id: guideline.id, other_resource_id: handbook.id, basis: 'title-year' },
        { resource_id: handbook.id, other_resource_id: deleted.id, basis: 'url' },
      ])
      .execute();
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/resources/${handbook.id}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: handbook.id,
      status: 'published',
      type: 'handbook',
      network: 'RAN',
      professions: ['prison-staff', 'probation-officer'],
      evidence: 'evaluated',
      version: 1,
      attachments: [
        {
          id: attachmentId,
          fileName: 'returnees.pdf',
          byteSize: 2048,
          url: `http://localhost:3000/toolkit/files/${attachmentId}`,
        },
      ],
      // The link to the deleted record is not shown.
      alsoAvailableFrom: [{ id: guideline.id, network: 'EJTN' }],
    });
    expect(response.json<{ url: string }>().url).toBe(
      `http://localhost:3000/en/toolkit/resources/${handbook.id}`,
    );
    const french = await t.app.inject({ url: `/api/v1/resources/${handbook.id}?lang=fr` });
    expect(french.json()).toMatchObject({
      url: `http://localhost:3000/fr/toolkit/resources/${handbook.id}`,
      alsoAvailableFrom: [{ url: `http://localhost:3000/fr/toolkit/resources/${guideline.id}` }],
    });
    const unknown = await t.app.inject({ url: `/api/v1/resources/${handbook.id}?lang=xx` });
    expect(unknown.statusCode).toBe(400);
  });

  it('answers 404 for unknown, unpublished and deleted resources', async () => {
    for (const id of [uuidv7(), draft.id, deleted.id]) {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/resources/${id}` });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });
});

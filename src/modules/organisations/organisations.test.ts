import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { seedContactPoint, seedOrganisation } from './organisations.test-kit.js';

describe('Knowledge Partnership: public pages and API', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.deps;
    ids.ssm = await seedOrganisation(db, {
      name: 'Scuola Superiore della Magistratura',
      acronym: 'SSM',
      slug: 'ssm',
      type: 'judicial-school',
      country: 'IT',
      website: 'https://www.scuolamagistratura.it',
      isProvider: true,
      descriptions: {
        en: 'The Italian school for the training of judges and prosecutors.',
        it: 'La scuola italiana per la formazione dei magistrati.',
      },
    });
    ids.esdi = await seedOrganisation(db, {
      name: 'National School of Judges',
      acronym: 'ESDI',
      slug: 'esdi',
      type: 'judicial-school',
      country: 'EL',
      descriptions: { en: 'Trains the judges and prosecutors of Greece.' },
    });
    ids.police = await seedOrganisation(db, {
      name: 'Police Academy Alexandru Ioan Cuza',
      slug: 'police-academy-ro',
      type: 'police-school',
      country: 'RO',
    });
    ids.um = await seedOrganisation(db, {
      name: 'University of Malta',
      acronym: 'UM',
      slug: 'university-of-malta',
      type: 'university',
      country: 'MT',
      isConsortiumMember: true,
      descriptions: { en: 'Coordinator of the JP-COOPS consortium.' },
    });
    await seedContactPoint(db, {
      country: 'EL',
      name: 'Hellenic contact point for judicial training',
      organisationId: ids.esdi,
      email: 'training@esdi.example',
      descriptions: { en: 'Judges, prosecutors and prison staff of Greece.' },
    });
    await seedContactPoint(db, { country: 'IT', name: 'Punto di contatto nazionale italiano' });
    await seedContactPoint(db, { country: 'IT', name: 'Amministrazione penitenziaria italiana' });
  });
  afterAll(() => t.close());

  describe('the directory', () => {
    it('lists every partner with its type, country and badges', async () => {
      const response = await t.app.inject({ url: '/en/partners' });
      expect(response.statusCode).toBe(200);
      for (const name of [
        'Scuola Superiore della Magistratura',
        'National School of Judges',
        'University of Malta',
      ])
        expect(response.body).toContain(name);
      expect(response.body).toContain('4 organisations');
      expect(response.body).toContain('href="/en/partners/ssm"');
      expect(response.body).toContain('Consortium member');
      expect(response.body).toContain('Training provider');
      expect(response.body).toContain('Greece');
    });

    it('filters by type, keeps the filter in the form, and counts each type', async () => {
      const response = await t.app.inject({ url: '/en/partners?type=judicial-school' });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('2 organisations');
      expect(response.body).toContain('National School of Judges');
      expect(response.body).not.toContain('/en/partners/university-of-malta');
      expect(response.body).toMatch(
        /<option value="judicial-school" selected>Judicial school \(2\)<\/option>/,
      );
      expect(response.body).toContain('Police school (1)');
      expect(response.body).toContain('All types (4)');
      expect(response.body).toContain('<form method="get" action="/en/partners"');
    });

    it('filters by country with EU codes (EL for Greece)', async () => {
      const response = await t.app.inject({ url: '/de/partners?country=EL' });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('1 Organisation');
      expect(response.body).toContain('National School of Judges');
      expect(response.body).not.toContain('Scuola Superiore');
      expect(response.body).toMatch(/<option value="EL" selected>Griechenland<\/option>/);
    });

    it('ignores filters it does not know instead of failing', async () => {
      const response = await t.app.inject({ url: '/en/partners?type=%3Cscript%3E&country=XX' });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('4 organisations');
      expect(response.body).not.toContain('<script>');
    });
  });

  describe('the organisation page', () => {
    it('shows name, acronym, type, country, website and the description in the reader’s language', async () => {
      const response = await t.app.inject({ url: '/it/partners/ssm' });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain(
        '<h1>Scuola Superiore della Magistratura<span class="muted"> (SSM)</span></h1>',
      );
      expect(response.body).toContain('Scuola della magistratura');
      expect(response.body).toContain('Italia');
      expect(response.body).toContain('href="https://www.scuolamagistratura.it"');
      expect(response.body).toContain('<p lang="it">La scuola italiana per la formazione dei magistrati.');
      expect(response.body).toContain('Ente di formazione');
    });

    it('falls back to English, marked with its language', async () => {
      const response = await t.app.inject({ url: '/fr/partners/ssm' });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain(
        '<p lang="en">The Italian school for the training of judges and prosecutors.',
      );
      expect(response.body).toContain(t.deps.translators('fr').t('layout.shownInEnglish'));
    });

    it('answers 404 for an unknown or malformed address', async () => {
      for (const url of ['/en/partners/no-such-partner', '/en/partners/Bad..Slug']) {
        const response = await t.app.inject({ url });
        expect(response.statusCode, url).toBe(404);
        expect(response.body).toContain('Page not found');
      }
    });
  });

  describe('the national contact points', () => {
    it('groups them by country, named in the reader’s language', async () => {
      const response = await t.app.inject({ url: '/de/contact-points' });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('<h2 id="country-EL">Griechenland</h2>');
      expect(response.body).toContain('<h2 id="country-IT">Italien</h2>');
      expect(response.body).toContain('Hellenic contact point for judicial training');
      expect(response.body).toContain('href="mailto:training@esdi.example"');
      expect(response.body).toContain('href="/de/partners/esdi"');
      // Griechenland sorts before Italien in German.
      expect(response.body.indexOf('country-EL')).toBeLessThan(response.body.indexOf('country-IT'));
    });

    it('shows one country when asked', async () => {
      const response = await t.app.inject({ url: '/en/contact-points?country=IT' });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('Punto di contatto nazionale italiano');
      expect(response.body).toContain('Amministrazione penitenziaria italiana');
      expect(response.body).not.toContain('Hellenic contact point');
    });
  });

  describe('GET /api/v1/organisations', () => {
    it('answers a page of presented organisations, never raw rows', async () => {
      const response = await t.app.inject({ url: '/api/v1/organisations' });
      expect(response.statusCode).toBe(200);
      const body = response.json<{
        items: Record<string, unknown>[];
        total: number;
        page: number;
        pageSize: number;
      }>();
      expect(body).toMatchObject({ total: 4, page: 1, pageSize: 20 });
      expect(body.items).toHaveLength(4);
      const ssm = body.items.find((item) => item.slug === 'ssm');
      expect(ssm).toEqual({
        id: ids.ssm,
        slug: 'ssm',
        name: 'Scuola Superiore della Magistratura',
        acronym: 'SSM',
        type: 'judicial-school',
        country: 'IT',
        website: 'https://www.scuolamagistratura.it',
        description: 'The Italian school for the training of judges and prosecutors.',
        descriptionLanguage: 'en',
        logoUrl: null,
        isConsortiumMember: false,
        isProvider: true,
        awardsCredits: false,
        url: 'http://localhost:3000/en/partners/ssm',
        updatedAt: expect.any(String) as string,
      });
    });

    it('filters by type, country and words of the name, and pages', async () => {
      const get = async (query: string) =>
        (await t.app.inject({ url: `/api/v1/organisations?${query}` })).json<{
          items: { slug: string }[];
          total: number;
        }>();
      expect((await get('type=judicial-school')).total).toBe(2);
      expect((await get('country=EL')).items.map((item) => item.slug)).toEqual(['esdi']);
      expect((await get('q=malta')).items.map((item) => item.slug)).toEqual(['university-of-malta']);
      expect((await get('q=esd')).items.map((item) => item.slug)).toEqual(['esdi']);
      expect((await get('q=100%25')).total).toBe(0);
      expect((await get('q=&country=')).total).toBe(4);
      const second = await get('pageSize=1&page=2');
      expect(second.total).toBe(4);
      expect(second.items).toHaveLength(1);
    });

    it('describes in the requested language, or falls back to English and says so', async () => {
      const italian = await t.app.inject({ url: '/api/v1/organisations?lang=it&country=IT' });
      expect(italian.json<{ items: unknown[] }>().items[0]).toMatchObject({
        description: 'La scuola italiana per la formazione dei magistrati.',
        descriptionLanguage: 'it',
      });
      const french = await t.app.inject({ url: '/api/v1/organisations?lang=fr&country=IT' });
      expect(french.json<{ items: unknown[] }>().items[0]).toMatchObject({ descriptionLanguage: 'en' });
    });

    it('refuses a page size over 100 and an unknown type with a problem document', async () => {
      for (const query of ['pageSize=101', 'type=castle', 'page=0']) {
        const response = await t.app.inject({ url: `/api/v1/organisations?${query}` });
        expect(response.statusCode, query).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json()).toMatchObject({ code: 'validation-failed' });
      }
    });
  });

  describe('GET /api/v1/organisations/{id}', () => {
    it('finds an organisation by id or by slug, with every description', async () => {
      for (const key of [ids.ssm, 'ssm']) {
        const response = await t.app.inject({ url: `/api/v1/organisations/${key}` });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({
          id: ids.ssm,
          descriptions: {
            en: 'The Italian school for the training of judges and prosecutors.',
            it: 'La scuola italiana per la formazione dei magistrati.',
          },
        });
      }
    });

    it('answers 404 as problem+json for an unknown one', async () => {
      const response = await t.app.inject({ url: '/api/v1/organisations/no-such-thing' });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: 404, code: 'not-found' });
    });
  });

  describe('GET /api/v1/contact-points', () => {
    it('lists the contact points of a country, with their organisation', async () => {
      const response = await t.app.inject({ url: '/api/v1/contact-points?country=el' });
      expect(response.statusCode).toBe(200);
      const { items } = response.json<{ items: Record<string, unknown>[] }>();
      expect(items).toEqual([
        {
          id: expect.any(String) as string,
          country: 'EL',
          name: 'Hellenic contact point for judicial training',
          email: 'training@esdi.example',
          website: null,
          description: 'Judges, prosecutors and prison staff of Greece.',
          descriptionLanguage: 'en',
          organisation: { id: ids.esdi, slug: 'esdi', name: 'National School of Judges' },
        },
      ]);
      const all = await t.app.inject({ url: '/api/v1/contact-points' });
      expect(all.json<{ items: unknown[] }>().items).toHaveLength(3);
    });
  });

  it('documents the three routes in the OpenAPI document, tagged organisations', async () => {
    const document = (await t.app.inject({ url: '/api/v1/openapi.json' })).json<{
      paths: Record<
        string,
        { get?: { tags?: string[]; parameters?: { name: string; description?: string }[] } }
      >;
    }>();
    for (const path of ['/api/v1/organisations', '/api/v1/organisations/{id}', '/api/v1/contact-points'])
      expect(document.paths[path]?.get?.tags, path).toEqual(['organisations']);
    const parameters = document.paths['/api/v1/organisations']?.get?.parameters ?? [];
    expect(parameters.map((parameter) => parameter.name).sort()).toEqual(
      ['country', 'lang', 'page', 'pageSize', 'q', 'type'].sort(),
    );
    expect(parameters.find((parameter) => parameter.name === 'pageSize')?.description).toContain('100');
    expect(Object.keys(document.paths)).not.toContain('/media/logos/{file}');
  });
});

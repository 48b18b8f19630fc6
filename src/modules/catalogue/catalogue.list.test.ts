import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { adminHeaders, courseBody, createCourseViaApi, seedProvider } from './catalogue.test-kit.js';

interface ListBody {
  items: { id: string; title: string; language: string; provider: { name: string } }[];
  total: number;
  sort: string;
  page: number;
  pageSize: number;
  facets: Record<string, { value: string; label: string; count: number }[]>;
}

describe('catalogue API: listing and searching', () => {
  let t: TestApp;
  let ssm: string;
  let inm: string;
  const ids: Record<string, string> = {};
  const list = async (query: string) => {
    const response = await t.app.inject({ url: `/api/v1/courses?${query}` });
    expect(response.statusCode, `${query}: ${response.body}`).toBe(200);
    return response.json<ListBody>();
  };
  const titles = async (query: string) => (await list(query)).items.map((item) => item.title).sort();

  beforeAll(async () => {
    t = await createTestApp();
    ssm = await seedProvider(t, 'Scuola Superiore della Magistratura');
    inm = await seedProvider(t, 'Institutul Național al Magistraturii');
    const admin = await adminHeaders(t);
    const course = (title: string, providerId: string, fields: Record<string, unknown>) =>
      courseBody(providerId, {
        translations: [{ language: 'en', title, summary: `${title} for practitioners.` }],
        ...fields,
      });
    ids.prison = await createCourseViaApi(
      t,
      admin,
      course('Prison radicalisation', ssm, {
        topics: ['radicalisation', 'psychology'],
        professions: ['prison-staff'],
        translations: [
          { language: 'en', title: 'Prison radicalisation', summary: 'Risk assessment in prisons.' },
          { language: 'fr', title: 'Radicalisation en prison', summary: 'Évaluation des risques.' },
        ],
      }),
      {
        sessions: [
          { country: 'IT', startsAt: '2027-03-10T09:00:00+01:00', endsAt: '2027-03-10T17:00:00+01:00' },
        ],
      },
    );
    ids.drones = await createCourseViaApi(
      t,
      admin,
      course('Drone forensics', inm, {
        topics: ['digital-forensics'],
        format: 'online',
        languages: ['ro', 'en'],
      }),
      {
        sessions: [
          {
            country: 'RO',
            timeZone: 'Europe/Bucharest',
            startsAt: '2027-05-02T09:00:00+03:00',
            endsAt: '2027-05-02T12:00:00+03:00',
          },
          { country: 'IT', startsAt: '2027-06-20T09:00:00+02:00', endsAt: '2027-06-20T12:00:00+02:00' },
        ],
      },
    );
    ids.mediation = await createCourseViaApi(
      t,
      admin,
      course('Mediation basics', ssm, {
        topics: ['mediation'],
        instruments: ['32014L0041'],
        credits: [{ system: 'ECTS', amount: 2, awardingBody: 'University of Malta' }],
      }),
      {
        sessions: [
          {
            country: 'MT',
            timeZone: 'Europe/Malta',
            startsAt: '2027-09-01T23:30:00Z',
            endsAt: '2027-09-02T10:00:00Z',
          },
        ],
      },
    );
    ids.gdpr = await createCourseViaApi(
      t,
      admin,
      course('Police Directive and GDPR', inm, {
        topics: ['data-protection', 'radicalisation'],
        format: 'blended',
      }),
    );
    ids.draft = await createCourseViaApi(t, admin, course('Unpublished draft', ssm, {}), { publish: false });
  });
  afterAll(() => t.close());

  it('lists published courses only, one per course', async () => {
    const body = await list('');
    expect(body.total).toBe(4);
    expect(body.items.map((item) => item.title).sort()).toEqual([
      'Drone forensics',
      'Mediation basics',
      'Police Directive and GDPR',
      'Prison radicalisation',
    ]);
    expect(body).toMatchObject({ page: 1, pageSize: 20 });
  });

  it('ORs values within a facet and ANDs facets', async () => {
    expect(await titles('topic=mediation&topic=digital-forensics')).toEqual([
      'Drone forensics',
      'Mediation basics',
    ]);
    expect(await titles('topic=mediation&topic=digital-forensics&provider=' + inm)).toEqual([
      'Drone forensics',
    ]);
    expect(await titles('country=IT')).toEqual(['Drone forensics', 'Prison radicalisation']);
    expect(await titles('country=IT&format=online')).toEqual(['Drone forensics']);
    expect(await titles('instrument=32014L0041')).toEqual(['Mediation basics']);
    expect(await titles('hasCredits=true')).toEqual(['Mediation basics']);
    expect(await titles('language=ro')).toEqual(['Drone forensics']);
    expect(await titles('profession=prison-staff&topic=radicalisation')).toEqual(['Prison radicalisation']);
  });

  it('counts facet values as a direct count over the database does', async () => {
    const body = await list('country=IT&topic=radicalisation');
    // Topic counts leave out the topic filter itself: courses with a live session in Italy, by topic.
    const rows = await t.deps.db
      .selectFrom('course_topic as ct')
      .innerJoin('course as c', 'c.id', 'ct.course_id')
      .where('c.status', '=', 'published')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('course_session as s')
            .select('s.id')
            .whereRef('s.course_id', '=', 'c.id')
            .where('s.country', '=', 'IT')
            .where('s.status', '!=', 'cancelled'),
        ),
      )
      .groupBy('ct.topic_code')
      .select(['ct.topic_code', sql<number>`count(*)`.as('count')])
      .execute();
    const expected = Object.fromEntries(rows.map((row) => [row.topic_code, Number(row.count)]));
    const actual = Object.fromEntries((body.facets.topic ?? []).map((entry) => [entry.value, entry.count]));
    expect(actual).toEqual(expected);
    expect(actual).toEqual({ radicalisation: 1, psychology: 1, 'digital-forensics': 1 });
    const countries = Object.fromEntries(
      (body.facets.country ?? []).map((entry) => [entry.value, entry.count]),
    );
    expect(countries).toEqual({ IT: 1 });
    expect(body.facets.provider).toEqual([
      { value: ssm, label: 'Scuola Superiore della Magistratura', count: 1 },
    ]);
  });

  it('filters by session dates in the session’s own time zone', async () => {
    expect(await titles('from=2027-05-01&to=2027-06-30')).toEqual(['Drone forensics']);
    expect(await titles('from=2027-06-21')).toEqual(['Mediation basics']);
    expect(await titles('to=2027-03-10')).toEqual(['Prison radicalisation']);
    // 23:30 UTC on 1 September is 2 September in Malta.
    expect(await titles('from=2027-09-02&to=2027-09-02')).toEqual(['Mediation basics']);
    expect(await titles('from=2027-09-01&to=2027-09-01')).toEqual([]);
  });

  it('orders by the next session from the range start, or by relevance to the words', async () => {
    const order = async (query: string) => (await list(query)).items.map((item) => item.title);
    // `from` filters too: courses with a session from that day on, the soonest first.
    expect(await order('sort=date&from=2027-01-01')).toEqual([
      'Prison radicalisation',
      'Drone forensics',
      'Mediation basics',
    ]);
    expect(await order('sort=date&from=2027-03-11')).toEqual(['Drone forensics', 'Mediation basics']);
    expect((await list('')).sort).toBe('date');
    expect((await list('q=prison')).sort).toBe('relevance');
    expect((await list('q=prison&sort=date')).sort).toBe('date');
    const refused = await t.app.inject({ url: '/api/v1/courses?sort=price' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('sort');
  });

  it('pages through the results', async () => {
    const first = await list('pageSize=3&page=1');
    const second = await list('pageSize=3&page=2');
    expect(first.items).toHaveLength(3);
    expect(second.items).toHaveLength(1);
    expect(second.total).toBe(4);
    const seen = new Set([...first.items, ...second.items].map((item) => item.id));
    expect(seen.size).toBe(4);
    expect((await list('pageSize=3&page=5')).items).toEqual([]);
  });

  it('answers in the asked language, falling back to the source language', async () => {
    const fr = await list(`lang=fr&topic=psychology`);
    expect(fr.items).toMatchObject([{ id: ids.prison, title: 'Radicalisation en prison', language: 'fr' }]);
    const de = await list(`lang=de&topic=psychology`);
    expect(de.items).toMatchObject([{ id: ids.prison, title: 'Prison radicalisation', language: 'en' }]);
    expect((await list('lang=fr')).total).toBe(4);
    const labels = (await list('lang=fr')).facets;
    const translators = t.deps.translators('fr');
    expect(labels.topic?.find((entry) => entry.value === 'mediation')?.label).toBe(
      translators.t('topic.mediation.name'),
    );
    expect(labels.country?.find((entry) => entry.value === 'IT')?.label).toBe('Italie');
    expect(labels.format?.find((entry) => entry.value === 'online')?.label).toBe('En ligne');
    expect(labels.language?.find((entry) => entry.value === 'ro')?.label).toBe('roumain');
  });

  it('searches words, and finds words of translations in their language', async () => {
    expect(await titles('q=drone')).toEqual(['Drone forensics']);
    expect(await titles('q=prisons&lang=en')).toEqual(['Prison radicalisation']);
    expect(await titles('q=risques&lang=fr')).toEqual(['Radicalisation en prison']);
  });

  it('refuses bad parameters with 400 problem+json naming the parameter', async () => {
    const cases: [string, string][] = [
      ['topic=astrology', 'topic'],
      ['provider=unknown', 'provider'],
      ['profession=astronaut', 'profession'],
      ['country=GR', 'country'],
      ['language=xx', 'language'],
      ['format=podcast', 'format'],
      ['instrument=2008%2F909', 'instrument'],
      ['hasCredits=maybe', 'hasCredits'],
      ['pageSize=101', 'pageSize'],
      ['page=0', 'page'],
      [`q=${'a'.repeat(201)}`, 'q'],
      ['from=2027-06-01&to=2027-05-01', 'from'],
      ['from=2027-02-30', 'from'],
      ['lang=xx', 'lang'],
    ];
    for (const [query, parameter] of cases) {
      const response = await t.app.inject({ url: `/api/v1/courses?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const fields = response.json<{ errors: { field: string }[] }>().errors.map((error) => error.field);
      expect(fields, query).toEqual([parameter]);
    }
  });

  it('never fails on hostile search text', async () => {
    const hostile = [
      '*',
      '((',
      '"unbalanced',
      'NEAR(a b)',
      'a OR AND NOT',
      "'; DROP TABLE course; --",
      '\\',
      '%_%',
      'drone:*',
      '<script>alert(1)</script>',
      '\u0000\u202e',
      '🙂 radicalisation',
      'a'.repeat(200),
      '-prison +drone',
      '{}[]^~',
    ];
    for (const q of hostile) {
      const response = await t.app.inject({ url: `/api/v1/courses?q=${encodeURIComponent(q)}` });
      expect(response.statusCode, q).toBe(200);
    }
    expect((await list('')).total).toBe(4);
  });
});

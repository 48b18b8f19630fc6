import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { adminHeaders, courseBody, createCourseViaApi, seedProvider } from './catalogue.test-kit.js';

interface Facets {
  facets: Record<string, { value: string; label: string; count: number }[]>;
  total: number;
}

const jsonLdOf = (html: string) => {
  const match = /<script type="application\/ld\+json" nonce="([^"]+)">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no JSON-LD');
  return { nonce: match[1], data: JSON.parse(match[2] ?? '') as Record<string, unknown> };
};

describe('catalogue pages', () => {
  let t: TestApp;
  let ssm: string;
  const slugs: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    ssm = await seedProvider(t, 'Scuola Superiore della Magistratura');
    const inm = await seedProvider(t, 'Institutul Național al Magistraturii');
    const admin = await adminHeaders(t);
    const make = async (name: string, body: Record<string, unknown>, options = {}) => {
      slugs[name] = String(body.slug);
      await createCourseViaApi(t, admin, body, options);
    };
    await make(
      'prison',
      courseBody(ssm, {
        translations: [
          {
            language: 'en',
            title: 'Prison radicalisation',
            summary: 'Signs of radicalisation in prisons.',
            description: 'A **two-day** workshop. <script>alert(1)</script> [x](javascript:alert(1))',
          },
          { language: 'it', title: 'Radicalizzazione in carcere', summary: 'Segnali in carcere.' },
        ],
        credits: [{ system: 'ECTS', amount: 2, awardingBody: 'University of Padua' }],
      }),
      { sessions: [{ applicationDeadline: '2027-02-01T12:00:00+01:00' }] },
    );
    await make(
      'forensics',
      courseBody(inm, {
        translations: [{ language: 'en', title: 'Digital forensics </script>', summary: 'Evidence online.' }],
        topics: ['digital-forensics'],
        format: 'online',
      }),
      { sessions: [{ city: 'Bucharest', country: 'RO', timeZone: 'Europe/Bucharest' }] },
    );
    await make('draft', courseBody(ssm), { publish: false });
  });
  afterAll(() => t.close());

  it('filters by the address, with the counts of the API for the same query', async () => {
    const query = 'q=radicalisation&topic=radicalisation&format=face-to-face';
    const page = await t.app.inject({ url: `/en/courses?${query}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers.vary).toContain('HX-Request');
    expect(page.body).toContain('Prison radicalisation');
    expect(page.body).not.toContain('Digital forensics');
    expect(page.body).toContain('1 course found');
    expect(page.body).toMatch(/name="topic" value="radicalisation" checked/);
    const api = (await t.app.inject({ url: `/api/v1/courses?${query}&lang=en` })).json<Facets>();
    for (const [facet, values] of Object.entries(api.facets)) {
      for (const { value, count } of values) {
        const checkbox = new RegExp(
          `name="${facet}" value="${value}"[^>]*/?>\\s*<label[^>]*>[^<]*\\(${count}\\)`,
        );
        expect(page.body, `${facet}=${value}`).toMatch(checkbox);
      }
    }
  });

  it('answers htmx with the results fragment only, and plain requests with the whole page', async () => {
    const full = await t.app.inject({ url: '/en/courses' });
    expect(full.body).toMatch(/hx-get="\/en\/courses"/);
    expect(full.body).toContain('hx-push-url="true"');
    expect(full.body).toMatch(/id="course-results"[^>]*aria-live="polite"/);
    const fragment = await t.app.inject({
      url: '/en/courses?format=online',
      headers: { 'hx-request': 'true' },
    });
    expect(fragment.statusCode).toBe(200);
    expect(fragment.headers.vary).toContain('HX-Request');
    expect(fragment.body).not.toContain('<html');
    expect(fragment.body).toMatch(/^<h2>1 course found<\/h2>/);
    expect(fragment.body).toContain('Digital forensics');
    // The facet counts follow the results, swapped in out of band; the ticked box keeps its id.
    expect(fragment.body).toMatch(/<div id="course-facets" hx-swap-oob="true">/);
    expect(fragment.body).toMatch(/id="courses-format-online" name="format" value="online" checked/);
    expect(full.body).toMatch(/<select id="courses-sort" name="sort">/);
  });

  it('offers links that drop each filter when nothing matches', async () => {
    const response = await t.app.inject({ url: '/en/courses?q=radicalisation&format=online' });
    expect(response.body).toContain('No courses found');
    expect(response.body).toContain('href="/en/courses?format=online"');
    expect(response.body).toContain('href="/en/courses?q=radicalisation"');
    const dropped = await t.app.inject({ url: '/en/courses?format=online' });
    expect(dropped.body).toContain('Digital forensics');
  });

  it('never fails on hostile or invalid parameters', async () => {
    for (const q of [
      '"((*',
      'a OR NOT',
      "'; drop table course; --",
      '<script>',
      'x'.repeat(300),
      'NEAR(a b)',
    ]) {
      const response = await t.app.inject({ url: `/en/courses?q=${encodeURIComponent(q)}` });
      expect(response.statusCode, q).toBe(200);
      expect(response.body).not.toContain('<script>alert');
    }
    const odd = await t.app.inject({
      url: '/en/courses?topic=nope&provider=nope&country=XX&from=2028-01-01&to=2027-01-01&page=-3',
    });
    expect(odd.statusCode).toBe(200);
  });

  it('shows a course with its sessions, safe Markdown and JSON-LD carrying the response’s nonce', async () => {
    const response = await t.app.inject({ url: `/en/courses/${slugs.prison}` });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<strong>two-day</strong>');
    expect(response.body).not.toContain('<script>alert');
    expect(response.body).not.toContain('href="javascript:');
    expect(response.body).toContain('University of Padua');
    expect(response.body).toContain('href="/en/instruments/32008F0909"');
    expect(response.body).toContain('(2008/909/JHA)');
    expect(response.body).toMatch(/Palazzo di Giustizia, Rome, Italy/);
    expect(response.body).toContain('Mar 10, 2027, 9:00 AM GMT+1');
    const { nonce, data } = jsonLdOf(response.body);
    expect(String(response.headers['content-security-policy'])).toContain(`'nonce-${nonce}'`);
    expect(data['@type']).toBe('Course');
    expect(data.name).toBe('Prison radicalisation');
    expect(data.hasCourseInstance).toHaveLength(1);

    const escaped = await t.app.inject({ url: `/en/courses/${slugs.forensics}` });
    expect(jsonLdOf(escaped.body).data.name).toBe('Digital forensics </script>');
    expect(escaped.body).toContain('Bucharest');
  });

  it('answers 404 for unknown and unpublished courses', async () => {
    for (const slug of ['no-such-course', slugs.draft]) {
      const response = await t.app.inject({ url: `/en/courses/${slug}` });
      expect(response.statusCode, slug).toBe(404);
    }
  });

  it('shows Italian text in Italian, and marks the English fallback', async () => {
    const list = await t.app.inject({ url: '/it/courses' });
    expect(list.body).toContain('Radicalizzazione in carcere');
    expect(list.body).toMatch(/lang="en">Digital forensics/);
    expect(list.body).toContain('mostrato in inglese');
    const page = await t.app.inject({ url: `/it/courses/${slugs.prison}` });
    expect(page.body).toContain('<h1>Radicalizzazione in carcere</h1>');
    const fallback = await t.app.inject({ url: `/it/courses/${slugs.forensics}` });
    expect(fallback.body).toMatch(/<div lang="en"><h1>Digital forensics &lt;\/script><\/h1>/);
    expect(fallback.body).toContain('mostrato in inglese');
  });
});

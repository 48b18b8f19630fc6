import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import {
  courseBody,
  createCourseViaApi,
  managerHeaders,
  seedProvider,
} from '../catalogue/catalogue.test-kit.js';
import { seedResource } from '../toolkit/toolkit.test-kit.js';

/** The rows of the table whose caption starts with `caption`, as text cells per row. */
function tableRows(html: string, caption: string): string[][] {
  const table = html.split('<table').find((part) => part.includes(`<caption>${caption}`));
  if (!table) throw new Error(`No table captioned "${caption}"`);
  const body = table.split('<tbody>')[1]?.split('</tbody>')[0] ?? '';
  return body
    .split('<tr')
    .slice(1)
    .map((row) =>
      [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
        cell[1]!
          .replace(/<[^>]+>/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
    );
}

describe('the legal instruments pages', () => {
  let t: TestApp;
  let courseTitle: string;
  let resourceId: string;
  let hiddenResourceTitle: string;

  beforeAll(async () => {
    t = await createTestApp();
    const providerId = await seedProvider(t, 'Scuola Superiore della Magistratura');
    const body = courseBody(providerId, { instruments: ['32014L0041'] });
    courseTitle = body.translations[0]!.title;
    await createCourseViaApi(t, await managerHeaders(t, providerId), body);
    const draft = courseBody(providerId, { instruments: ['32014L0041'] });
    await createCourseViaApi(t, await managerHeaders(t, providerId), draft, { publish: false });
    const resource = await seedResource(t.deps, { instruments: ['32014L0041'] });
    resourceId = resource.id;
    const deleted = await seedResource(t.deps, { instruments: ['32014L0041'], deleted: true });
    hiddenResourceTitle = deleted.texts[0]!.title;
  });
  afterAll(async () => t.close());

  it('lists the instruments under their four groups', async () => {
    const page = await t.app.inject({ url: '/en/instruments' });
    expect(page.statusCode).toBe(200);
    const headings = [...page.body.matchAll(/<h2 id="([a-z-]+)">([^<]+)<\/h2>/g)].map((m) => m[2]);
    expect(headings).toEqual([
      'Mutual recognition',
      'Procedural rights',
      'Data protection',
      'Substantive criminal law',
    ]);
    for (const celex of ['32002F0584', '32014L0041', '32016L0800', '32016R0679', '32017L0541']) {
      expect(page.body).toContain(`href="/en/instruments/${celex}"`);
    }
    expect(page.body).toContain('European Investigation Order');
  });

  it('speaks the visitor’s language around the English titles', async () => {
    const page = await t.app.inject({ url: '/it/instruments' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="it"');
    expect(page.body).toContain('Riconoscimento reciproco');
    expect(page.body).toContain('href="/it/instruments/32008F0909"');
  });

  it('shows an instrument’s deadlines with their articles, units in words', async () => {
    const page = await t.app.inject({ url: '/en/instruments/32014L0041' });
    expect(page.statusCode).toBe(200);
    const rows = tableRows(page.body, 'Deadlines of EIO');
    expect(rows).toContainEqual([
      'decision on recognition',
      '30 days from receipt',
      'By 30 days more; on the conditions the article sets',
      'Art. 12(3), 12(5)',
    ]);
    expect(rows).toContainEqual(['decision on provisional measures', '24 hours', 'None', 'Art. 32(2)']);
    const eso = await t.app.inject({ url: '/de/instruments/32009F0829' });
    expect(tableRows(eso.body, 'Fristen')[0]).toEqual([
      'decision on recognition',
      '20 Arbeitstage ab receipt of decision and certificate',
      'Um weitere 20 Arbeitstage; wenn a legal remedy is lodged',
      'Art. 12(1)-(2)',
    ]);
  });

  it('shows which of the 27 Member States take part', async () => {
    const page = await t.app.inject({ url: '/en/instruments/32014L0041' });
    const rows = tableRows(page.body, 'Participation of the 27 Member States in EIO');
    expect(rows).toHaveLength(27);
    expect(rows).toContainEqual([
      'Denmark',
      'Not bound',
      'Does not take part: see what to use instead, above',
    ]);
    expect(rows).toContainEqual(['Italy', 'Bound', '—']);
    expect(page.body).toContain('2000 EU Convention on Mutual Assistance');
    const led = await t.app.inject({ url: '/en/instruments/32016L0680' });
    const ledRows = tableRows(led.body, 'Participation of the 27 Member States in LED');
    expect(ledRows).toContainEqual(['Ireland', 'Bound', 'Takes part in part: see the note above']);
    expect(ledRows).toContainEqual(['Greece', 'Bound', '—']);
  });

  it('links the official texts, the related published courses and toolkit resources', async () => {
    const page = await t.app.inject({ url: '/en/instruments/32014L0041' });
    expect(page.body).toContain(
      'href="https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32014L0041"',
    );
    expect(page.body).toContain('href="http://data.europa.eu/eli/dir/2014/41/oj"');
    const related = page.body.split('id="related-courses"')[1]!.split('</section>')[0]!;
    expect(related).toContain(courseTitle);
    expect(related.match(/href="\/en\/courses\/course-/g)).toHaveLength(1);
    expect(related).toContain('href="/en/courses?instrument=32014L0041"');
    const resources = page.body.split('id="related-resources"')[1]!.split('</section>')[0]!;
    expect(resources).toContain(`href="/en/toolkit/resources/${resourceId}"`);
    expect(resources).not.toContain(hiddenResourceTitle);
    const other = await t.app.inject({ url: '/en/instruments/32016L0343' });
    expect(other.body).toContain('No course in the catalogue covers this instrument yet.');
  });

  it('answers an unknown CELEX number with the 404 page', async () => {
    for (const celex of ['32099L9999', 'nothing']) {
      const page = await t.app.inject({ url: `/en/instruments/${celex}` });
      expect(page.statusCode).toBe(404);
      expect(page.headers['content-type']).toContain('text/html');
    }
  });
});

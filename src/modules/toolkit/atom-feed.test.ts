import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { feedSize } from './atom-feed.js';
import { insertResourcesAt, parseXml } from './oai/oai.test-kit.js';

interface AtomShape {
  readonly feed: Record<string, unknown> & {
    readonly author: { readonly name: string };
    readonly entry: { id: string; title: unknown[]; updated: string; link: unknown }[];
  };
}

describe('GET /feeds/toolkit.atom', () => {
  let t: TestApp;
  let italian: string;
  let greek: string;
  let older: string[];

  beforeAll(async () => {
    t = await createTestApp();
    older = await insertResourcesAt(
      t.deps,
      Array.from({ length: feedSize }, (_, index) => ({
        datestamp: new Date(Date.parse('2024-01-01T00:00:00Z') + index * 1000).toISOString(),
      })),
    );
    [italian = '', greek = ''] = await insertResourcesAt(t.deps, [
      {
        datestamp: '2025-05-01T09:00:00.000Z',
        overrides: {
          sourceLanguage: 'it',
          texts: [{ language: 'it', title: 'Mediazione penale & \u0002giustizia', summary: 'Una guida.' }],
          topics: ['mediation', 'radicalisation'],
        },
      },
      {
        datestamp: '2025-05-02T09:00:00.000Z',
        overrides: {
          sourceLanguage: 'el',
          texts: [{ language: 'el', title: 'Οδηγός', summary: '' }],
          organisationName: null,
        },
      },
      { datestamp: '2025-06-01T09:00:00.000Z', overrides: { status: 'draft' } },
      { datestamp: '2025-06-02T09:00:00.000Z', overrides: { deleted: true } },
    ]);
  });
  afterAll(() => t.close());

  it('is an Atom 1.0 feed of the latest published resources, newest first, drafts and deleted left out', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/feeds/toolkit.atom' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = parseFeed(response.body);
    expect(feed.meta).toMatchObject({ type: 'atom', version: '1.0' });
    expect(feed.title).toBe('JP-COOPS Toolkit of the Toolkits: latest resources');
    expect(feed.self).toBe('http://localhost:3000/feeds/toolkit.atom');
    expect(feed.updated?.toISOString()).toBe('2025-05-02T09:00:00.000Z');
    expect(feed.items).toHaveLength(feedSize);
    expect(feed.items.map((item) => item.id)).toEqual(
      [greek, italian, ...older.slice(2).reverse()].map((id) => `urn:uuid:${id}`),
    );
    const [first, second] = feed.items;
    expect(first).toMatchObject({
      title: 'Οδηγός',
      url: `http://localhost:3000/en/toolkit/resources/${greek}`,
    });
    expect(second).toMatchObject({
      title: 'Mediazione penale & giustizia',
      description: 'Una guida.',
      url: `http://localhost:3000/it/toolkit/resources/${italian}`,
    });
    expect(second?.updated?.toISOString()).toBe('2025-05-01T09:00:00.000Z');
    expect(second?.categories.map((category) => [category.term, category.label])).toEqual([
      ['mediation', 'Mediation'],
      ['radicalisation', 'Radicalisation'],
    ]);
  });

  it('has what RFC 4287 requires of a feed and of each entry', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/feeds/toolkit.atom' });
    const { feed } = parseXml<AtomShape>(response.body);
    for (const name of ['id', 'title', 'updated', 'author']) expect(feed[name], name).toBeDefined();
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(entry.title).toHaveLength(1);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      const links = [entry.link].flat() as { '@rel'?: string }[];
      expect(links.some((link) => link['@rel'] === 'alternate')).toBe(true);
    }
    // An entry without an author of its own inherits the feed's (RFC 4287 §4.1.1).
    expect(feed.author.name).toBe('JP-COOPS Training Network');
  });
});

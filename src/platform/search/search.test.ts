import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { createSearchIndex, type SearchDocument, type SearchIndex, type SearchQuery } from './index.js';

let database: TestDatabase;
let index: SearchIndex;

const corpus: SearchDocument[] = [
  {
    kind: 'course',
    id: 'prisons',
    language: 'en',
    title: 'Radicalisation in prisons',
    body: 'Training for prison staff on early signs and on the exchange of information.',
    keywords: ['Amministrazione Penitenziaria', '32016L0343'],
    facets: { country: ['IT'], profession: ['prison-staff'] },
    updatedAt: '2026-01-01T00:00:00.000Z',
  },
  {
    kind: 'course',
    id: 'cooperation',
    language: 'en',
    title: 'Judicial cooperation in criminal matters',
    body: 'The European arrest warrant, FD 2008/909 and radicalisation cases before the courts.',
    facets: { country: ['RO'], profession: ['judge', 'prosecutor'] },
    updatedAt: '2026-01-02T00:00:00.000Z',
  },
  {
    kind: 'course',
    id: 'probation',
    language: 'it',
    title: 'Probation and reintegration',
    body: 'Il ruolo dei funzionari di probation.',
    facets: { country: ['IT'], profession: ['probation-officer'] },
    updatedAt: '2026-01-03T00:00:00.000Z',
  },
  {
    kind: 'toolkit',
    id: 'prefet',
    language: 'fr',
    title: 'Le rôle du préfet',
    body: 'Le préfet coordonne la prévention. <script>alert("x")</script> & plus encore.',
    facets: { country: ['FR'] },
    updatedAt: '2026-01-04T00:00:00.000Z',
  },
  {
    kind: 'toolkit',
    id: 'prefet-plain',
    language: 'fr',
    title: 'Prefet de police',
    body: 'Texte sans accents.',
    facets: { country: ['FR'] },
    updatedAt: '2026-01-05T00:00:00.000Z',
  },
  {
    kind: 'toolkit',
    id: 'names',
    language: 'ro',
    title: 'Notes from the Living Lab',
    body: 'Written by Ștefan Popescu and Łukasz Nowak in the Straße of the lab.',
    facets: { country: ['RO', 'PL'] },
    updatedAt: '2026-01-06T00:00:00.000Z',
  },
  {
    kind: 'toolkit',
    id: 'names-plain',
    language: 'en',
    title: 'Stefan and Lukasz',
    body: 'Plain spelling of the same names.',
    facets: { country: ['PL'] },
    updatedAt: '2026-01-07T00:00:00.000Z',
  },
];

beforeAll(async () => {
  database = await createTestDatabase();
  index = createSearchIndex(database);
  await index.upsert(corpus);
});

afterAll(async () => {
  await database.destroy();
});

async function ids(query: Partial<SearchQuery>): Promise<string[]> {
  const result = await index.search({ text: '', ...query });
  return result.hits.map((hit) => hit.id);
}

describe('ranked search', () => {
  it('ranks a title match above a body match', async () => {
    const result = await index.search({ text: 'radicalisation' });
    expect(result.hits.map((hit) => hit.id)).toEqual(['prisons', 'cooperation']);
    expect(result.total).toBe(2);
    expect(result.hits[0]?.score).toBeGreaterThan(result.hits[1]?.score ?? Infinity);
  });

  it('treats the last word as a prefix', async () => {
    expect(await ids({ text: 'radical' })).toEqual(['prisons', 'cooperation']);
    expect(await ids({ text: 'radical*' })).toEqual(['prisons', 'cooperation']);
  });

  it('requires every word, and whole words before the last', async () => {
    expect(await ids({ text: 'prison radicalisation' })).toEqual(['prisons']);
    expect(await ids({ text: 'radical prison' })).toEqual([]);
  });

  it('matches phrases in order only', async () => {
    expect(await ids({ text: '"arrest warrant"' })).toEqual(['cooperation']);
    expect(await ids({ text: '"warrant arrest"' })).toEqual([]);
  });

  it('finds words written with punctuation such as instrument numbers', async () => {
    expect(await ids({ text: '909' })).toEqual(['cooperation']);
    expect(await ids({ text: 'FD 2008/909' })).toEqual(['cooperation']);
  });
});

describe('diacritics', () => {
  it.each([
    ['préfet', ['prefet-plain', 'prefet']],
    ['prefet', ['prefet-plain', 'prefet']],
    ['PRÉFET', ['prefet-plain', 'prefet']],
    ['Ștefan', ['names-plain', 'names']],
    ['stefan', ['names-plain', 'names']],
    ['Łukasz', ['names-plain', 'names']],
    ['lukasz', ['names-plain', 'names']],
    ['strasse', ['names']],
  ])('finds %s with or without accents', async (text, expected) => {
    expect((await ids({ text })).sort()).toEqual([...expected].sort());
  });

  it('highlights the original accented word', async () => {
    const result = await index.search({ text: 'lukasz', kinds: ['toolkit'], language: 'ro' });
    expect(result.hits[0]?.snippet).toContain('<mark>Łukasz</mark>');
  });
});

describe('snippets', () => {
  it('marks the matches and escapes the content', async () => {
    const [hit] = (await index.search({ text: 'prefet coordonne', language: 'fr' })).hits;
    expect(hit?.snippet).toContain('<mark>préfet</mark> <mark>coordonne</mark>');
    expect(hit?.snippet).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; plus');
    expect(hit?.snippet).not.toContain('<script>');
  });

  it('finds keywords without ever showing them', async () => {
    for (const text of ['penitenziaria', '32016L0343']) {
      const { hits } = await index.search({ text });
      expect(hits.map((hit) => hit.id)).toEqual(['prisons']);
      expect(hits[0]?.snippet).toBe(
        'Training for prison staff on early signs and on the exchange of information.',
      );
    }
  });

  it('shows the opening of the body when listing without text', async () => {
    const [hit] = (await index.search({ text: '', kinds: ['toolkit'], language: 'fr', limit: 1 })).hits;
    expect(hit?.snippet).toBe('Texte sans accents.');
  });
});

describe('filters', () => {
  it('filters by kind and language', async () => {
    expect(await ids({ text: 'radicalisation', kinds: ['toolkit'] })).toEqual([]);
    expect(await ids({ text: 'probation', kinds: ['course', 'toolkit'], language: 'it' })).toEqual([
      'probation',
    ]);
    expect(await ids({ text: 'probation', language: 'en' })).toEqual([]);
  });

  it('accepts any value within a facet and requires every facet', async () => {
    expect(await ids({ kinds: ['course'], facets: { country: ['IT', 'RO'] } })).toEqual([
      'probation',
      'cooperation',
      'prisons',
    ]);
    expect(await ids({ facets: { country: ['IT'], profession: ['judge'] } })).toEqual([]);
    expect(await ids({ facets: { country: ['RO', 'IT'], profession: ['judge'] } })).toEqual(['cooperation']);
    expect(await ids({ text: 'radicalisation', facets: { country: ['IT'] } })).toEqual(['prisons']);
  });

  it('ignores facets given without values', async () => {
    expect(await ids({ kinds: ['course'], facets: { country: [] } })).toHaveLength(3);
  });
});

describe('facet counts', () => {
  it('counts values over the documents in scope, most frequent first', async () => {
    const result = await index.search({ text: '', facetCounts: ['country', 'unknown'] });
    expect(result.facets).toEqual({
      country: [
        { value: 'FR', count: 2 },
        { value: 'IT', count: 2 },
        { value: 'PL', count: 2 },
        { value: 'RO', count: 2 },
      ],
      unknown: [],
    });
  });

  it('counts a facet without its own filter, but with every other filter', async () => {
    const result = await index.search({
      text: '',
      kinds: ['course'],
      facets: { country: ['IT'] },
      facetCounts: ['country', 'profession'],
    });
    expect(result.total).toBe(2);
    expect(result.facets.country).toEqual([
      { value: 'IT', count: 2 },
      { value: 'RO', count: 1 },
    ]);
    expect(result.facets.profession).toEqual([
      { value: 'prison-staff', count: 1 },
      { value: 'probation-officer', count: 1 },
    ]);
  });

  it('counts within the matched text', async () => {
    const result = await index.search({ text: 'radicalisation', facetCounts: ['profession'] });
    expect(result.facets.profession).toEqual([
      { value: 'judge', count: 1 },
      { value: 'prison-staff', count: 1 },
      { value: 'prosecutor', count: 1 },
    ]);
  });
});

/** A deterministic generator, so a failing random input can be reproduced. */
function noise(seed: number, length: number): string {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
  const pools = [
    '"*-()^:{}[]\'\\%_!&|~+<>@#$',
    '\u0000\u0001\u0007\u001b\u007f\t\n',
    'aéŁș漢字🫨ﷺ\u0301\ud800\udfff',
  ];
  return Array.from({ length }, () => {
    const pool = pools[next() % pools.length] ?? '';
    return next() % 4 === 0 ? String.fromCodePoint(next() % 0x3000) : (pool[next() % pool.length] ?? '');
  }).join('');
}

describe('whatever a user types', () => {
  const hostile = [
    '"',
    '"unbalanced',
    '*',
    '-',
    '-foo',
    'NEAR(a b)',
    'a OR b',
    'AND',
    '((',
    ')',
    ':',
    '^',
    '{}',
    "'",
    '\\',
    '%',
    '_',
    'a:*',
    '!',
    '&|',
    '""',
    '"*"',
    'title:radical',
    '^radical',
    'radical AND (',
    "l'homme",
    '\u0000',
    'x'.repeat(2000),
    'a '.repeat(300),
    ...Array.from({ length: 20 }, (_, seed) => noise(seed + 1, 500)),
  ];

  it.each(hostile.map((text) => [JSON.stringify(text).slice(0, 60), text]))(
    'resolves for %s',
    async (_, text) => {
      const result = await index.search({
        text,
        facets: { country: [text] },
        facetCounts: ['country', text],
      });
      expect(result.total).toBeGreaterThanOrEqual(0);
      expect(result.hits.length).toBeLessThanOrEqual(20);
    },
  );

  it('drops operators but keeps the words around them', async () => {
    expect(await ids({ text: 'radicalisation AND (' })).toEqual(['prisons', 'cooperation']);
    expect(await ids({ text: '-prison* NEAR(radicalisation' })).toEqual(['prisons']);
    expect(await ids({ text: 'title:radicalisation' })).toEqual([]);
  });

  it('finds nothing when no searchable word is left', async () => {
    expect(await index.search({ text: '*', facetCounts: ['country'] })).toEqual({
      total: 0,
      hits: [],
      facets: { country: [] },
    });
  });
});

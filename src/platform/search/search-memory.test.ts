import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { Bitset } from './bitset.js';
import { createSearchIndex, pruneSearchRemovals, type SearchDocument, type SearchIndex } from './index.js';

let database: TestDatabase;
/** Two processes on one database: each follows it with its own memory. */
let first: SearchIndex;
let second: SearchIndex;

const session = (id: string, days: number[], updatedDay: number): SearchDocument => ({
  kind: 'course',
  id,
  language: 'en',
  title: `Course ${id}`,
  body: 'Mutual recognition in practice.',
  facets: { topic: [id.startsWith('a') ? 'mediation' : 'psychology'] },
  numbers: { start: days },
  updatedAt: new Date(Date.UTC(2026, 0, updatedDay)).toISOString(),
});

beforeAll(async () => {
  database = await createTestDatabase();
  first = createSearchIndex(database);
  second = createSearchIndex(database);
  await first.upsert([
    session('a1', [100, 300], 1),
    session('a2', [150], 2),
    session('b1', [90, 200], 3),
    session('b2', [], 4),
  ]);
});

afterAll(async () => {
  await database.destroy();
});

const ids = async (index: SearchIndex, query: Parameters<SearchIndex['search']>[0]) =>
  (await index.search(query)).hits.map((hit) => hit.id);

describe('numbers', () => {
  it('filters by a range: any value within it, bounds included', async () => {
    expect(await ids(first, { text: '', ranges: { start: { min: 150, max: 200 } } })).toEqual(['b1', 'a2']);
    expect(await ids(first, { text: '', ranges: { start: { min: 301 } } })).toEqual([]);
    expect(await ids(first, { text: '', ranges: { start: { max: 90 } } })).toEqual(['b1']);
  });

  it('sorts by the first value from a point on, documents without one last', async () => {
    const order = { ascending: 'start', from: 120 };
    expect(await ids(first, { text: '', sort: order })).toEqual(['a2', 'b1', 'a1', 'b2']);
    expect(await ids(first, { text: 'recognition', sort: order, limit: 2 })).toEqual(['a2', 'b1']);
  });

  it('counts facets within a range', async () => {
    const result = await first.search({ text: '', ranges: { start: { min: 250 } }, facetCounts: ['topic'] });
    expect(result.facets.topic).toEqual([{ value: 'mediation', count: 1 }]);
  });
});

describe('several processes', () => {
  it('see each other’s writes and removals at their next search', async () => {
    expect(await ids(second, { text: 'course', sort: 'updated' })).toEqual(['b2', 'b1', 'a2', 'a1']);
    await first.upsert(session('a3', [400], 5));
    await first.remove('course', 'b2');
    expect(await ids(second, { text: '', sort: 'updated', limit: 2 })).toEqual(['a3', 'b1']);
    const counts = await second.search({ text: '', facetCounts: ['topic'] });
    expect(counts.total).toBe(4);
    expect(counts.facets.topic).toEqual([
      { value: 'mediation', count: 3 },
      { value: 'psychology', count: 1 },
    ]);
  });

  it('rebuild when the removals they missed were pruned', async () => {
    expect((await second.search({ text: '' })).total).toBe(4);
    await first.remove('course', 'a3');
    await first.upsert(session('b3', [50], 6));
    expect(await pruneSearchRemovals(database.db, 0)).toBeGreaterThan(0);
    expect(await ids(second, { text: '', sort: 'updated' })).toEqual(['b3', 'b1', 'a2', 'a1']);
  });

  it('agree with the database after searches and writes run at once', async () => {
    const writes = Array.from({ length: 10 }, (_, n) => first.upsert(session(`c${n}`, [500 + n], 8)));
    const searches = Array.from({ length: 20 }, () => second.search({ text: '', facetCounts: ['topic'] }));
    await Promise.all([...writes, ...searches]);
    const after = await second.search({ text: '', ranges: { start: { min: 500, max: 509 } }, limit: 20 });
    expect(after.total).toBe(10);
  });

  it('remove several documents at once, skipping ids not indexed', async () => {
    await first.upsert([session('g:en', [1], 7), session('g:fr', [1], 7), session('g:de', [1], 7)]);
    await first.remove('course', ['g:en', 'g:de', 'g:xx']);
    expect(await ids(second, { text: '', ranges: { start: { max: 1 } } })).toEqual(['g:fr']);
  });
});

describe('relevance over many matches', () => {
  it('scores title matches first when the words match more documents than it scores', async () => {
    // At most two documents scored: "recognition" matches six, three of them in the title.
    const bounded = createSearchIndex(database, { maxRanked: 2 });
    const doc = (id: string, title: string, day: number): SearchDocument => ({
      kind: 'note',
      id,
      language: 'en',
      title,
      body: 'Mutual recognition of judgments.',
      updatedAt: new Date(Date.UTC(2026, 1, day)).toISOString(),
    });
    await bounded.upsert([
      doc('n1', 'Notes', 1),
      doc('n2', 'Recognition', 2),
      doc('n3', 'Notes', 3),
      doc('n4', 'Notes', 4),
      doc('n5', 'Recognition recognition', 5),
    ]);
    const result = await bounded.search({ text: 'recognition', kinds: ['note'] });
    expect(result.total).toBe(5);
    // Two title matches, scored; then the others, newest first.
    expect(result.hits.slice(2).map((hit) => hit.id)).toEqual(['n4', 'n3', 'n1']);
    expect(new Set(result.hits.slice(0, 2).map((hit) => hit.id))).toEqual(new Set(['n2', 'n5']));
    await bounded.upsert(doc('n6', 'Recognition', 6));
    // Three title matches, more than scored: title matches newest first, then the others.
    const tiers = await bounded.search({ text: 'recognition', kinds: ['note'] });
    expect(tiers.hits.map((hit) => hit.id)).toEqual(['n6', 'n5', 'n2', 'n4', 'n3', 'n1']);
    const unbounded = await first.search({ text: 'recognition', kinds: ['note'], limit: 3 });
    expect(unbounded.total).toBe(6);
    expect(unbounded.hits.map((hit) => hit.id)).toContain('n5');
  });
});

describe('Bitset', () => {
  it('agrees with a plain set under random changes', () => {
    let seed = 11;
    const random = (max: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % max;
    };
    const a = new Bitset();
    const b = new Bitset();
    const modelA = new Set<number>();
    const modelB = new Set<number>();
    for (let step = 0; step < 5_000; step += 1) {
      const slot = random(3_000);
      const [set, model] = step % 2 === 0 ? [a, modelA] : [b, modelB];
      if (random(3) === 0) {
        set.delete(slot);
        model.delete(slot);
      } else {
        set.add(slot);
        model.add(slot);
      }
    }
    const both = [...modelA].filter((slot) => modelB.has(slot)).sort((x, y) => x - y);
    expect(a.size()).toBe(modelA.size);
    expect(a.sizeWith(b)).toBe(both.length);
    expect(a.clone().intersect(b).toArray()).toEqual(both);
    expect(Bitset.union([a, b]).size()).toBe(new Set([...modelA, ...modelB]).size);
    expect(a.has(2_999)).toBe(modelA.has(2_999));
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { createSearchIndex, type SearchDocument, type SearchIndex } from './index.js';

let database: TestDatabase;
let index: SearchIndex;

function pageDocument(number: number): SearchDocument {
  return {
    kind: 'page',
    id: `page-${number}`,
    language: 'en',
    title: `Handbook page ${number}`,
    body: 'A chapter of the handbook.',
    facets: { chapter: [String(number % 3)] },
    updatedAt: new Date(Date.UTC(2026, 0, 1, 0, number)).toISOString(),
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  index = createSearchIndex(database);
  await index.upsert(Array.from({ length: 25 }, (_, number) => pageDocument(number)));
});

afterAll(async () => {
  await database.destroy();
});

describe('pagination', () => {
  it('pages through ranked results with the total of all pages', async () => {
    const first = await index.search({ text: 'handbook', limit: 10 });
    const last = await index.search({ text: 'handbook', limit: 10, offset: 20 });
    expect(first.total).toBe(25);
    expect(first.hits).toHaveLength(10);
    expect(last.total).toBe(25);
    expect(last.hits).toHaveLength(5);
    const seen = new Set([...first.hits, ...last.hits].map((hit) => hit.id));
    expect(seen.size).toBe(15);
  });

  it('lists without text, most recently updated first', async () => {
    const result = await index.search({ text: '   ', kinds: ['page'], limit: 3, offset: 1 });
    expect(result.hits.map((hit) => hit.id)).toEqual(['page-23', 'page-22', 'page-21']);
    expect(result.hits[0]?.updatedAt).toBe('2026-01-01T00:23:00.000Z');
    expect(result.hits[0]?.score).toBe(0);
  });

  it('keeps the total past the last page, and clamps nonsense paging', async () => {
    const beyond = await index.search({ text: 'handbook', offset: 1000 });
    expect(beyond).toMatchObject({ total: 25, hits: [] });
    const clamped = await index.search({ text: 'handbook', limit: -5, offset: Number.NaN });
    expect(clamped.hits).toHaveLength(1);
    expect((await index.search({ text: 'handbook', limit: 10_000 })).hits).toHaveLength(25);
  });
});

describe('upsert and remove', () => {
  it('replaces the text and facets of a document indexed again', async () => {
    await index.upsert({
      kind: 'note',
      id: 'n1',
      language: 'en',
      title: 'Original wording',
      body: '',
      facets: { tag: ['old'] },
    });
    await index.upsert({
      kind: 'note',
      id: 'n1',
      language: 'de',
      title: 'Revised wording',
      body: '',
      facets: { tag: ['new'] },
    });
    const result = await index.search({ text: 'wording', kinds: ['note'], facetCounts: ['tag'] });
    expect(result.hits).toMatchObject([{ id: 'n1', title: 'Revised wording', language: 'de' }]);
    expect(result.facets.tag).toEqual([{ value: 'new', count: 1 }]);
    expect((await index.search({ text: 'original', kinds: ['note'] })).total).toBe(0);
  });

  it('removes a document from text search, listings and facet counts', async () => {
    await index.upsert({
      kind: 'note',
      id: 'n2',
      language: 'en',
      title: 'Ephemeral',
      body: 'gone soon',
      facets: { tag: ['temp'] },
    });
    expect((await index.search({ text: 'ephemeral' })).total).toBe(1);
    await index.remove('note', 'n2');
    const afterwards = await index.search({ text: '', kinds: ['note'], facetCounts: ['tag'] });
    expect((await index.search({ text: 'ephemeral' })).total).toBe(0);
    expect(afterwards.hits.map((hit) => hit.id)).toEqual(['n1']);
    expect(afterwards.facets.tag).toEqual([{ value: 'new', count: 1 }]);
  });

  it('ignores the removal of a document that is not indexed', async () => {
    await expect(index.remove('note', 'missing')).resolves.toBeUndefined();
  });

  it('writes inside the caller transaction and rolls back with it', async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await index
          .withTransaction(trx)
          .upsert({ kind: 'note', id: 'n3', language: 'en', title: 'Rolled back', body: '' });
        expect((await index.withTransaction(trx).search({ text: 'rolled' })).total).toBe(1);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect((await index.search({ text: 'rolled' })).total).toBe(0);
  });

  it('writes many documents in one upsert, the last of a repeated kind and id winning', async () => {
    const repeated = (title: string, tag: string): SearchDocument => ({
      kind: 'note',
      id: 'twice',
      language: 'en',
      title,
      body: '',
      facets: { tag: [tag] },
    });
    await index.upsert([
      repeated('Twice first', 'first'),
      { kind: 'note', id: 'once', language: 'en', title: 'Twice neighbour', body: '' },
      repeated('Twice second', 'second'),
    ]);
    const result = await index.search({ text: 'twice', kinds: ['note'], facetCounts: ['tag'] });
    expect(result.hits.map((hit) => hit.title).sort()).toEqual(['Twice neighbour', 'Twice second']);
    expect(result.facets.tag).toEqual([{ value: 'second', count: 1 }]);
    expect((await index.search({ text: 'first', kinds: ['note'] })).total).toBe(0);
  });

  it('upserts and removes more documents than one statement takes', async () => {
    const ids = Array.from({ length: 1_200 }, (_, number) => `bulk-${number}`);
    await index.upsert(
      ids.map((id) => ({
        kind: 'bulk',
        id,
        language: 'en',
        title: `Bulk ${id}`,
        body: 'stacked',
        facets: { shelf: [id.slice(-1)] },
      })),
    );
    const counted = await index.search({ text: 'stacked', kinds: ['bulk'], facetCounts: ['shelf'] });
    expect(counted.total).toBe(1_200);
    expect(counted.facets.shelf).toContainEqual({ value: '7', count: 120 });
    await index.remove('bulk', [...ids.slice(0, 1_100), 'bulk-missing']);
    const left = await index.search({ text: 'stacked', kinds: ['bulk'], facetCounts: ['shelf'], limit: 100 });
    expect(left.hits.map((hit) => hit.id).sort()).toEqual(ids.slice(1_100).sort());
    expect(left.facets.shelf).toContainEqual({ value: '7', count: 10 });
  });

  it('stores text with control characters, very long words and huge facet values', async () => {
    const document: SearchDocument = {
      kind: 'note',
      id: 'odd',
      language: 'en',
      title: 'Odd\u0000 input\u0007',
      body: `${'x'.repeat(5000)} ${'word '.repeat(20_000)}tail`,
      facets: { tag: ['v'.repeat(10_000), 'nul\u0000value'] },
    };
    await index.upsert(document);
    const result = await index.search({ text: 'odd input', facets: { tag: ['nul\u0000value'] } });
    expect(result.hits).toMatchObject([{ id: 'odd', title: 'Odd input' }]);
  });
});

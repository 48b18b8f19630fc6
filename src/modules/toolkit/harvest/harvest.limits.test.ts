import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.js';
import { createSearchIndex, type SearchIndex } from '../../../platform/search/index.js';
import { defaultFetchPolicy, fetchText, FetchFailure, sizeText } from './clients/http-fetch.js';
import { runHarvest } from './harvest-runner.js';
import { fastRetries, pagedRepository, seedSource, type DcRecord } from './harvest.test-kit.js';

const limit = 64 * 1024;
const policy = { ...fastRetries, maxResponseBytes: limit };
const tooLarge = 'The response is larger than 64 KB';

/**
 * A server answering `/huge` with a body streamed in 16 KB chunks without a length (megabytes of it,
 * unless the reader stops), `/declared` with a `Content-Length` far above the limit and then nothing
 * (a reader that waited for it would time out), and anything else from `other`.
 */
async function startStreamingServer(other: (url: URL) => { body: string; contentType?: string }) {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    if (url.pathname.endsWith('/huge') || url.searchParams.get('resumptionToken') === 'page-1') {
      response.writeHead(200, { 'content-type': 'text/xml' });
      const chunk = Buffer.alloc(16 * 1024, '<a>x</a>');
      let sent = 0;
      const pump = () => {
        while (sent < 400 && response.write(chunk)) sent += 1;
        if (sent >= 400) response.end();
        else response.once('drain', pump);
      };
      response.on('close', () => (sent = 400));
      pump();
      return;
    }
    if (url.pathname.endsWith('/declared')) {
      response.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(limit * 1000) });
      response.write('identifier,title\n');
      return;
    }
    const answer = other(url);
    response.writeHead(200, { 'content-type': answer.contentType ?? 'text/xml; charset=utf-8' });
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('the download size limit', { timeout: 60_000 }, () => {
  let database: TestDatabase;
  let search: SearchIndex;
  let server: Awaited<ReturnType<typeof startStreamingServer>>;
  const records: DcRecord[] = Array.from({ length: 30 }, (_, index) => ({
    identifier: `limit:${index + 1}`,
    title: `Limited handbook ${index + 1}`,
  }));

  beforeAll(async () => {
    database = await createTestDatabase();
    search = createSearchIndex(database);
    const repository = pagedRepository(records, 20);
    server = await startStreamingServer((url) =>
      url.pathname === '/small.csv'
        ? { body: 'identifier,title\ns1,Small file\n', contentType: 'text/csv' }
        : repository(url),
    );
  });
  afterAll(async () => {
    await server.close();
    await database.destroy();
  });

  it('is 50 MB unless a policy says otherwise', () => {
    expect(defaultFetchPolicy.maxResponseBytes).toBe(50 * 1024 * 1024);
    expect(sizeText(defaultFetchPolicy.maxResponseBytes)).toBe('50 MB');
    expect(sizeText(limit)).toBe('64 KB');
  });

  it('stops reading a streamed body once it passes the limit, and does not ask again', async () => {
    const before = server.requests.length;
    const failure = await fetchText(`${server.url}/huge`, { policy }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FetchFailure);
    expect((failure as Error).message).toContain(tooLarge);
    expect(server.requests.slice(before)).toEqual(['/huge']);
  });

  it('fails at once on a Content-Length above the limit, without waiting for the body', async () => {
    const startedAt = Date.now();
    const failure = await fetchText(`${server.url}/declared`, { policy }).catch((error: unknown) => error);
    expect((failure as Error).message).toContain(tooLarge);
    // The server never sends the body: reading it would have waited for the 2 s timeout, three times.
    expect(Date.now() - startedAt).toBeLessThan(1_500);
  });

  it('reads a body under the limit whole', async () => {
    const fetched = await fetchText(`${server.url}/small.csv`, { policy });
    expect(fetched.text).toBe('identifier,title\ns1,Small file\n');
  });

  it('fails the run with the reason, keeping the pages written before the oversized one', async () => {
    const sourceId = await seedSource(database.db, { url: `${server.url}/oai` });
    const run = await runHarvest({ db: database.db, search }, { sourceId, trigger: 'cli', policy });
    expect(run.status).toBe('failed');
    expect(run.error).toContain(tooLarge);
    expect(run.error).not.toContain('attempts');
    expect(run.pagesDone).toBe(1);
    expect(run.counts.new).toBe(20);
    expect(server.requests.filter((request) => request.includes('resumptionToken=page-1'))).toHaveLength(1);
    const stored = await database.db
      .selectFrom('toolkit_resource')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('source_id', '=', sourceId)
      .executeTakeFirstOrThrow();
    expect(Number(stored.count)).toBe(20);
  });

  it('fails a file source whose file is too large, with the reason in the report', async () => {
    for (const [path, kind] of [
      ['/files/huge', 'json'],
      ['/files/declared', 'csv'],
    ] as const) {
      const sourceId = await seedSource(database.db, { url: `${server.url}${path}`, kind });
      const run = await runHarvest({ db: database.db, search }, { sourceId, trigger: 'cli', policy });
      expect(run.status).toBe('failed');
      expect(run.error).toContain(tooLarge);
      expect(run.counts.new).toBe(0);
    }
  });
});

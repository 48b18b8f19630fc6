import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.js';
import { createSearchIndex, type SearchIndex } from '../../../platform/search/index.js';
import { runHarvest } from './harvest-runner.js';
import { updateSource } from './harvest-sources.repo.js';
import {
  dcRecordXml,
  fastRetries,
  identifyXml,
  listRecordsXml,
  oaiErrorXml,
  pagedRepository,
  seedSource,
  startServer,
  type DcRecord,
  type LocalServer,
} from './harvest.test-kit.js';

const records = (prefix: string, count: number): DcRecord[] =>
  Array.from({ length: count }, (_, index) => ({
    identifier: `${prefix}:${index + 1}`,
    title: `${prefix} handbook ${index + 1}`,
  }));

// PostgreSQL under load writes slowly: a generous timeout per test.
describe('harvesting through faults (OAI-PMH, feeds)', { timeout: 60_000 }, () => {
  let database: TestDatabase;
  let search: SearchIndex;
  const servers: LocalServer[] = [];
  const deps = () => ({ db: database.db, search });
  const harvest = (sourceId: string) => runHarvest(deps(), { sourceId, trigger: 'cli', policy: fastRetries });
  const serve = async (handler: Parameters<typeof startServer>[0]) => {
    const server = await startServer(handler);
    servers.push(server);
    return server;
  };
  const liveCount = async (sourceId: string) =>
    (
      await database.db
        .selectFrom('toolkit_resource')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('source_id', '=', sourceId)
        .where('deleted_at', 'is', null)
        .executeTakeFirstOrThrow()
    ).count;

  beforeAll(async () => {
    database = await createTestDatabase();
    search = createSearchIndex(database);
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
    await database.destroy();
  });

  it('retries a page that answers 500 once, and harvests every page', async () => {
    let failed = false;
    const repository = pagedRepository(records('five-hundred', 50), 20);
    const server = await serve((url) => {
      if (url.searchParams.get('resumptionToken') === 'page-1' && !failed) {
        failed = true;
        return { status: 500, body: 'busy' };
      }
      return repository(url);
    });
    const sourceId = await seedSource(database.db, { url: `${server.url}/oai` });
    const run = await harvest(sourceId);
    expect(run.status, run.error ?? '').toBe('completed');
    expect(run.counts).toEqual({ new: 50, updated: 0, unchanged: 0, deleted: 0, failed: 0 });
    expect(run.pagesDone).toBe(3);
    expect(server.requests.filter((request) => request.includes('page-1'))).toHaveLength(2);
    expect(await liveCount(sourceId)).toBe(50);
    const hits = await search.search({ kinds: ['toolkit-resource'], text: 'five-hundred handbook 17' });
    expect(hits.total).toBeGreaterThan(0);
  });

  it('honours Retry-After on 429', async () => {
    let refused = false;
    const server = await serve((url) => {
      if (!refused) {
        refused = true;
        return { status: 429, body: 'slow down', headers: { 'retry-after': '0' } };
      }
      return pagedRepository(records('polite', 3))(url);
    });
    const sourceId = await seedSource(database.db, { url: `${server.url}/oai` });
    expect((await harvest(sourceId)).counts.new).toBe(3);
  });

  it('re-running adds no duplicates and rewrites nothing unchanged', async () => {
    const server = await serve(pagedRepository(records('rerun', 30), 20));
    const sourceId = await seedSource(database.db, { url: `${server.url}/oai` });
    await harvest(sourceId);
    const before = await database.db
      .selectFrom('toolkit_resource')
      .select(['id', 'updated_at'])
      .where('source_id', '=', sourceId)
      .orderBy('id')
      .execute();
    await updateSource(database.db, sourceId, { harvestedUntil: null });
    const again = await harvest(sourceId);
    expect(again.counts).toEqual({ new: 0, updated: 0, unchanged: 30, deleted: 0, failed: 0 });
    const after = await database.db
      .selectFrom('toolkit_resource')
      .select(['id', 'updated_at'])
      .where('source_id', '=', sourceId)
      .orderBy('id')
      .execute();
    expect(after).toEqual(before);
  });

  it('asks only for changes since the last harvest, at the repository’s granularity, and applies deletions', async () => {
    const list = records('incremental', 5);
    let deleted = false;
    const server = await serve((url) => {
      if (url.searchParams.get('verb') === 'Identify') return { body: identifyXml('YYYY-MM-DD') };
      if (!deleted) return { body: listRecordsXml(list, null, '2026-11-20T08:30:00Z') };
      return {
        body: listRecordsXml(
          [
            { identifier: 'incremental:2', deleted: true },
            { ...list[0]!, title: 'A new title' },
          ],
          null,
        ),
      };
    });
    const sourceId = await seedSource(database.db, { url: `${server.url}/oai`, setSpec: 'topic:prisons' });
    expect((await harvest(sourceId)).counts.new).toBe(5);
    expect(server.requests.at(-1)).toContain('set=topic%3Aprisons');
    expect(server.requests.at(-1)).not.toContain('from=');
    deleted = true;
    const second = await harvest(sourceId);
    expect(server.requests.at(-1)).toMatch(/from=2026-11-20$/);
    expect(second.counts).toMatchObject({ new: 0, updated: 1, deleted: 1 });
    expect(await liveCount(sourceId)).toBe(4);
  });

  it('removes characters illegal in XML from one record, notes it, and keeps the others', async () => {
    const server = await serve(() => ({
      body: listRecordsXml(
        [
          { identifier: 'chars:1', title: 'Clean' },
          {
            identifier: 'chars:2',
            title: 'Bell\u0007 and form\u000c feed',
            extra: '<dc:subject>x&#x1;y</dc:subject>',
          },
          { identifier: 'chars:3', extra: '<dc:subject>broken</dc:subjec>' },
        ],
        null,
      ),
    }));
    const sourceId = await seedSource(database.db, { url: `${server.url}/oai` });
    const run = await harvest(sourceId);
    expect(run.status).toBe('completed');
    expect(run.counts).toMatchObject({ new: 2, failed: 1 });
    expect(run.notes).toEqual([
      { identifier: 'chars:2', note: expect.stringContaining('3 character(s) illegal in XML 1.0') as string },
    ]);
    expect(run.failures[0]).toMatchObject({
      identifier: 'chars:3',
      reason: expect.stringContaining('not well-formed') as string,
    });
    const title = await database.db
      .selectFrom('toolkit_resource_translation')
      .select('title')
      .where('title', 'like', 'Bell%')
      .executeTakeFirstOrThrow();
    expect(title.title).toBe('Bell and form feed');
  });

  it('restarts the list from the run’s `from` when a resumption token has expired, and says so', async () => {
    let expired = false;
    const repository = pagedRepository(records('expiry', 30), 20);
    const server = await serve((url) => {
      if (url.searchParams.get('resumptionToken') === 'page-1' && !expired) {
        expired = true;
        return { body: oaiErrorXml('badResumptionToken', 'The token has expired') };
      }
      return repository(url);
    });
    const sourceId = await seedSource(database.db, { url: `${server.url}/oai` });
    const run = await harvest(sourceId);
    expect(run.status).toBe('completed');
    expect(run.counts).toMatchObject({ new: 30, unchanged: 20 });
    expect(run.notes[0]?.note).toContain('expired resumption token');
  });

  it('reports a page cut short, keeps what came before, and resumes from that page later', async () => {
    let isBroken = true;
    const repository = pagedRepository(records('cut', 50), 20);
    const server = await serve((url) => {
      const answer = repository(url);
      if (url.searchParams.get('resumptionToken') === 'page-1' && isBroken) {
        return { ...answer, cutAt: answer.body.indexOf('cut:30<') + 400 };
      }
      return answer;
    });
    const sourceId = await seedSource(database.db, { url: `${server.url}/oai` });
    const run = await harvest(sourceId);
    expect(run.status).toBe('failed');
    expect(run.error).toContain('cut short');
    expect(run.resumptionToken).toBe('page-1');
    expect(run.failures.at(-1)).toMatchObject({ identifier: '(page 2)' });
    expect(run.counts.new).toBeGreaterThanOrEqual(20);
    expect(run.counts.new).toBeLessThan(50);
    isBroken = false;
    // The next run starts again from the source's `harvested_until` (not moved by the failed run).
    const next = await harvest(sourceId);
    expect(next.status).toBe('completed');
    expect(await liveCount(sourceId)).toBe(50);
  });

  it('resumes an interrupted run from its last token', async () => {
    const server = await serve(pagedRepository(records('resume', 60), 20));
    const sourceId = await seedSource(database.db, { url: `${server.url}/oai` });
    const abort = new AbortController();
    const first = await runHarvest(deps(), {
      sourceId,
      trigger: 'schedule',
      policy: fastRetries,
      signal: abort.signal,
      onProgress: (run) => {
        if (run.pagesDone === 1) abort.abort();
      },
    });
    expect(first.status).toBe('interrupted');
    expect(first.resumptionToken).toBe('page-1');
    const requestsBefore = server.requests.length;
    const resumed = await harvest(sourceId);
    expect(resumed.id).toBe(first.id);
    expect(resumed.status).toBe('completed');
    expect(resumed.counts.new).toBe(60);
    expect(server.requests.slice(requestsBefore)[0]).toContain('resumptionToken=page-1');
  });

  it('parses a feed served with a wrong content type, and fails clearly on a page that is no feed', async () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>CEPOL</title><entry><id>urn:cepol:1</id><title>Guide de formation</title><link href="https://cepol.example.org/1"/><updated>2025-02-03T00:00:00Z</updated><summary>&lt;p&gt;Un guide&lt;/p&gt;</summary></entry></feed>`;
    const server = await serve((url) =>
      url.pathname === '/feed'
        ? { body: atom, contentType: 'text/html' }
        : { body: '<html><body>Not here</body></html>', contentType: 'application/rss+xml' },
    );
    const feedId = await seedSource(database.db, {
      url: `${server.url}/feed`,
      kind: 'atom',
      network: 'CEPOL',
    });
    const run = await harvest(feedId);
    expect(run.status, run.error ?? '').toBe('completed');
    expect(run.counts.new).toBe(1);
    const text = await database.db
      .selectFrom('toolkit_resource_translation')
      .selectAll()
      .where('title', '=', 'Guide de formation')
      .executeTakeFirstOrThrow();
    expect(text).toMatchObject({ language: 'fr', summary: 'Un guide' });
    const brokenId = await seedSource(database.db, { url: `${server.url}/page`, kind: 'rss' });
    const broken = await harvest(brokenId);
    expect(broken.status).toBe('failed');
    expect(broken.error).toBe('The answer is not an RSS or Atom feed (content type application/rss+xml).');
  });

  it('keeps a single record XML helper honest', () => {
    expect(dcRecordXml({ identifier: 'a', deleted: true })).toContain('status="deleted"');
  });
});

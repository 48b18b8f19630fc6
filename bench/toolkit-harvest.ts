/**
 * `npm run bench:toolkit-harvest` (issue 7, point 6): harvest throughput end to end.
 *
 * An HTTP server on 127.0.0.1 (in a worker thread, as a remote repository would be) serves BENCH_RECORDS
 * generated `oai_dc` records (default 20,000) as ListRecords pages of 100 with resumption tokens. Then:
 *   (a) bare: the harvester's own client fetches and parses every page, storing nothing;
 *   (b) harvest: `runHarvest` into a fresh, migrated SQLite database (records, search index, run report).
 * Prints records per second of each and the ratio harvest / bare. Target: harvest ≥ 2,000 records/s.
 * BENCH_DATABASE_URL: harvest into a fresh PostgreSQL schema instead.
 */
import { Worker } from 'node:worker_threads';
import { benchDatabaseUrl, withBenchDatabase } from './bench-database.js';
import { createSearchIndex } from '../src/platform/search/index.js';
import { oaiPages } from '../src/modules/toolkit/harvest/clients/oai-pmh.js';
import { defaultFetchPolicy } from '../src/modules/toolkit/harvest/clients/http-fetch.js';
import { runHarvest } from '../src/modules/toolkit/harvest/harvest-runner.js';
import {
  listRecordsXml,
  seedSource,
  type DcRecord,
} from '../src/modules/toolkit/harvest/harvest.test-kit.js';

const total = Number(process.env.BENCH_RECORDS ?? 20_000);
const pageSize = 100;
const languages = ['en', 'it', 'fr', 'de', 'es', 'pt', 'ro'] as const;
const words = [
  'radicalisation',
  'prison',
  'probation',
  'judicial',
  'cooperation',
  'training',
  'handbook',
  'evidence',
  'terrorism',
  'prevention',
  'practitioners',
  'juvenile',
  'rehabilitation',
  'exit',
  'programme',
];

function record(index: number): DcRecord {
  const text = (count: number) =>
    Array.from({ length: count }, (_, k) => words[(index * 7 + k * 3) % words.length]).join(' ');
  return {
    identifier: `oai:bench.example.org:${index}`,
    title: `${text(6)} ${index}`,
    description: `${text(40)}.`,
    language: languages[index % languages.length],
    date: `${2015 + (index % 10)}-0${1 + (index % 9)}-1${index % 9}`,
    type: index % 3 === 0 ? 'guideline' : 'handbook',
  };
}

function pages(): string[] {
  const all: string[] = [];
  for (let start = 0; start < total; start += pageSize) {
    const slice = Array.from({ length: Math.min(pageSize, total - start) }, (_, k) => record(start + k));
    const next = start + pageSize < total ? `page-${start / pageSize + 1}` : null;
    all.push(listRecordsXml(slice, next));
  }
  return all;
}

const serverCode = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const pages = workerData.pages.map((page) => Buffer.from(page));
const server = http.createServer((request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  const token = url.searchParams.get('resumptionToken');
  const body = pages[token ? Number(token.slice(5)) : 0];
  response.writeHead(200, { 'content-type': 'text/xml; charset=utf-8', 'content-length': body.length });
  response.end(body);
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
`;

async function main(): Promise<void> {
  const worker = new Worker(serverCode, { eval: true, workerData: { pages: pages() } });
  const port = await new Promise<number>((resolve) => worker.once('message', resolve));
  const url = `http://127.0.0.1:${port}/oai`;

  let bareRecords = 0;
  const bareStart = performance.now();
  for await (const page of oaiPages(
    { url, setSpec: null, metadataPrefix: 'oai_dc' },
    { from: null, token: null },
    { policy: defaultFetchPolicy },
  )) {
    bareRecords += page.items.length;
  }
  const bareSeconds = (performance.now() - bareStart) / 1000;

  try {
    await withBenchDatabase({ prefix: 'jpcoops-bench-harvest-' }, async ({ handle }) => {
      const search = createSearchIndex(handle);
      const sourceId = await seedSource(handle.db, { url, intervalHours: null });
      const start = performance.now();
      const run = await runHarvest({ db: handle.db, search }, { sourceId, trigger: 'cli' });
      const seconds = (performance.now() - start) / 1000;
      if (run.status !== 'completed' || run.counts.new !== total) {
        throw new Error(
          `the harvest did not complete: ${run.status} ${JSON.stringify(run.counts)} ${run.error ?? ''}`,
        );
      }
      const perSecond = total / seconds;
      const barePerSecond = bareRecords / bareSeconds;
      const database = benchDatabaseUrl ? 'PostgreSQL' : 'SQLite';
      console.log(`toolkit harvest: ${total} oai_dc records, pages of ${pageSize}, loopback, ${database}`);
      console.log(
        `  bare fetch + parse : ${barePerSecond.toFixed(0).padStart(7)} records/s (${bareSeconds.toFixed(2)} s)`,
      );
      console.log(
        `  harvest end to end : ${perSecond.toFixed(0).padStart(7)} records/s (${seconds.toFixed(2)} s, ${run.pagesDone} pages)`,
      );
      console.log(`  ratio harvest / bare: ${(perSecond / barePerSecond).toFixed(3)}`);
      console.log(`  target ≥ 2000 records/s: ${perSecond >= 2000 ? 'met' : 'NOT met'}`);
    });
  } finally {
    await worker.terminate();
  }
}

await main();

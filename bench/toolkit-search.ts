/**
 * `npm run bench:toolkit` (issue 7, point 6): searching the Super Toolkit at scale.
 *
 * Creates a temporary database migrated to latest, generates BENCH_RESOURCES resources (default
 * 100,000) with varied text in seven languages (en, it, fr, de, es, pt, ro; a source text and up to
 * two translations each), inserts them in bulk and indexes them with the module's own `indexResources`,
 * then times representative queries against
 *   (a) `listResources`, the service behind `GET /api/v1/resources` (facet counts, snippets), and
 *   (b) the bare index query `search.search(...)` it makes (the baseline, measured in the same run),
 * printing p50/p95 per query and overall, and the ratio service / bare. Goal: p95 ≤ 50 ms on SQLite.
 *
 * BENCH_DATABASE_URL: run on PostgreSQL instead, in a fresh schema dropped afterwards.
 * BENCH_RESOURCES, BENCH_RUNS (default 30), BENCH_WARMUP (default 3), BENCH_SEED (default 42),
 * BENCH_QUERY_BUDGET_MS (default 15000: a query stops repeating once it has used that much time).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { createTranslators, loadCatalog, type Locale } from '../src/platform/i18n/index.js';
import { createSearchIndex } from '../src/platform/search/index.js';
import { loadConfig } from '../src/config.js';
import { resourceFacets, type ResourceFacet } from '../src/modules/toolkit/toolkit.search.js';
import {
  listResources,
  resourceSearch,
  type ResourceListQuery,
} from '../src/modules/toolkit/toolkit.service.js';
import { seedBenchResources } from './toolkit-search.seed.js';

const N = Number(process.env.BENCH_RESOURCES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const SEED = Number(process.env.BENCH_SEED ?? 42);
const QUERY_BUDGET_MS = Number(process.env.BENCH_QUERY_BUDGET_MS ?? 15_000);
const databaseUrl = process.env.BENCH_DATABASE_URL || undefined;

interface BenchQuery {
  readonly name: string;
  readonly lang: Locale;
  readonly q: string;
  readonly filters?: Partial<Record<ResourceFacet, string[]>>;
}

const queries: BenchQuery[] = [
  { name: 'one word', lang: 'en', q: 'probation' },
  { name: 'one word (fr, accent)', lang: 'fr', q: 'médiation' },
  { name: 'one word folded (de)', lang: 'de', q: 'grenzuberschreitend' },
  { name: 'two words', lang: 'en', q: 'risk assessment' },
  { name: 'two words (it)', lang: 'it', q: 'carcere radicalizzazione' },
  { name: 'phrase', lang: 'en', q: '"exit programme"' },
  { name: 'prefix', lang: 'en', q: 'radical*' },
  { name: 'short prefix', lang: 'es', q: 'pr*' },
  { name: 'rare word', lang: 'en', q: 'steganography' },
  { name: 'rare word (ro)', lang: 'ro', q: 'criptomonedă' },
  { name: 'very common word', lang: 'en', q: 'prison' },
  { name: 'very common word (pt)', lang: 'pt', q: 'de' },
  { name: 'word + two facets', lang: 'en', q: 'returnees', filters: { type: ['handbook'], source: ['RAN'] } },
  {
    name: 'word + three facets (es)',
    lang: 'es',
    q: 'víctimas',
    filters: { topic: ['mediation'], profession: ['judge'], evidence: ['evaluated'] },
  },
  { name: 'no match', lang: 'en', q: 'zzyzx' },
  { name: 'empty query', lang: 'en', q: '' },
  { name: 'empty + two facets', lang: 'it', q: '', filters: { source: ['EJTN'], language: ['it'] } },
  {
    name: 'empty + instrument + country',
    lang: 'de',
    q: '',
    filters: { instrument: ['32002F0584'], country: ['DE', 'AT'] },
  },
  { name: 'page 50', lang: 'en', q: '', filters: { topic: ['radicalisation'] } },
];

function listQuery(query: BenchQuery, page = 1): ResourceListQuery {
  const filters = Object.fromEntries(resourceFacets.map((f) => [f, query.filters?.[f] ?? []])) as Record<
    ResourceFacet,
    string[]
  >;
  return { q: query.q || undefined, filters, page, pageSize: 20, lang: query.lang };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function time(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i += 1) await run();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < RUNS && (samples.length < 5 || performance.now() - started < QUERY_BUDGET_MS)) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jpcoops-bench-toolkit-'));
  const schema = databaseUrl ? `bench_${Date.now().toString(36)}` : undefined;
  if (databaseUrl && schema) await withClient(databaseUrl, (c) => c.query(`create schema ${schema}`));
  const handle = openDatabase({ url: databaseUrl, dataDir, poolSize: 10, ...(schema ? { schema } : {}) });
  try {
    await migrateToLatest(handle.db, schema);
    console.log(
      `Toolkit search benchmark on ${handle.dialect}${schema ? ` (schema ${schema})` : ` (${dataDir})`}: ${N} resources, seed ${SEED}`,
    );
    const t0 = performance.now();
    const { insertMs, indexMs } = await seedBenchResources(handle.db, createSearchIndex(handle), N, SEED);
    await sql`analyze`.execute(handle.db);
    const docs = await handle.db
      .selectFrom('search_document')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    console.log(
      `Seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s (bulk rows ${(insertMs / 1000).toFixed(1)} s, indexResources ${(indexMs / 1000).toFixed(1)} s): ${Number(docs.n)} search documents`,
    );
    // As a process starting on this database would: read the filterable part into memory.
    const warmStarted = performance.now();
    const search = createSearchIndex(handle);
    await search.warm();
    console.log(`In-memory view read in ${((performance.now() - warmStarted) / 1000).toFixed(1)} s`);

    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, PUBLIC_URL: 'http://localhost:3000' });
    const deps = { db: handle.db, search, config, translators: createTranslators(loadCatalog()) };
    const rows = [];
    const allService: number[] = [];
    const allBare: number[] = [];
    for (const query of queries) {
      const listed = listQuery(query, query.name === 'page 50' ? 50 : 1);
      const first = await listResources(deps, listed);
      const service = await time(() => listResources(deps, listed));
      const bareQuery = resourceSearch(listed);
      const bare = await time(() => search.search(bareQuery));
      allService.push(...service);
      allBare.push(...bare);
      const s50 = percentile(service, 50);
      const b50 = percentile(bare, 50);
      rows.push({
        query: `${query.name} [${query.lang}] ${JSON.stringify(query.q)}`,
        total: first.total,
        runs: `${service.length}/${bare.length}`,
        'svc p50': +s50.toFixed(1),
        'svc p95': +percentile(service, 95).toFixed(1),
        'bare p50': +b50.toFixed(1),
        'bare p95': +percentile(bare, 95).toFixed(1),
        'svc/bare': +(s50 / b50).toFixed(2),
      });
    }
    allService.sort((a, b) => a - b);
    allBare.sort((a, b) => a - b);
    console.log(
      `\n${WARMUP} warm-up + up to ${RUNS} runs per query (budget ${QUERY_BUDGET_MS} ms), Node ${process.version}, ms\n`,
    );
    console.table(rows);
    const sP95 = percentile(allService, 95);
    const bP95 = percentile(allBare, 95);
    console.log(
      `Overall service: p50 ${percentile(allService, 50).toFixed(1)} ms, p95 ${sP95.toFixed(1)} ms`,
    );
    console.log(`Overall bare:    p50 ${percentile(allBare, 50).toFixed(1)} ms, p95 ${bP95.toFixed(1)} ms`);
    console.log(
      `Ratio service/bare: p50 ${(percentile(allService, 50) / percentile(allBare, 50)).toFixed(2)}, p95 ${(sP95 / bP95).toFixed(2)}`,
    );
    if (handle.dialect === 'sqlite')
      console.log(`Goal p95 ≤ 50 ms on SQLite — ${sP95 <= 50 ? 'met' : 'NOT met'} (${sP95.toFixed(1)} ms).`);
  } finally {
    await handle.destroy();
    if (databaseUrl && schema) await withClient(databaseUrl, (c) => c.query(`drop schema ${schema} cascade`));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

await main();

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
import { sql } from 'kysely';
import { createTranslators, loadCatalog, type Locale } from '../src/platform/i18n/index.js';
import { createSearchIndex } from '../src/platform/search/index.js';
import { loadConfig } from '../src/config.js';
import { resourceFacets, type ResourceFacet } from '../src/modules/toolkit/toolkit.search.js';
import {
  listResources,
  resourceSearch,
  type ResourceListQuery,
} from '../src/modules/toolkit/toolkit.service.js';
import { withBenchDatabase } from './bench-database.js';
import { benchSettings, compareServiceWithBare } from './harness.js';
import { seedBenchResources } from './toolkit-search.seed.js';

const N = Number(process.env.BENCH_RESOURCES ?? 100_000);
const SEED = benchSettings.seed;

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

async function main(): Promise<void> {
  await withBenchDatabase({ prefix: 'jpcoops-bench-toolkit-' }, async ({ handle, dataDir, schema }) => {
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
    const compared = queries.map((query) => {
      const listed = listQuery(query, query.name === 'page 50' ? 50 : 1);
      const bareQuery = resourceSearch(listed);
      return {
        label: `${query.name} [${query.lang}] ${JSON.stringify(query.q)}`,
        service: () => listResources(deps, listed),
        bare: () => search.search(bareQuery),
      };
    });
    await compareServiceWithBare(compared, handle.dialect);
  });
}

await main();

/**
 * `npm run bench`: starts the built server on a temporary database and measures, with autocannon,
 * a bare JSON route (the baseline), the home page and the contact page. Absolute figures vary on a
 * shared machine, so each page is reported as a ratio of the baseline measured in the same run.
 * Also measures the time from process start to the first 200 from /healthz.
 *
 * BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 10) tune the load.
 */
import autocannon from 'autocannon';
import { startServer } from '../test/e2e/server.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

interface Figures {
  readonly name: string;
  readonly path: string;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

async function measure(baseUrl: string, name: string, path: string): Promise<Figures> {
  const result = await autocannon({ url: `${baseUrl}${path}`, connections, duration: seconds });
  const errors = result.errors + result.timeouts + result.non2xx;
  return {
    name,
    path,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors,
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const server = await startServer({ RATE_LIMIT_PER_MINUTE: '100000000', LOG_LEVEL: 'error' });
  const startupMs = performance.now() - started;
  try {
    // Warm up every route once so that compilation and caches do not count.
    for (const path of ['/api/v1', '/en', '/en/contact']) await fetch(`${server.url}${path}`);
    const baseline = await measure(server.url, 'bare JSON route', '/api/v1');
    const pages = [
      await measure(server.url, 'home page', '/en'),
      await measure(server.url, 'contact page', '/en/contact'),
    ];
    const rows = [baseline, ...pages].map((figures) => ({
      route: `${figures.name} (${figures.path})`,
      'req/s': Math.round(figures.requestsPerSecond),
      'p50 ms': figures.p50,
      'p99 ms': figures.p99,
      'ratio to bare': (figures.requestsPerSecond / baseline.requestsPerSecond).toFixed(2),
      errors: figures.errors,
    }));
    console.log(`\n${seconds} s per route, ${connections} connections, Node ${process.version}\n`);
    console.table(rows);
    console.log(
      `Start to first 200 from /healthz (spawn, migrate, seed, listen): ${Math.round(startupMs)} ms`,
    );
    const home = pages[0]!;
    const ratio = home.requestsPerSecond / baseline.requestsPerSecond;
    console.log(
      `Goal: home page ≥ 0.30 of the bare route — ${ratio >= 0.3 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}).`,
    );
    if ([baseline, ...pages].some((figures) => figures.errors > 0)) {
      console.error('Some requests failed: the figures are not valid.');
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
  }
}

await main();

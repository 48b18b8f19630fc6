/**
 * The timing harness of the search benchmarks: each query is timed through the service and as the
 * bare index query the service makes (the baseline, measured in the same run), after a warm-up, for a
 * number of runs within a time budget; the figures are p50/p95 per query and overall, and the ratio
 * service / bare.
 *
 * BENCH_RUNS (default 30), BENCH_WARMUP (default 3), BENCH_SEED (default 42: the data generators'),
 * BENCH_QUERY_BUDGET_MS (default 15000: a query stops repeating once it has used that much time).
 */
import type { Dialect } from '../src/platform/db/database.js';

export const benchSettings = {
  runs: Number(process.env.BENCH_RUNS ?? 30),
  warmup: Number(process.env.BENCH_WARMUP ?? 3),
  seed: Number(process.env.BENCH_SEED ?? 42),
  queryBudgetMs: Number(process.env.BENCH_QUERY_BUDGET_MS ?? 15_000),
} as const;

/** Runs below which a query keeps repeating even past its time budget. */
const minimumRuns = 5;

/** The `p`th percentile of samples sorted in ascending order (nearest rank). */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Durations in ms of `run`, sorted ascending, after the warm-up runs. */
export async function time(run: () => Promise<unknown>): Promise<number[]> {
  const { runs, warmup, queryBudgetMs } = benchSettings;
  for (let i = 0; i < warmup; i += 1) await run();
  const samples: number[] = [];
  const started = performance.now();
  while (
    samples.length < runs &&
    (samples.length < minimumRuns || performance.now() - started < queryBudgetMs)
  ) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b);
}

/** One query of a benchmark: its label, what the service answers, and the bare index query it makes. */
export interface ComparedQuery {
  readonly label: string;
  readonly service: () => Promise<{ readonly total: number }>;
  readonly bare: () => Promise<unknown>;
}

export interface Comparison {
  readonly serviceP50: number;
  readonly serviceP95: number;
  readonly bareP50: number;
  readonly bareP95: number;
}

/**
 * Times every query through the service and bare, one after the other, then prints the table, the
 * overall figures and their ratio, and (on SQLite) whether the service's p95 meets 50 ms.
 */
export async function compareServiceWithBare(
  queries: readonly ComparedQuery[],
  dialect: Dialect,
): Promise<Comparison> {
  const rows = [];
  const allService: number[] = [];
  const allBare: number[] = [];
  for (const query of queries) {
    const first = await query.service();
    const service = await time(query.service);
    const bare = await time(query.bare);
    allService.push(...service);
    allBare.push(...bare);
    const s50 = percentile(service, 50);
    const b50 = percentile(bare, 50);
    rows.push({
      query: query.label,
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
  const { runs, warmup, queryBudgetMs } = benchSettings;
  console.log(
    `\n${warmup} warm-up + up to ${runs} runs per query (budget ${queryBudgetMs} ms), Node ${process.version}, ms\n`,
  );
  console.table(rows);
  const figures: Comparison = {
    serviceP50: percentile(allService, 50),
    serviceP95: percentile(allService, 95),
    bareP50: percentile(allBare, 50),
    bareP95: percentile(allBare, 95),
  };
  printOverall(figures, dialect);
  return figures;
}

function printOverall(figures: Comparison, dialect: Dialect): void {
  const { serviceP50, serviceP95, bareP50, bareP95 } = figures;
  console.log(`Overall service: p50 ${serviceP50.toFixed(1)} ms, p95 ${serviceP95.toFixed(1)} ms`);
  console.log(`Overall bare:    p50 ${bareP50.toFixed(1)} ms, p95 ${bareP95.toFixed(1)} ms`);
  console.log(
    `Ratio service/bare: p50 ${(serviceP50 / bareP50).toFixed(2)}, p95 ${(serviceP95 / bareP95).toFixed(2)}`,
  );
  if (dialect === 'sqlite')
    console.log(
      `Goal p95 ≤ 50 ms on SQLite — ${serviceP95 <= 50 ? 'met' : 'NOT met'} (${serviceP95.toFixed(1)} ms).`,
    );
}

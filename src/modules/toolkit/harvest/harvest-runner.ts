import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../../database.js';
import { refreshPlannerStatistics } from '../../../platform/db/planner-statistics.js';
import { AppError } from '../../../platform/http/app-error.js';
import type { SearchIndex } from '../../../platform/search/index.js';
import type { HarvestNote, HarvestPage } from './clients/harvested-fields.js';
import { defaultFetchPolicy, type FetchPolicy } from './clients/http-fetch.js';
import { sourcePages } from './clients/source-pages.js';
import { writePage, type PageTarget } from './harvest-page.js';
import {
  findOpenRun,
  findRun,
  insertRun,
  saveRunProgress,
  setRunStatus,
  type HarvestFailure,
  type HarvestRun,
  type HarvestTrigger,
  type RunCounts,
} from './harvest-runs.repo.js';
import { findSource, updateSource, type HarvestSource } from './harvest-sources.repo.js';
import { loadSubjectVocabulary } from './harvest-subjects.js';

export interface HarvestDeps {
  readonly db: Kysely<Database>;
  readonly search: SearchIndex;
}

export interface RunHarvestOptions {
  readonly sourceId: string;
  readonly trigger: HarvestTrigger;
  readonly policy?: FetchPolicy;
  readonly signal?: AbortSignal | undefined;
  /** Called after each page is written, with the run as saved. */
  readonly onProgress?: ((run: HarvestRun) => void) | undefined;
  readonly onRetry?: ((attempt: number, reason: string) => void) | undefined;
}

/** The tables a page writes to, whose statistics a long first harvest outgrows. */
const harvestedTables = [
  'toolkit_resource',
  'toolkit_resource_translation',
  'toolkit_resource_topic',
  'toolkit_resource_language',
  'search_document',
  'search_facet',
] as const;

/** 4, 8, 16, 32…: each time the pages written in this run have doubled. */
const isDoubling = (pages: number) => pages >= 4 && (pages & (pages - 1)) === 0;

/** A running run whose heartbeat is older than this is taken for dead and resumed. */
export const staleRunAfterMs = 10 * 60_000;

/**
 * Harvests a source: resumes its interrupted (or stale) run from the last saved token, or starts a new
 * run from the source's `harvested_until`. Each page is written with the run's progress in one
 * transaction. Ends `completed` (the source's `harvested_until` moves to the list's first response
 * date), `failed` (the error is kept; `harvested_until` stays), or `interrupted` when `signal` aborts.
 */
export async function runHarvest(deps: HarvestDeps, options: RunHarvestOptions): Promise<HarvestRun> {
  const source = await findSource(deps.db, options.sourceId);
  if (!source) throw AppError.notFound('There is no such harvest source.');
  const vocabulary = await loadSubjectVocabulary(deps.db);
  const run = await openRun(deps, source, options.trigger);
  const target = { search: deps.search, source, vocabulary };
  const state = {
    counts: { ...run.counts } as { -readonly [K in keyof RunCounts]: number },
    failures: [...run.failures] as HarvestFailure[],
    notes: [...run.notes] as HarvestNote[],
    pagesDone: run.pagesDone,
    token: run.resumptionToken,
  };
  let listStartedAt: string | undefined;
  const pages = sourcePages(
    source,
    { from: run.harvestFrom, token: run.resumptionToken },
    { policy: options.policy ?? defaultFetchPolicy, signal: options.signal, onRetry: options.onRetry },
  );
  try {
    let next = pages.next();
    for (;;) {
      const result = await next;
      if (result.done) break;
      const page: HarvestPage = result.value;
      // The next page is fetched while this one is written.
      next = pages.next();
      next.catch(() => undefined);
      listStartedAt ??= run.resumptionToken ? undefined : page.responseDate;
      await savePage(deps.db, target, run, page, state);
      if (isDoubling(state.pagesDone)) await refreshPlannerStatistics(deps.db, harvestedTables);
      options.onProgress?.((await findRun(deps.db, run.id))!);
      if (page.pageFailure) return await finish(deps, source, run.id, 'failed', page.pageFailure);
      if (options.signal?.aborted) return await finish(deps, source, run.id, 'interrupted', null);
    }
    await updateSource(deps.db, source.id, {
      harvestedUntil: listStartedAt ?? run.startedAt,
      nextHarvestAt: nextHarvestAt(source),
    });
    return await finish(deps, source, run.id, 'completed', null);
  } catch (error) {
    if (options.signal?.aborted) return finish(deps, source, run.id, 'interrupted', null);
    return finish(deps, source, run.id, 'failed', error instanceof Error ? error.message : String(error));
  }
}

async function savePage(
  db: Kysely<Database>,
  target: PageTarget,
  run: HarvestRun,
  page: HarvestPage,
  state: {
    counts: { -readonly [K in keyof RunCounts]: number };
    failures: HarvestFailure[];
    notes: HarvestNote[];
    pagesDone: number;
    token: string | null;
  },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const outcome = await writePage(trx, target, page.items);
    for (const key of Object.keys(state.counts) as (keyof RunCounts)[])
      state.counts[key] += outcome.counts[key];
    state.failures.push(...outcome.failures);
    state.notes.push(...(page.notes ?? []), ...outcome.notes);
    state.pagesDone += 1;
    if (page.pageFailure)
      state.failures.push({ identifier: `(page ${state.pagesDone})`, reason: page.pageFailure });
    // A page cut short keeps the token that fetched it: a later run or resume fetches it again.
    else state.token = page.nextToken;
    await saveRunProgress(trx, run, {
      ...state,
      resumptionToken: state.token,
      now: new Date().toISOString(),
    });
  });
}

async function openRun(
  deps: HarvestDeps,
  source: HarvestSource,
  trigger: HarvestTrigger,
): Promise<HarvestRun> {
  const now = new Date();
  const open = await findOpenRun(deps.db, source.id);
  if (open) {
    const isAlive =
      open.status === 'running' && now.getTime() - Date.parse(open.heartbeatAt) < staleRunAfterMs;
    if (isAlive) throw new AppError('conflict', 'A harvest of this source is running already.');
    await setRunStatus(deps.db, open.id, { status: 'running', now: now.toISOString(), isFinished: false });
    return (await findRun(deps.db, open.id))!;
  }
  const id = uuidv7();
  await insertRun(deps.db, {
    id,
    sourceId: source.id,
    trigger,
    harvestFrom: source.harvestedUntil,
    now: now.toISOString(),
  });
  return (await findRun(deps.db, id))!;
}

async function finish(
  deps: HarvestDeps,
  source: HarvestSource,
  runId: string,
  status: 'completed' | 'failed' | 'interrupted',
  error: string | null,
): Promise<HarvestRun> {
  const now = new Date().toISOString();
  await setRunStatus(deps.db, runId, { status, error, now, isFinished: status !== 'interrupted' });
  // A failed source waits for its next interval rather than being retried at every scheduler tick.
  if (status === 'failed') await updateSource(deps.db, source.id, { nextHarvestAt: nextHarvestAt(source) });
  return (await findRun(deps.db, runId))!;
}

function nextHarvestAt(source: HarvestSource): string | null {
  return source.intervalHours ? new Date(Date.now() + source.intervalHours * 3_600_000).toISOString() : null;
}

import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../../database.js';
import type { HarvestRunStatus, ToolkitHarvestRunTable, harvestTriggers } from '../toolkit.table.js';
import type { HarvestNote } from './clients/harvested-fields.js';

type Db = Kysely<Database> | Transaction<Database>;
export type HarvestTrigger = (typeof harvestTriggers)[number];

export interface HarvestFailure {
  readonly identifier: string;
  readonly reason: string;
}

export interface RunCounts {
  readonly new: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly deleted: number;
  readonly failed: number;
}

/** A harvest run and its report. */
export interface HarvestRun {
  readonly id: string;
  readonly sourceId: string;
  readonly trigger: HarvestTrigger;
  readonly status: HarvestRunStatus;
  readonly harvestFrom: string | null;
  readonly resumptionToken: string | null;
  readonly pagesDone: number;
  readonly counts: RunCounts;
  readonly failures: readonly HarvestFailure[];
  readonly notes: readonly HarvestNote[];
  readonly error: string | null;
  readonly startedAt: string;
  readonly heartbeatAt: string;
  readonly finishedAt: string | null;
}

/** Reasons kept per run: the counts go on, the list stops growing past this. */
export const maxKeptFailures = 500;

const parseList = <T>(text: string | null): T[] => {
  try {
    const value: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
};

function toRun(row: Selectable<ToolkitHarvestRunTable>): HarvestRun {
  return {
    id: row.id,
    sourceId: row.source_id,
    trigger: row.trigger,
    status: row.status,
    harvestFrom: row.harvest_from,
    resumptionToken: row.resumption_token,
    pagesDone: row.pages_done,
    counts: {
      new: row.new_count,
      updated: row.updated_count,
      unchanged: row.unchanged_count,
      deleted: row.deleted_count,
      failed: row.failed_count,
    },
    failures: parseList<HarvestFailure>(row.failures),
    notes: parseList<HarvestNote>(row.notes),
    error: row.error,
    startedAt: row.started_at,
    heartbeatAt: row.heartbeat_at,
    finishedAt: row.finished_at,
  };
}

export async function insertRun(
  db: Db,
  run: { id: string; sourceId: string; trigger: HarvestTrigger; harvestFrom: string | null; now: string },
): Promise<void> {
  await db
    .insertInto('toolkit_harvest_run')
    .values({
      id: run.id,
      source_id: run.sourceId,
      trigger: run.trigger,
      status: 'running',
      harvest_from: run.harvestFrom,
      failures: '[]',
      notes: '[]',
      started_at: run.now,
      heartbeat_at: run.now,
    })
    .execute();
}

export async function findRun(db: Db, id: string): Promise<HarvestRun | undefined> {
  const row = await db.selectFrom('toolkit_harvest_run').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRun(row) : undefined;
}

export async function listRuns(db: Db, sourceId: string, limit = 50): Promise<HarvestRun[]> {
  const rows = await db
    .selectFrom('toolkit_harvest_run')
    .selectAll()
    .where('source_id', '=', sourceId)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRun);
}

/** The latest run of each source. */
export async function latestRuns(db: Db, sourceIds: readonly string[]): Promise<Map<string, HarvestRun>> {
  if (sourceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('toolkit_harvest_run')
    .selectAll()
    .where('source_id', 'in', sourceIds)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const latest = new Map<string, HarvestRun>();
  for (const row of rows) if (!latest.has(row.source_id)) latest.set(row.source_id, toRun(row));
  return latest;
}

/** The source's unfinished run: running, or interrupted and waiting to resume. */
export async function findOpenRun(db: Db, sourceId: string): Promise<HarvestRun | undefined> {
  const row = await db
    .selectFrom('toolkit_harvest_run')
    .selectAll()
    .where('source_id', '=', sourceId)
    .where('status', 'in', ['running', 'interrupted'])
    .orderBy('started_at', 'desc')
    .executeTakeFirst();
  return row ? toRun(row) : undefined;
}

/** Sources with a run to resume: interrupted, or running with a heartbeat older than `staleBefore`. */
export async function findResumableSourceIds(db: Db, staleBefore: string): Promise<string[]> {
  const rows = await db
    .selectFrom('toolkit_harvest_run')
    .select('source_id')
    .distinct()
    .where((eb) =>
      eb.or([
        eb('status', '=', 'interrupted'),
        eb.and([eb('status', '=', 'running'), eb('heartbeat_at', '<', staleBefore)]),
      ]),
    )
    .execute();
  return rows.map((row) => row.source_id);
}

/** A page's outcome added to the run, with the token of the next page: one transaction with the page. */
export async function saveRunProgress(
  db: Db,
  run: HarvestRun,
  progress: {
    resumptionToken: string | null;
    pagesDone: number;
    counts: RunCounts;
    failures: readonly HarvestFailure[];
    notes: readonly HarvestNote[];
    now: string;
  },
): Promise<void> {
  await db
    .updateTable('toolkit_harvest_run')
    .set({
      resumption_token: progress.resumptionToken,
      pages_done: progress.pagesDone,
      new_count: progress.counts.new,
      updated_count: progress.counts.updated,
      unchanged_count: progress.counts.unchanged,
      deleted_count: progress.counts.deleted,
      failed_count: progress.counts.failed,
      failures: JSON.stringify(progress.failures.slice(0, maxKeptFailures)),
      notes: JSON.stringify(progress.notes.slice(0, maxKeptFailures)),
      heartbeat_at: progress.now,
    })
    .where('id', '=', run.id)
    .execute();
}

export async function setRunStatus(
  db: Db,
  id: string,
  change: { status: HarvestRunStatus; error?: string | null; now: string; isFinished: boolean },
): Promise<void> {
  await db
    .updateTable('toolkit_harvest_run')
    .set({
      status: change.status,
      ...(change.error !== undefined ? { error: change.error } : {}),
      heartbeat_at: change.now,
      finished_at: change.isFinished ? change.now : null,
    })
    .where('id', '=', id)
    .execute();
}

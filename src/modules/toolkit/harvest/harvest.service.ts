import { uuidv7 } from 'uuidv7';
import type { z } from 'zod';
import type { AppDeps } from '../../../app-deps.js';
import { appendAudit } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/http/app-error.js';
import { enqueue } from '../../../platform/jobs/index.js';
import type { Actor } from '../../accounts/index.js';
import { requireScope } from '../../api-tokens/index.js';
import { staleRunAfterMs } from './harvest-runner.js';
import { findOpenRun, latestRuns, listRuns, type HarvestRun } from './harvest-runs.repo.js';
import {
  findSource,
  insertSource,
  listSources,
  updateSource,
  type HarvestSource,
} from './harvest-sources.repo.js';
import { canManageHarvestSources } from './harvest.policy.js';
import {
  sourceInputSchema,
  sourcePatchSchema,
  type SourceInput,
  type SourcePatch,
} from './harvest.schema.js';

type Deps = Pick<AppDeps, 'db' | 'jobs'>;

export interface SourceWithLastRun extends HarvestSource {
  readonly lastRun: HarvestRun | null;
}

function authorize(actor: Actor, scope: 'read' | 'write'): void {
  if (!canManageHarvestSources(actor)) throw AppError.forbidden('Only coordinators manage harvest sources.');
  requireScope(actor, scope);
}

function validate<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => ({
    field: issue.path.join('.') || 'body',
    message: issue.message,
  }));
  throw new AppError('validation-failed', 'The harvest source is not valid.', fields);
}

async function getSource(deps: Deps, id: string): Promise<HarvestSource> {
  const source = await findSource(deps.db, id);
  if (!source) throw AppError.notFound('There is no such harvest source.');
  return source;
}

/** A coordinator adds a source; one with an interval is due for its first harvest at once. Audited. */
export async function createHarvestSource(
  deps: Deps,
  actor: Actor,
  input: SourceInput,
): Promise<SourceWithLastRun> {
  authorize(actor, 'write');
  const values = validate(sourceInputSchema, input);
  const id = uuidv7();
  await deps.db.transaction().execute(async (trx) => {
    await insertSource(trx, {
      ...values,
      id,
      createdByUserId: actor.userId,
      nextHarvestAt: values.intervalHours ? new Date().toISOString() : null,
    });
    await appendAudit(trx, {
      action: 'toolkit-source-changed',
      actorId: actor.userId,
      targetType: 'toolkit_source',
      targetId: id,
      details: { change: 'created', kind: values.kind, network: values.network },
    });
  });
  return { ...(await getSource(deps, id)), lastRun: null };
}

export async function listHarvestSources(deps: Deps, actor: Actor): Promise<SourceWithLastRun[]> {
  authorize(actor, 'read');
  const sources = await listSources(deps.db);
  const latest = await latestRuns(
    deps.db,
    sources.map((source) => source.id),
  );
  return sources.map((source) => ({ ...source, lastRun: latest.get(source.id) ?? null }));
}

export async function getHarvestSource(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<{ source: SourceWithLastRun; runs: HarvestRun[] }> {
  authorize(actor, 'read');
  const source = await getSource(deps, id);
  const runs = await listRuns(deps.db, id);
  return { source: { ...source, lastRun: runs[0] ?? null }, runs };
}

export async function listHarvestRuns(deps: Deps, actor: Actor, id: string): Promise<HarvestRun[]> {
  authorize(actor, 'read');
  await getSource(deps, id);
  return listRuns(deps.db, id);
}

/** Changes a source; a new interval reschedules its next harvest from now. Audited. */
export async function updateHarvestSource(
  deps: Deps,
  actor: Actor,
  id: string,
  patch: SourcePatch,
): Promise<SourceWithLastRun> {
  authorize(actor, 'write');
  const change = validate(sourcePatchSchema, patch);
  const current = await getSource(deps, id);
  const interval = change.intervalHours === undefined ? current.intervalHours : change.intervalHours;
  const nextHarvestAt =
    change.intervalHours !== undefined && change.intervalHours !== current.intervalHours
      ? interval
        ? new Date(Date.now() + interval * 3_600_000).toISOString()
        : null
      : undefined;
  await deps.db.transaction().execute(async (trx) => {
    await updateSource(trx, id, { ...change, ...(nextHarvestAt !== undefined ? { nextHarvestAt } : {}) });
    await appendAudit(trx, {
      action: 'toolkit-source-changed',
      actorId: actor.userId,
      targetType: 'toolkit_source',
      targetId: id,
      details: { change: 'updated', fields: Object.keys(change).sort().join(',') },
    });
  });
  return (await getHarvestSource(deps, actor, id)).source;
}

/**
 * "Harvest now": queues a run of the source for the job worker (once: asking twice while it waits adds
 * nothing). Refused while a run of the source is going on; a dead run (stale heartbeat) is resumed by
 * the queued job. Audited.
 */
export async function requestHarvest(deps: Deps, actor: Actor, id: string): Promise<{ jobId: string }> {
  authorize(actor, 'write');
  await getSource(deps, id);
  const open = await findOpenRun(deps.db, id);
  const isAlive = open?.status === 'running' && Date.now() - Date.parse(open.heartbeatAt) < staleRunAfterMs;
  if (isAlive) throw new AppError('conflict', 'A harvest of this source is running already.');
  return deps.db.transaction().execute(async (trx) => {
    const jobId = await enqueue(
      trx,
      deps.jobs.toolkitHarvest.harvestSource,
      { sourceId: id, trigger: 'manual' },
      { key: harvestJobKey(id) },
    );
    await appendAudit(trx, {
      action: 'toolkit-harvest-requested',
      actorId: actor.userId,
      targetType: 'toolkit_source',
      targetId: id,
    });
    return { jobId };
  });
}

export const harvestJobKey = (sourceId: string) => `toolkit-harvest:${sourceId}`;

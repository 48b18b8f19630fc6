import { z } from 'zod';
import type { AppDeps } from '../../../app-deps.js';
import { isAppError } from '../../../platform/http/app-error.js';
import { defineJob, enqueue } from '../../../platform/jobs/index.js';
import { harvestTriggers } from '../toolkit.table.js';
import { runHarvest, staleRunAfterMs } from './harvest-runner.js';
import { findResumableSourceIds } from './harvest-runs.repo.js';
import { findDueSourceIds } from './harvest-sources.repo.js';
import { harvestJobKey } from './harvest.service.js';

type Deps = Pick<AppDeps, 'db' | 'search'>;

/** Harvest jobs: one source's run, and the schedule starting due sources and resuming interrupted runs. */
export function createToolkitHarvestJobs(deps: Deps) {
  const harvestSource = defineJob({
    name: 'toolkit.harvest-source',
    schema: z.object({ sourceId: z.string().min(1).max(100), trigger: z.enum(harvestTriggers) }),
    // A run resumes itself from its saved token; the schedule picks up what a dead worker left.
    maxAttempts: 1,
    handler: async (payload, context) => {
      try {
        const run = await runHarvest(deps, { ...payload, signal: context.signal });
        context.logger.info({ runId: run.id, status: run.status, counts: run.counts }, 'harvest run ended');
      } catch (error) {
        if (isAppError(error) && (error.code === 'conflict' || error.code === 'not-found')) {
          context.logger.info({ sourceId: payload.sourceId, reason: error.code }, 'harvest skipped');
          return;
        }
        throw error;
      }
    },
  });
  const startDueHarvests = defineJob({
    name: 'toolkit.start-due-harvests',
    schema: z.object({}),
    maxAttempts: 1,
    handler: async (_payload, context) => {
      const now = new Date();
      const due = await findDueSourceIds(deps.db, now.toISOString());
      const resumable = await findResumableSourceIds(
        deps.db,
        new Date(now.getTime() - staleRunAfterMs).toISOString(),
      );
      const sourceIds = [...new Set([...resumable, ...due])];
      for (const sourceId of sourceIds) {
        await enqueue(
          deps.db,
          harvestSource,
          { sourceId, trigger: 'schedule' },
          { key: harvestJobKey(sourceId) },
        );
      }
      if (sourceIds.length > 0) context.logger.info({ sources: sourceIds.length }, 'harvests started');
    },
  });
  return { harvestSource, startDueHarvests };
}

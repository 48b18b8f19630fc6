import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../database.js';
import { defineJob } from '../../platform/jobs/index.js';
import { pruneSearchRemovals } from '../../platform/search/index.js';
import { contactMessageRetentionDays } from '../contact/index.js';
import { courseImportRetentionDays, deleteCourseImportsBefore } from '../catalogue/index.js';
import { deleteExpiredSetupTokens } from '../setup/index.js';
import { deleteExpiredRateLimitCounters } from '../../platform/rate-limit/rate-limit.repo.js';
import { deleteContactMessagesBefore } from '../contact/index.js';
import { deleteExpiredUserTokens } from '../accounts/accounts.repo.js';
import { deleteExpiredSessions, type SessionPolicy } from '../../platform/sessions/index.js';
import {
  deleteIdempotencyKeysBefore,
  idempotencyKeyRetentionHours,
} from '../../platform/http/idempotency.js';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Hourly clean-up: retention periods stated in the privacy policy, expired tokens and counters, and
 * the search index's log of removals that every process has long caught up with.
 */
export function createMaintenanceJobs(deps: { db: Kysely<Database>; sessionPolicy: SessionPolicy }) {
  return {
    prune: defineJob({
      name: 'maintenance.prune',
      schema: z.object({}),
      maxAttempts: 3,
      handler: async (_payload, context) => {
        const now = new Date();
        const nowText = now.toISOString();
        const contactCutoff = new Date(now.getTime() - contactMessageRetentionDays * dayMs).toISOString();
        const [messages, sessions] = await Promise.all([
          deleteContactMessagesBefore(deps.db, contactCutoff),
          deleteExpiredSessions(deps.db, deps.sessionPolicy, now),
          deleteExpiredSetupTokens(deps.db, nowText),
          deleteExpiredRateLimitCounters(deps.db, nowText),
          deleteExpiredUserTokens(deps.db, nowText),
          pruneSearchRemovals(deps.db),
          deleteCourseImportsBefore(
            deps.db,
            new Date(now.getTime() - courseImportRetentionDays * dayMs).toISOString(),
          ),
          deleteIdempotencyKeysBefore(
            deps.db,
            new Date(now.getTime() - idempotencyKeyRetentionHours * 3_600_000).toISOString(),
          ),
        ]);
        context.logger.info(
          { contactMessagesDeleted: messages, sessionsEnded: sessions },
          'retention applied',
        );
      },
    }),
  };
}

import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { defineJob } from '../../platform/jobs/index.js';
import { expirePlaceOffers } from './waiting-list.service.js';

/** Lapses offered places not confirmed in time and offers them to the next on the waiting list. */
export function createApplicationJobs(deps: Pick<AppDeps, 'db'>) {
  return {
    expirePlaceOffers: defineJob({
      name: 'applications.expire-place-offers',
      schema: z.object({}),
      maxAttempts: 3,
      handler: async (_payload, context) => {
        const result = await expirePlaceOffers(deps);
        if (result.expired > 0) context.logger.info(result, 'place offers expired');
      },
    }),
  };
}

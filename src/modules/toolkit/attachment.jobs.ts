import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { defineJob } from '../../platform/jobs/index.js';
import { abandonedUploadAfterMs, removeAbandonedUploads } from './attachment-store.js';

/** Clean-up of the attachment store. */
export function createToolkitAttachmentJobs(deps: Pick<AppDeps, 'config'>) {
  const removeAbandoned = defineJob({
    name: 'toolkit.remove-abandoned-uploads',
    schema: z.object({}),
    maxAttempts: 1,
    handler: async (_payload, context) => {
      const before = new Date(Date.now() - abandonedUploadAfterMs);
      const removed = await removeAbandonedUploads(deps.config.dataDir, before);
      if (removed > 0) context.logger.info({ removed }, 'abandoned uploads removed');
    },
  });
  return { removeAbandoned };
}

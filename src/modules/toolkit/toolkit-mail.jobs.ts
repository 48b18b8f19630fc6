import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { defineJob } from '../../platform/jobs/index.js';
import { sendDecisionMail } from './toolkit-mail.js';

/** Mails of the Super Toolkit's contributions. */
export function createToolkitMailJobs(deps: Pick<AppDeps, 'db' | 'mailer' | 'translators' | 'config'>) {
  return {
    /** Tells a contributor a reviewer's decision; enqueued in the decision's own transaction. */
    sendDecision: defineJob({
      name: 'toolkit.send-decision-mail',
      schema: z.object({ reviewId: z.string().min(1) }),
      handler: async ({ reviewId }) => {
        await sendDecisionMail(deps, reviewId);
      },
    }),
  };
}

import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { defineJob } from '../../platform/jobs/index.js';
import { issueForCompletions, reissueRenamedCredentials } from './credentials.service.js';

type Deps = Pick<AppDeps, 'db' | 'config' | 'secret' | 'translators' | 'logger'>;

/** Turns completion records into signed credentials, shortly after a register closes. */
export function createCredentialJobs(deps: Deps) {
  return {
    /** Issues the credential of every completion record that has none (and whose person has an account). */
    issueForCompletions: defineJob({
      name: 'credentials.issue-for-completions',
      schema: z.object({}),
      maxAttempts: 3,
      handler: async (_payload, context) => {
        const result = await issueForCompletions(deps);
        if (result.issued + result.failed > 0) context.logger.info(result, 'credentials issued');
      },
    }),
    /** Issues again, with the corrected name, the credentials of people who corrected their name. */
    reissueRenamed: defineJob({
      name: 'credentials.reissue-renamed',
      schema: z.object({}),
      maxAttempts: 3,
      handler: async (_payload, context) => {
        const reissued = await reissueRenamedCredentials(deps);
        if (reissued > 0) context.logger.info({ reissued }, 'credentials re-issued after a name correction');
      },
    }),
  };
}

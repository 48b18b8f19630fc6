import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { defineJob } from '../../platform/jobs/index.js';
import { sendStatusMails } from './application-mail.js';
import { sendReminders } from './application-reminders.js';
import { expirePlaceOffers } from './waiting-list.service.js';

type Deps = Pick<AppDeps, 'db' | 'mailer' | 'translators' | 'config' | 'logger'>;

/** The waiting list's clock, and the mails about applications. */
export function createApplicationJobs(deps: Deps) {
  return {
    /** Lapses offered places not confirmed in time and offers them to the next on the waiting list. */
    expirePlaceOffers: defineJob({
      name: 'applications.expire-place-offers',
      schema: z.object({}),
      maxAttempts: 3,
      handler: async (_payload, context) => {
        const result = await expirePlaceOffers(deps);
        if (result.expired > 0) context.logger.info(result, 'place offers expired');
      },
    }),
    /** Mails every change of status not mailed yet to its applicant. */
    sendStatusMails: defineJob({
      name: 'applications.send-status-mails',
      schema: z.object({}),
      maxAttempts: 3,
      handler: async (_payload, context) => {
        const result = await sendStatusMails(deps);
        if (result.sent + result.failed > 0) context.logger.info(result, 'application mails');
      },
    }),
    /** Reminders before the application and selection deadlines and seven days before a session. */
    sendReminders: defineJob({
      name: 'applications.send-reminders',
      schema: z.object({}),
      maxAttempts: 3,
      handler: async (_payload, context) => {
        const result = await sendReminders(deps);
        context.logger.info(result, 'application reminders');
      },
    }),
  };
}

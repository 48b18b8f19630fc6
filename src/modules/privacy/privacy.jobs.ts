import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { isLocale } from '../../platform/i18n/index.js';
import { defineJob, enqueue, type JobDefinition } from '../../platform/jobs/index.js';
import { eraseAccount, type ErasureTrigger } from './privacy.erasure.js';
import { isOnlyAdministrator } from './privacy.repo.js';
import {
  clearWarningsOfReturnedAccounts,
  findAccountToWarn,
  listAccountsInactiveSince,
  listAccountsWarnedBefore,
  listUnverifiedAccountsCreatedBefore,
  markInactivityWarned,
} from './retention.repo.js';

const dayMs = 24 * 60 * 60 * 1000;
type Deps = Omit<AppDeps, 'jobs'>;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * dayMs).toISOString();

/** Account retention (privacy policy): run daily by the schedule. Each step is idempotent. */
export function createPrivacyJobs(deps: Deps) {
  const sendInactivityWarning = defineJob({
    name: 'privacy.send-inactivity-warning',
    schema: z.object({ userId: z.string().min(1) }),
    handler: ({ userId }) => sendWarning(deps, userId),
  });
  const applyAccountRetention = defineJob({
    name: 'privacy.apply-account-retention',
    schema: z.object({}),
    maxAttempts: 3,
    handler: async (_payload, context) => {
      const report = await applyRetention(deps, sendInactivityWarning, new Date());
      context.logger.info(report, 'account retention applied');
    },
  });
  return { applyAccountRetention, sendInactivityWarning };
}

export type PrivacyJobs = ReturnType<typeof createPrivacyJobs>;

export interface RetentionReport {
  readonly unverifiedErased: number;
  readonly inactiveErased: number;
  readonly warned: number;
}

/**
 * Unverified accounts older than `unverifiedAccountDays` are erased; accounts unused for
 * `inactiveAccountWarningDays` are warned once by mail, then erased `inactiveAccountDeletionDays`
 * after the warning unless their owner came back.
 */
export async function applyRetention(
  deps: Deps,
  warningJob: JobDefinition<z.ZodObject<{ userId: z.ZodString }>>,
  now: Date,
): Promise<RetentionReport> {
  const { retention } = deps.config;
  const unverified = await listUnverifiedAccountsCreatedBefore(
    deps.db,
    daysBefore(now, retention.unverifiedAccountDays),
  );
  const unverifiedErased = await eraseAll(deps, unverified, 'unverified-account');
  await clearWarningsOfReturnedAccounts(deps.db);
  const warnedLongAgo = await listAccountsWarnedBefore(
    deps.db,
    daysBefore(now, retention.inactiveAccountDeletionDays),
  );
  const inactiveErased = await eraseAll(deps, warnedLongAgo, 'inactive-account');
  let warned = 0;
  for (const userId of await listAccountsInactiveSince(
    deps.db,
    daysBefore(now, retention.inactiveAccountWarningDays),
  )) {
    const isWarned = await deps.db.transaction().execute(async (trx) => {
      if (!(await markInactivityWarned(trx, userId, now.toISOString()))) return false;
      await enqueue(trx, warningJob, { userId }, { key: `privacy.inactivity-warning:${userId}` });
      return true;
    });
    if (isWarned) warned += 1;
  }
  return { unverifiedErased, inactiveErased, warned };
}

/** The last administrator is never erased by retention: the platform would be left without one. */
async function eraseAll(deps: Deps, userIds: readonly string[], trigger: ErasureTrigger): Promise<number> {
  let erased = 0;
  for (const userId of userIds) {
    if (await isOnlyAdministrator(deps.db, userId)) {
      deps.logger.warn({ userId, trigger }, 'retention skipped the only administrator');
      continue;
    }
    if (await eraseAccount(deps, { userId, trigger })) erased += 1;
  }
  return erased;
}

async function sendWarning(deps: Deps, userId: string): Promise<void> {
  const account = await findAccountToWarn(deps.db, userId);
  // Erased meanwhile, or seen again since the warning: nothing to say.
  if (!account?.inactivity_warned_at) return;
  const locale = isLocale(account.preferred_language) ? account.preferred_language : 'en';
  const { t, formatDate } = deps.translators(locale);
  const deletionDate = new Date(
    Date.parse(account.inactivity_warned_at) + deps.config.retention.inactiveAccountDeletionDays * dayMs,
  );
  await deps.mailer.send({
    to: account.email,
    subject: t('privacy.mail.inactivity.subject'),
    text: t('privacy.mail.inactivity.body', {
      name: account.name,
      lastSeen: formatDate(account.last_seen_at ?? account.created_at),
      deletionDate: formatDate(deletionDate),
      link: `${deps.config.publicUrl}/${locale}/login`,
    }),
  });
}

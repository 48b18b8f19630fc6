import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { isLocale, locales } from '../../platform/i18n/index.js';
import { defineJob, PermanentJobError } from '../../platform/jobs/index.js';
import { issueUserToken } from './account-tokens.js';
import { findUserById } from './accounts.repo.js';

const forUser = z.object({ userId: z.string().min(1), locale: z.enum(locales) });

/**
 * Account mails. Each job makes its own single-use token when it runs, so that no usable token ever
 * waits in the job table; a retried job simply makes a fresh one.
 */
export function createAccountJobs(deps: Omit<AppDeps, 'jobs'>) {
  const { db, mailer, translators, config } = deps;
  const load = async (userId: string) => {
    const user = await findUserById(db, userId);
    if (!user) throw new PermanentJobError('The account no longer exists');
    return user;
  };
  const link = (locale: string, path: string, token: string) =>
    `${config.publicUrl}/${locale}${path}?token=${token}`;

  return {
    sendVerification: defineJob({
      name: 'accounts.send-verification',
      schema: forUser,
      handler: async ({ userId, locale }) => {
        const user = await load(userId);
        if (user.email_verified_at) return;
        const token = await issueUserToken(db, userId, 'verify-email');
        const { t } = translators(locale);
        await mailer.send({
          to: user.email,
          subject: t('accounts.mail.verify.subject'),
          text: t('accounts.mail.verify.body', {
            name: user.name,
            link: link(locale, '/verify-email', token),
          }),
        });
      },
    }),
    sendPasswordReset: defineJob({
      name: 'accounts.send-password-reset',
      schema: forUser,
      handler: async ({ userId, locale }) => {
        const user = await load(userId);
        const token = await issueUserToken(db, userId, 'reset-password');
        const { t } = translators(locale);
        await mailer.send({
          to: user.email,
          subject: t('accounts.mail.reset.subject'),
          text: t('accounts.mail.reset.body', {
            name: user.name,
            link: link(locale, '/password-reset/new', token),
          }),
        });
      },
    }),
    sendEmailChange: defineJob({
      name: 'accounts.send-email-change',
      schema: forUser.extend({ newEmail: z.email() }),
      handler: async ({ userId, locale, newEmail }) => {
        const user = await load(userId);
        const token = await issueUserToken(db, userId, 'change-email', newEmail);
        const { t } = translators(locale);
        await mailer.send({
          to: newEmail,
          subject: t('accounts.mail.changeEmail.subject'),
          text: t('accounts.mail.changeEmail.body', {
            name: user.name,
            link: link(locale, '/account/email/confirm', token),
          }),
        });
      },
    }),
    notifyExistingAccount: defineJob({
      name: 'accounts.notify-existing-account',
      schema: forUser,
      handler: async ({ userId, locale }) => {
        const user = await load(userId);
        const { t } = translators(locale);
        await mailer.send({
          to: user.email,
          subject: t('accounts.mail.existing.subject'),
          text: t('accounts.mail.existing.body', {
            name: user.name,
            signIn: `${config.publicUrl}/${locale}/login`,
            reset: `${config.publicUrl}/${locale}/password-reset`,
          }),
        });
      },
    }),
    notifyEmailChanged: defineJob({
      name: 'accounts.notify-email-changed',
      schema: forUser.extend({ previousEmail: z.email() }),
      handler: async ({ userId, locale, previousEmail }) => {
        const user = await load(userId);
        const { t } = translators(isLocale(locale) ? locale : 'en');
        await mailer.send({
          to: previousEmail,
          subject: t('accounts.mail.emailChanged.subject'),
          text: t('accounts.mail.emailChanged.body', { name: user.name }),
        });
      },
    }),
  };
}

export type AccountJobs = ReturnType<typeof createAccountJobs>;

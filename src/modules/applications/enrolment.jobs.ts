import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { locales } from '../../platform/i18n/index.js';
import { defineJob } from '../../platform/jobs/index.js';
import { findSessionSheet } from './participants.repo.js';
import { findInvitation, setInvitationTokenHash } from './enrolment.repo.js';
import { hashInvitationToken, makeInvitationToken } from './enrolment.tokens.js';

/**
 * Mails of bulk enrolment. The payload holds the invitation's id only: the job makes the link's token
 * when it runs and stores its hash, so no usable token ever waits in the job table. A retried job
 * makes a fresh token, which replaces the one of an earlier attempt.
 */
export function createEnrolmentJobs(deps: Pick<AppDeps, 'db' | 'mailer' | 'translators' | 'config'>) {
  const { db, mailer, translators, config } = deps;
  return {
    sendInvitation: defineJob({
      name: 'enrolment.send-invitation',
      schema: z.object({ invitationId: z.string().min(1), locale: z.enum(locales) }),
      handler: async ({ invitationId, locale }) => {
        const invitation = await findInvitation(db, invitationId);
        // Claimed, expired or erased since: there is nothing to send.
        if (!invitation || invitation.claimed_at || Date.parse(invitation.expires_at) <= Date.now()) return;
        const session = await findSessionSheet(db, invitation.session_id, locale);
        if (!session) return;
        const token = makeInvitationToken();
        await setInvitationTokenHash(db, invitation.id, hashInvitationToken(token));
        const { t, formatDate } = translators(locale);
        await mailer.send({
          to: invitation.email,
          subject: t('enrolment.mail.subject', { course: session.courseTitle }),
          text: t('enrolment.mail.body', {
            hasName: invitation.name ? 'yes' : 'no',
            name: invitation.name ?? '',
            provider: session.providerName,
            course: session.courseTitle,
            date: formatDate(session.startsAt, { dateStyle: 'long', timeZone: session.timeZone }),
            expires: formatDate(invitation.expires_at, { dateStyle: 'long', timeZone: 'UTC' }),
            link: `${config.publicUrl}/${locale}/enrolment/${token}`,
          }),
        });
      },
    }),
  };
}

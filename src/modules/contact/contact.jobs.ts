import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { defineJob, PermanentJobError } from '../../platform/jobs/index.js';
import type { Mailer } from '../../platform/mail/index.js';
import { isLocale, type Locale, type Translator } from '../../platform/i18n/index.js';
import { findContactMessageById } from './contact.repo.js';

export interface ContactJobDeps {
  readonly db: Kysely<Database>;
  readonly mailer: Mailer;
  readonly translators: (locale: Locale) => Translator;
  readonly staffEmail: string;
  readonly publicUrl: string;
}

const messageRef = z.object({ messageId: z.string().min(1) });

/** Mail sent after a message is left: a notification to staff and an acknowledgement to the sender. */
export function createContactJobs(deps: ContactJobDeps) {
  const load = async (messageId: string) => {
    const message = await findContactMessageById(deps.db, messageId);
    // Deleted in the meantime (e.g. erased on request): nothing to send, and retrying cannot help.
    if (!message) throw new PermanentJobError('The contact message no longer exists');
    return message;
  };
  return {
    notifyStaff: defineJob({
      name: 'contact.notify-staff',
      schema: messageRef,
      handler: async ({ messageId }) => {
        const message = await load(messageId);
        const t = deps.translators('en').t;
        await deps.mailer.send({
          to: deps.staffEmail,
          replyTo: `${message.name} <${message.email}>`,
          subject: t('mail.contactStaff.subject', { subject: message.subject }),
          text: t('mail.contactStaff.body', {
            name: message.name,
            email: message.email,
            language: message.language,
            subject: message.subject,
            message: message.message,
          }),
        });
      },
    }),
    acknowledge: defineJob({
      name: 'contact.acknowledge',
      schema: messageRef,
      handler: async ({ messageId }) => {
        const message = await load(messageId);
        const t = deps.translators(isLocale(message.language) ? message.language : 'en').t;
        await deps.mailer.send({
          to: `${message.name} <${message.email}>`,
          subject: t('mail.contactAck.subject'),
          text: t('mail.contactAck.body', {
            name: message.name,
            subject: message.subject,
            message: message.message,
            site: deps.publicUrl,
          }),
        });
      },
    }),
  };
}

export type ContactJobs = ReturnType<typeof createContactJobs>;

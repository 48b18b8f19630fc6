import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../database.js';
import { isLocale, type Locale, type Translator } from '../../platform/i18n/index.js';
import { defineJob, PermanentJobError } from '../../platform/jobs/index.js';
import type { Mailer } from '../../platform/mail/index.js';
import { findInboxMessage } from './inbox.repo.js';

export interface InboxJobDeps {
  readonly db: Kysely<Database>;
  readonly mailer: Mailer;
  readonly translators: (locale: Locale) => Translator;
  readonly staffEmail: string;
}

/** The reply travels in the payload: it is written once by staff and kept nowhere else. */
const replyPayload = z.object({ messageId: z.string().min(1), text: z.string().min(1).max(10_000) });

/** `> `-quoted original, as mail readers expect below a reply. */
function quote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');
}

/** Mail from the staff inbox: a reply to a contact-form message, in the sender's language. */
export function createInboxJobs(deps: InboxJobDeps) {
  return {
    sendReply: defineJob({
      name: 'admin.send-reply',
      schema: replyPayload,
      handler: async ({ messageId, text }, context) => {
        const message = await findInboxMessage(deps.db, messageId);
        // Deleted in the meantime: there is no one to answer any more, and retrying cannot help.
        if (!message) throw new PermanentJobError('The contact message no longer exists');
        const translator = deps.translators(isLocale(message.language) ? message.language : 'en');
        await deps.mailer.send({
          // The bare address: a display name typed in a form could carry address syntax.
          to: message.email,
          replyTo: deps.staffEmail,
          subject: translator.t('admin.mail.reply.subject', { subject: message.subject }),
          text: translator.t('admin.mail.reply.body', {
            name: message.name,
            reply: text,
            date: translator.formatDate(message.createdAt),
            original: quote(message.message),
          }),
        });
        context.logger.info({ messageId }, 'reply to a contact message sent');
      },
    }),
  };
}

export type InboxJobs = ReturnType<typeof createInboxJobs>;

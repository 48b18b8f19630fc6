import { uuidv7 } from 'uuidv7';
import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { enqueue } from '../../platform/jobs/index.js';
import type { SharedRateLimiter } from '../../platform/rate-limit/shared-rate-limiter.js';
import type { Locale } from '../../platform/i18n/index.js';
import { insertContactMessage } from './contact.repo.js';
import { contactFormSchema, type ContactFormInput } from './contact.schema.js';
import type { ContactJobs } from './contact.jobs.js';

export interface ContactDeps {
  readonly db: Kysely<Database>;
  readonly rateLimiter: SharedRateLimiter;
  readonly jobs: { readonly contact: ContactJobs };
}

export interface SubmitContactMessage {
  readonly input: ContactFormInput;
  readonly language: Locale;
  /** The sender's address, for the limit of messages per hour; never stored as such. */
  readonly clientAddress: string;
}

/** Field → translation key of what is wrong with it. */
export type FieldErrors = Partial<Record<keyof ContactFormInput, string>>;

export type SubmitContactResult =
  { readonly outcome: 'sent' } | { readonly outcome: 'invalid'; readonly errors: FieldErrors };

export const contactRateLimit = { bucket: 'contact', max: 5, windowSeconds: 3600 } as const;

/**
 * Leaves a message for the network's staff. The message is stored and both mails are queued in one
 * transaction, so a message is never stored without its notification, nor notified without being stored.
 */
export async function submitContactMessage(
  deps: ContactDeps,
  command: SubmitContactMessage,
): Promise<SubmitContactResult> {
  // A filled honeypot is a robot: it is told the message was sent, and nothing is kept.
  if (command.input.website) return { outcome: 'sent' };
  const parsed = contactFormSchema.safeParse(command.input);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof ContactFormInput;
      errors[field] ??= issue.message;
    }
    return { outcome: 'invalid', errors };
  }
  await deps.rateLimiter.hit(contactRateLimit, command.clientAddress);
  const id = uuidv7();
  await deps.db.transaction().execute(async (trx) => {
    await insertContactMessage(trx, { ...parsed.data, id, language: command.language });
    await enqueue(trx, deps.jobs.contact.notifyStaff, { messageId: id });
    await enqueue(trx, deps.jobs.contact.acknowledge, { messageId: id });
  });
  return { outcome: 'sent' };
}

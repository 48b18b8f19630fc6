import type { SendMailOptions } from 'nodemailer';

/** Where a message went: a real SMTP server, or the `.eml` outbox folder when none is configured. */
export const mailDeliveries = ['smtp', 'outbox'] as const;
export type MailDelivery = (typeof mailDeliveries)[number];

export interface MailAttachment {
  readonly filename: string;
  readonly content: string | Buffer;
  /** Full media type, parameters included, e.g. `text/calendar; method=REQUEST` or `application/pdf`. */
  readonly contentType: string;
}

export interface MailMessage {
  /** One or more addresses, with or without display names (`Ștefan Țîrcă <stefan@example.ro>`). */
  readonly to: string | readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html?: string | undefined;
  readonly replyTo?: string | undefined;
  readonly attachments?: readonly MailAttachment[] | undefined;
}

export interface SentMail {
  readonly messageId: string;
  readonly delivery: MailDelivery;
  /** Absolute path of the `.eml` file, for outbox delivery only. */
  readonly file?: string;
}

/**
 * Copies only the fields we support, so nodemailer never sees options such as an attachment `path`
 * or `href` that would make it read local files or fetch URLs.
 */
export function toSendMailOptions(message: MailMessage): SendMailOptions {
  const to = typeof message.to === 'string' ? [message.to] : [...message.to];
  if (!to.some((address) => address.trim() !== '')) {
    throw new Error('A mail message needs at least one recipient');
  }
  return {
    to,
    subject: message.subject,
    text: message.text,
    ...(message.html === undefined ? {} : { html: message.html }),
    ...(message.replyTo === undefined ? {} : { replyTo: message.replyTo }),
    attachments: (message.attachments ?? []).map((attachment) => ({
      filename: attachment.filename,
      content: attachment.content,
      contentType: attachment.contentType,
    })),
  };
}

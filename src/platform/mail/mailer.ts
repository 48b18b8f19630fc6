import type { Logger } from 'pino';
import type { MailChannel } from './mail-channel.js';
import { toSendMailOptions } from './mail-message.js';
import type { MailDelivery, MailMessage, SentMail } from './mail-message.js';
import { createOutboxChannel } from './outbox-channel.js';
import { createSmtpChannel } from './smtp-channel.js';

export interface MailerOptions {
  /** `smtp://` or `smtps://` URL, credentials included; without it messages go to `<dataDir>/outbox/`. */
  readonly smtpUrl?: string | undefined;
  /** Default sender, e.g. `JP-COOPS Training Network <no-reply@example.org>`. */
  readonly from: string;
  readonly dataDir: string;
  readonly logger: Logger;
  /** Milliseconds to wait for the SMTP server to accept a connection (default 10 s). */
  readonly connectionTimeout?: number | undefined;
}

export interface Mailer {
  readonly delivery: MailDelivery;
  /** Rejects with a `MailDeliveryError` when the SMTP server cannot be reached or refuses the message. */
  send(message: MailMessage): Promise<SentMail>;
  /** Lets messages already being sent finish, then closes the SMTP connections. */
  close(): Promise<void>;
}

export function createMailer(options: MailerOptions): Mailer {
  const logger = options.logger.child({ component: 'mail' });
  const { smtpUrl, from, dataDir, connectionTimeout } = options;
  const channel = smtpUrl
    ? createSmtpChannel({ smtpUrl, from, connectionTimeout })
    : createOutboxChannel({ dataDir, from });
  const sending = new Set<Promise<unknown>>();
  let isClosed = false;
  return {
    delivery: channel.delivery,
    send(message) {
      if (isClosed) return Promise.reject(new Error('The mailer is closed'));
      const sent = sendThrough(channel, logger, message);
      const forget = () => sending.delete(sent);
      sending.add(sent);
      void sent.then(forget, forget);
      return sent;
    },
    async close() {
      isClosed = true;
      await Promise.allSettled([...sending]);
      channel.close();
    },
  };
}

/** Logs counts and ids only: addresses, subjects and bodies are personal data. */
async function sendThrough(channel: MailChannel, logger: Logger, message: MailMessage): Promise<SentMail> {
  const result = await channel.deliver(toSendMailOptions(message));
  const { messageId, file } = result;
  logger.info(
    {
      messageId,
      delivery: channel.delivery,
      recipients: result.recipients,
      ...(result.rejected > 0 ? { rejected: result.rejected } : {}),
      ...(file === undefined ? {} : { file }),
    },
    channel.delivery === 'smtp' ? 'mail sent' : 'mail written to outbox',
  );
  return { messageId, delivery: channel.delivery, ...(file === undefined ? {} : { file }) };
}

import nodemailer from 'nodemailer';
import type { MailChannel } from './mail-channel.js';
import { toMailDeliveryError } from './mail-delivery-error.js';

export interface SmtpChannelOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`; query keys become options. */
  readonly smtpUrl: string;
  readonly from: string;
  readonly connectionTimeout?: number | undefined;
}

/**
 * Nodemailer's defaults wait 2 minutes for a connection and 10 for an idle socket; a job worker
 * should fail fast and retry later instead.
 */
const defaultTimeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 60_000 };

export function createSmtpChannel(options: SmtpChannelOptions): MailChannel {
  const transporter = nodemailer.createTransport(
    {
      url: options.smtpUrl,
      pool: true,
      ...defaultTimeouts,
      ...(options.connectionTimeout === undefined ? {} : { connectionTimeout: options.connectionTimeout }),
      disableFileAccess: true,
      disableUrlAccess: true,
      // nodemailer's own logger would print addresses and, at debug level, the whole conversation
      logger: false,
    },
    { from: options.from },
  );
  return {
    delivery: 'smtp',
    async deliver(mail) {
      try {
        const info = await transporter.sendMail(mail);
        return {
          messageId: info.messageId,
          recipients: info.envelope.to.length,
          rejected: info.rejected.length,
        };
      } catch (error) {
        throw toMailDeliveryError(error);
      }
    },
    close: () => transporter.close(),
  };
}

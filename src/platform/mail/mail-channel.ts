import type { SendMailOptions } from 'nodemailer';
import type { MailDelivery } from './mail-message.js';

/** What a channel reports back; counts only, because addresses are personal data. */
export interface ChannelResult {
  readonly messageId: string;
  readonly recipients: number;
  readonly rejected: number;
  readonly file?: string;
}

/** One way of getting a composed message out: the SMTP pool or the outbox folder. */
export interface MailChannel {
  readonly delivery: MailDelivery;
  deliver(mail: SendMailOptions): Promise<ChannelResult>;
  close(): void;
}

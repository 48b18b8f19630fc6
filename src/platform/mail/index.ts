export { createMailer } from './mailer.js';
export type { Mailer, MailerOptions } from './mailer.js';
export { mailDeliveries } from './mail-message.js';
export type { MailAttachment, MailDelivery, MailMessage, SentMail } from './mail-message.js';
export { MailDeliveryError } from './mail-delivery-error.js';
export { outboxDirectory } from './outbox-channel.js';

import { z } from 'zod';

export const messagesPageSize = 25;
/** The statuses of `contact_message.status`. */
export const messageStatuses = ['new', 'handled'] as const;
export type MessageStatus = (typeof messageStatuses)[number];

export const inboxQuerySchema = z
  .object({
    status: z.enum(messageStatuses).optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined),
  })
  .catch({});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

export const messageIdParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const statusFormSchema = z.object({ status: z.enum(messageStatuses) });

/** The reply as typed, kept as typed so that the form comes back filled in. */
export const replyFormInputSchema = z.object({ text: z.string().max(50_000).optional() }).catch({});
export type ReplyFormInput = z.infer<typeof replyFormInputSchema>;

export const replySchema = z.object({
  text: z
    .string()
    .trim()
    .min(1, 'admin.messages.error.replyRequired')
    .max(10_000, 'admin.messages.error.replyTooLong'),
});

export interface InboxMessage {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly subject: string;
  readonly message: string;
  readonly language: string;
  readonly status: MessageStatus;
  readonly createdAt: string;
  readonly handledAt: string | null;
}

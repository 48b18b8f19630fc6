import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { enqueue } from '../../platform/jobs/index.js';
import { canReadContactMessages, type Actor } from '../accounts/index.js';
import type { FormErrors } from '../../platform/layout/form-fields.js';
import { authorize } from './admin.policy.js';
import type { InboxJobs } from './inbox.jobs.js';
import {
  deleteInboxMessage,
  findInboxMessage,
  listInboxMessages,
  setInboxMessageStatus,
} from './inbox.repo.js';
import {
  messagesPageSize,
  replySchema,
  type InboxMessage,
  type InboxQuery,
  type MessageStatus,
  type ReplyFormInput,
} from './inbox.schema.js';

export interface InboxDeps {
  readonly db: Kysely<Database>;
  readonly jobs: { readonly admin: InboxJobs };
}

const notFound = () => AppError.notFound('No contact message has this id.');

/** The staff inbox: contact-form messages, newest first. */
export async function listMessages(deps: InboxDeps, actor: Actor | undefined, query: InboxQuery) {
  authorize(actor, canReadContactMessages);
  const page = query.page ?? 1;
  const { messages, total } = await listInboxMessages(deps.db, {
    status: query.status,
    limit: messagesPageSize,
    offset: (page - 1) * messagesPageSize,
  });
  return { messages, total, page, pageCount: Math.max(1, Math.ceil(total / messagesPageSize)) };
}

/** One message, in full. The sender's personal data is shown to staff: the view is audited. */
export async function viewMessage(
  deps: InboxDeps,
  actor: Actor | undefined,
  messageId: string,
): Promise<InboxMessage> {
  const staff = authorize(actor, canReadContactMessages);
  const message = await findInboxMessage(deps.db, messageId);
  if (!message) throw notFound();
  await appendAudit(deps.db, {
    action: 'contact-message-viewed',
    actorId: staff.userId,
    targetType: 'contact-message',
    targetId: messageId,
  });
  return message;
}

/** Marks a message handled, or reopens it. */
export async function changeMessageStatus(
  deps: InboxDeps,
  actor: Actor | undefined,
  command: { messageId: string; status: MessageStatus },
): Promise<void> {
  authorize(actor, canReadContactMessages);
  if (!(await setInboxMessageStatus(deps.db, command.messageId, command.status))) throw notFound();
}

export type ReplyResult =
  { readonly outcome: 'queued' } | { readonly outcome: 'invalid'; readonly errors: FormErrors };

/**
 * Answers the sender by email (queued), marks the message handled and records who replied, in one
 * transaction.
 */
export async function replyToMessage(
  deps: InboxDeps,
  actor: Actor | undefined,
  command: { messageId: string; input: ReplyFormInput },
): Promise<ReplyResult> {
  authorize(actor, canReadContactMessages);
  if (!(await findInboxMessage(deps.db, command.messageId))) throw notFound();
  const parsed = replySchema.safeParse(command.input);
  if (!parsed.success) return { outcome: 'invalid', errors: { text: parsed.error.issues[0]?.message } };
  await deps.db.transaction().execute(async (trx) => {
    await enqueue(trx, deps.jobs.admin.sendReply, { messageId: command.messageId, text: parsed.data.text });
    await setInboxMessageStatus(trx, command.messageId, 'handled');
    await appendAudit(trx, {
      action: 'contact-message-replied',
      actorId: actor?.userId ?? null,
      targetType: 'contact-message',
      targetId: command.messageId,
    });
  });
  return { outcome: 'queued' };
}

/** Deletes a message for good; the audit log keeps who did it, never what it said. */
export async function deleteMessage(
  deps: InboxDeps,
  actor: Actor | undefined,
  messageId: string,
): Promise<void> {
  const staff = authorize(actor, canReadContactMessages);
  await deps.db.transaction().execute(async (trx) => {
    if (!(await deleteInboxMessage(trx, messageId))) throw notFound();
    await appendAudit(trx, {
      action: 'contact-message-deleted',
      actorId: staff.userId,
      targetType: 'contact-message',
      targetId: messageId,
    });
  });
}

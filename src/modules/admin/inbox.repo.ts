import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { InboxMessage, MessageStatus } from './inbox.schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

function present(row: Selectable<Database['contact_message']>): InboxMessage {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    subject: row.subject,
    message: row.message,
    language: row.language,
    status: row.status,
    createdAt: row.created_at,
    handledAt: row.handled_at,
  };
}

/** A page of contact-form messages, newest first, optionally of one status. */
export async function listInboxMessages(
  db: Executor,
  filters: { status?: MessageStatus | undefined; limit: number; offset: number },
): Promise<{ messages: InboxMessage[]; total: number }> {
  const filtered = () => {
    const query = db.selectFrom('contact_message');
    return filters.status ? query.where('status', '=', filters.status) : query;
  };
  const [rows, count] = await Promise.all([
    filtered()
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(filters.limit)
      .offset(filters.offset)
      .execute(),
    filtered()
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirstOrThrow(),
  ]);
  return { messages: rows.map(present), total: Number(count.count) };
}

export async function findInboxMessage(db: Executor, id: string): Promise<InboxMessage | undefined> {
  const row = await db.selectFrom('contact_message').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? present(row) : undefined;
}

/** Sets the status; `handled_at` records when it was handled and is cleared on reopening. */
export async function setInboxMessageStatus(
  db: Executor,
  id: string,
  status: MessageStatus,
  now = new Date(),
): Promise<boolean> {
  const result = await db
    .updateTable('contact_message')
    .set({ status, handled_at: status === 'handled' ? now.toISOString() : null })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteInboxMessage(db: Executor, id: string): Promise<boolean> {
  const result = await db.deleteFrom('contact_message').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

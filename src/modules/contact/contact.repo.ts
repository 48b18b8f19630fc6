import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { ContactForm, ContactMessageView } from './contact.schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

export async function insertContactMessage(
  db: Executor,
  message: ContactForm & { id: string; language: string },
): Promise<void> {
  await db
    .insertInto('contact_message')
    .values({
      id: message.id,
      name: message.name,
      email: message.email,
      subject: message.subject,
      message: message.message,
      language: message.language,
      handled_at: null,
    })
    .execute();
}

export async function findContactMessageById(
  db: Executor,
  id: string,
): Promise<ContactMessageView | undefined> {
  const row = await db.selectFrom('contact_message').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? present(row) : undefined;
}

export async function listContactMessages(db: Executor, limit: number): Promise<ContactMessageView[]> {
  const rows = await db
    .selectFrom('contact_message')
    .selectAll()
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(present);
}

function present(row: {
  id: string;
  name: string;
  email: string;
  subject: string;
  message: string;
  language: string;
  status: 'new' | 'handled';
  created_at: string;
}): ContactMessageView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    subject: row.subject,
    message: row.message,
    language: row.language,
    status: row.status,
    createdAt: row.created_at,
  };
}

/** Deletes messages received before `cutoff` (retention); returns how many. */
export async function deleteContactMessagesBefore(db: Executor, cutoff: string): Promise<number> {
  const result = await db.deleteFrom('contact_message').where('created_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}

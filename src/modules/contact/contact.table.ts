import type { Generated } from 'kysely';

export type ContactMessageStatus = 'new' | 'handled';

export interface ContactMessageTable {
  id: string;
  name: string;
  email: string;
  subject: string;
  message: string;
  language: string;
  status: Generated<ContactMessageStatus>;
  created_at: Generated<string>;
  handled_at: string | null;
}

export interface ContactTables {
  contact_message: ContactMessageTable;
}

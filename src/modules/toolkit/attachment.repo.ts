import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A file attached to a resource, as stored (the bytes live in the attachment store). */
export interface Attachment {
  readonly id: string;
  readonly resourceId: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly byteSize: number;
  readonly sha256: string;
  readonly storageKey: string;
  readonly hasExtractedText: boolean;
  readonly createdAt: string;
}

const columns = [
  'id',
  'resource_id',
  'file_name',
  'media_type',
  'byte_size',
  'sha256',
  'storage_key',
  'created_at',
] as const;

type Row = Record<(typeof columns)[number], string> & { byte_size: number; has_text: number | string };

function toAttachment(row: Row): Attachment {
  return {
    id: row.id,
    resourceId: row.resource_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    byteSize: Number(row.byte_size),
    sha256: row.sha256,
    storageKey: row.storage_key,
    hasExtractedText: Number(row.has_text) === 1,
    createdAt: row.created_at,
  };
}

export async function findAttachment(db: Db, id: string): Promise<Attachment | undefined> {
  const row = await db
    .selectFrom('toolkit_attachment')
    .select(columns)
    .select((eb) => eb.case().when('extracted_text', 'is not', null).then(1).else(0).end().as('has_text'))
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toAttachment(row as Row) : undefined;
}

export async function findAttachments(db: Db, resourceId: string): Promise<Attachment[]> {
  const rows = await db
    .selectFrom('toolkit_attachment')
    .select(columns)
    .select((eb) => eb.case().when('extracted_text', 'is not', null).then(1).else(0).end().as('has_text'))
    .where('resource_id', '=', resourceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => toAttachment(row as Row));
}

export async function insertAttachment(
  db: Db,
  attachment: Omit<Attachment, 'hasExtractedText' | 'createdAt'> & {
    extractedText: string | null;
    uploadedByUserId: string;
  },
): Promise<void> {
  await db
    .insertInto('toolkit_attachment')
    .values({
      id: attachment.id,
      resource_id: attachment.resourceId,
      file_name: attachment.fileName,
      media_type: attachment.mediaType,
      byte_size: attachment.byteSize,
      sha256: attachment.sha256,
      storage_key: attachment.storageKey,
      extracted_text: attachment.extractedText,
      uploaded_by_user_id: attachment.uploadedByUserId,
      created_at: new Date().toISOString(),
    })
    .execute();
}

export async function deleteAttachment(db: Db, id: string): Promise<void> {
  await db.deleteFrom('toolkit_attachment').where('id', '=', id).execute();
}

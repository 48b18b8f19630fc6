import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { Attachment } from './attachment.repo.js';
import type { ToolkitAttachmentChangeTable } from './toolkit.table.js';

export type AttachmentChange = ToolkitAttachmentChangeTable['change'];

type Db = Kysely<Database> | Transaction<Database>;

/** The pending edit's changes to a resource's files: files it adds, and ids of files it removes. */
export interface AttachmentChanges {
  readonly added: readonly Attachment[];
  readonly removedIds: readonly string[];
}

export async function findAttachmentChanges(db: Db, resourceId: string): Promise<AttachmentChanges> {
  const rows = await db
    .selectFrom('toolkit_attachment_change')
    .selectAll()
    .where('resource_id', '=', resourceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return {
    added: rows.flatMap((row) => (row.change === 'add' ? [toAttachment(row)] : [])),
    removedIds: rows.flatMap((row) => (row.change === 'remove' ? [row.id] : [])),
  };
}

/** A file waiting to be added, by its id; not a published attachment. */
export async function findAddedAttachment(db: Db, id: string): Promise<Attachment | undefined> {
  const row = await db
    .selectFrom('toolkit_attachment_change')
    .selectAll()
    .where('id', '=', id)
    .where('change', '=', 'add')
    .executeTakeFirst();
  return row ? toAttachment(row) : undefined;
}

export async function insertAddedAttachment(
  db: Db,
  attachment: Omit<Attachment, 'hasExtractedText' | 'createdAt'> & { extractedText: string | null },
): Promise<void> {
  await db
    .insertInto('toolkit_attachment_change')
    .values({
      id: attachment.id,
      resource_id: attachment.resourceId,
      change: 'add',
      file_name: attachment.fileName,
      media_type: attachment.mediaType,
      byte_size: attachment.byteSize,
      sha256: attachment.sha256,
      storage_key: attachment.storageKey,
      extracted_text: attachment.extractedText,
      created_at: new Date().toISOString(),
    })
    .execute();
}

/** Marks a published file for removal; marking it twice changes nothing. */
export async function insertRemoval(db: Db, resourceId: string, attachmentId: string): Promise<void> {
  await db
    .insertInto('toolkit_attachment_change')
    .values({
      id: attachmentId,
      resource_id: resourceId,
      change: 'remove',
      created_at: new Date().toISOString(),
    })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute();
}

export async function deleteAttachmentChange(db: Db, id: string): Promise<void> {
  await db.deleteFrom('toolkit_attachment_change').where('id', '=', id).execute();
}

/**
 * Publishes a resource's pending file changes, in the approving transaction: added files become
 * attachments (text included, for search), removed ones go. Returns the storage keys of the files
 * removed, for the caller to delete once the transaction has committed.
 */
export async function applyAttachmentChanges(
  trx: Transaction<Database>,
  options: { resourceId: string; uploadedByUserId: string | null },
): Promise<string[]> {
  const rows = await trx
    .selectFrom('toolkit_attachment_change')
    .selectAll()
    .where('resource_id', '=', options.resourceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const added = rows.filter((row) => row.change === 'add');
  if (added.length > 0) {
    await trx
      .insertInto('toolkit_attachment')
      .values(
        added.map((row) => ({
          id: row.id,
          resource_id: row.resource_id,
          file_name: row.file_name ?? 'file',
          media_type: row.media_type ?? 'application/octet-stream',
          byte_size: Number(row.byte_size ?? 0),
          sha256: row.sha256 ?? '',
          storage_key: row.storage_key ?? '',
          extracted_text: row.extracted_text,
          uploaded_by_user_id: options.uploadedByUserId,
          created_at: row.created_at,
        })),
      )
      .execute();
  }
  const removedIds = rows.filter((row) => row.change === 'remove').map((row) => row.id);
  const removed =
    removedIds.length === 0
      ? []
      : await trx
          .deleteFrom('toolkit_attachment')
          .where('resource_id', '=', options.resourceId)
          .where('id', 'in', removedIds)
          .returning('storage_key')
          .execute();
  await trx.deleteFrom('toolkit_attachment_change').where('resource_id', '=', options.resourceId).execute();
  return removed.map((row) => row.storage_key);
}

function toAttachment(row: {
  id: string;
  resource_id: string;
  file_name: string | null;
  media_type: string | null;
  byte_size: number | null;
  sha256: string | null;
  storage_key: string | null;
  extracted_text: string | null;
  created_at: string;
}): Attachment {
  return {
    id: row.id,
    resourceId: row.resource_id,
    fileName: row.file_name ?? 'file',
    mediaType: row.media_type ?? 'application/octet-stream',
    byteSize: Number(row.byte_size ?? 0),
    sha256: row.sha256 ?? '',
    storageKey: row.storage_key ?? '',
    hasExtractedText: row.extracted_text !== null,
    createdAt: row.created_at,
  };
}

import crypto from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** 50 MB: the largest attachment accepted (handbooks with images, short training videos). */
export const maxAttachmentBytes = 50 * 1024 * 1024;

/** Random keys: the only names the store writes, and the only ones it reads. */
const storageKeyPattern = /^[a-f0-9]{32}$/;

/**
 * Attachments live outside the web root, under `<DATA_DIR>/uploads/toolkit/`, each under a random key
 * (never the uploader's file name), and are only ever served through the download route's checks.
 */
export function attachmentDirectory(dataDir: string): string {
  return path.join(dataDir, 'uploads', 'toolkit');
}

/** An upload streamed to disk, not yet checked nor kept. */
export interface ReceivedFile {
  readonly fileName: string;
  readonly temporaryPath: string;
  readonly byteSize: number;
  readonly sha256: string;
  /** More than the limit was sent: what is on disk is cut short. */
  readonly isTooLarge: boolean;
}

/**
 * Streams an upload to a temporary file in the store's directory, hashing it on the way, so that a
 * 50 MB file never sits in memory. `isTruncated` tells whether the multipart limit cut it short.
 */
export async function receiveFile(
  dataDir: string,
  fileName: string,
  content: Readable,
  isTruncated: () => boolean,
): Promise<ReceivedFile> {
  const directory = attachmentDirectory(dataDir);
  await fs.mkdir(directory, { recursive: true });
  const temporaryPath = path.join(directory, `.upload-${crypto.randomUUID()}.tmp`);
  const hash = crypto.createHash('sha256');
  let byteSize = 0;
  content.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    byteSize += chunk.length;
  });
  await pipeline(content, createWriteStream(temporaryPath, { mode: 0o640 }));
  return {
    fileName,
    temporaryPath,
    byteSize,
    sha256: hash.digest('hex'),
    isTooLarge: isTruncated() || byteSize > maxAttachmentBytes,
  };
}

/** Keeps a checked upload under a new random key; returns the key. */
export async function keepFile(dataDir: string, received: ReceivedFile): Promise<string> {
  const key = crypto.randomBytes(16).toString('hex');
  await fs.rename(received.temporaryPath, path.join(attachmentDirectory(dataDir), key));
  return key;
}

/** Drops an upload that was refused (or whose request failed). */
export async function discardFile(received: ReceivedFile): Promise<void> {
  await fs.rm(received.temporaryPath, { force: true });
}

export function openStoredFile(dataDir: string, key: string): ReadStream | undefined {
  if (!storageKeyPattern.test(key)) return undefined;
  return createReadStream(path.join(attachmentDirectory(dataDir), key));
}

export function storedFilePath(dataDir: string, key: string): string | undefined {
  return storageKeyPattern.test(key) ? path.join(attachmentDirectory(dataDir), key) : undefined;
}

/** Uploads still unchecked after this long were cut off by a crash or a dropped connection. */
export const abandonedUploadAfterMs = 60 * 60_000;

/**
 * Deletes the temporary files of uploads that never finished (the process stopped between receiving
 * and keeping or discarding them), last changed before `before`. Returns how many went.
 */
export async function removeAbandonedUploads(dataDir: string, before: Date): Promise<number> {
  const directory = attachmentDirectory(dataDir);
  const names = await fs.readdir(directory).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names.filter((each) => /^\.upload-[0-9a-f-]{36}\.tmp$/.test(each))) {
    const file = path.join(directory, name);
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat && stat.mtime < before) {
      await fs.rm(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}

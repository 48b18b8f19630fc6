import fs from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { MailChannel } from './mail-channel.js';

/** Folder under the data directory that receives messages when no SMTP server is configured. */
export function outboxDirectory(dataDir: string): string {
  return path.join(dataDir, 'outbox');
}

/** `20261129T021712345Z-<message id>.eml`: sorts by time, and the id ties the file to the log line. */
export function outboxFileName(messageId: string, date: Date): string {
  const timestamp = date.toISOString().replace(/[-:.]/g, '');
  const id = messageId.replace(/@.*$/, '').replace(/[^A-Za-z0-9-]/g, '') || randomUUID();
  return `${timestamp}-${id}.eml`;
}

/**
 * Writes beside the final name and renames, so whoever watches the folder never reads half a
 * message. Owner-only permissions because messages hold personal data.
 */
export async function writeOutboxFile(dataDir: string, messageId: string, raw: Buffer): Promise<string> {
  const directory = outboxDirectory(dataDir);
  await fs.mkdir(directory, { recursive: true, mode: 0o700 });
  const file = path.join(directory, outboxFileName(messageId, new Date()));
  const temporary = path.join(directory, `.${path.basename(file)}.tmp`);
  try {
    await writeAndSync(temporary, raw);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
  return file;
}

async function writeAndSync(file: string, content: Buffer): Promise<void> {
  const handle = await fs.open(file, 'wx', 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function createOutboxChannel(options: {
  readonly dataDir: string;
  readonly from: string;
}): MailChannel {
  const transporter = nodemailer.createTransport(
    { streamTransport: true, buffer: true, newline: 'unix', disableFileAccess: true, disableUrlAccess: true },
    { from: options.from },
  );
  return {
    delivery: 'outbox',
    async deliver(mail) {
      const info = await transporter.sendMail(mail);
      if (!Buffer.isBuffer(info.message)) throw new Error('Stream transport did not buffer the message');
      const file = await writeOutboxFile(options.dataDir, info.messageId, info.message);
      return { messageId: info.messageId, recipients: info.envelope.to.length, rejected: 0, file };
    },
    close: () => transporter.close(),
  };
}

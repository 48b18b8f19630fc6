import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { listJobs } from '../src/jobs.js';
import { createWorker } from '../src/platform/jobs/index.js';
import { decodeHeader, leafParts, readMime } from './mime-reader.js';
import type { TestApp } from './app.js';

export interface SentMail {
  readonly file: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Runs every due job once, as the worker would. Returns how many ran. */
export async function runDueJobs(t: TestApp): Promise<number> {
  const worker = createWorker({
    handle: t.database,
    jobs: listJobs(t.deps.jobs),
    logger: pino({ level: 'silent' }),
  });
  const count = await worker.runDueJobsOnce();
  await worker.stop();
  return count;
}

/** The mails written to the outbox so far, decoded, oldest first. */
export function readOutbox(t: TestApp): SentMail[] {
  const folder = path.join(t.database.dataDir, 'outbox');
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .sort()
    .map((file) => {
      const mime = readMime(fs.readFileSync(path.join(folder, file), 'utf8'));
      const textPart = leafParts(mime).find((part) =>
        (part.headers.get('content-type') ?? 'text/plain').startsWith('text/plain'),
      );
      return {
        file,
        to: decodeHeader(mime.headers.get('to') ?? ''),
        subject: decodeHeader(mime.headers.get('subject') ?? ''),
        text: textPart?.body.toString('utf8') ?? '',
      };
    });
}

/** The first link in the latest mail to `address` whose path contains `pathPart`, as a path (`/en/…?token=…`). */
export function linkFromMail(t: TestApp, address: string, pathPart: string): string {
  const mail = readOutbox(t)
    .reverse()
    .find((candidate) => candidate.to.includes(address) && candidate.text.includes(pathPart));
  const link = mail?.text.match(/https?:\/\/\S+/g)?.find((url) => url.includes(pathPart));
  if (!link) throw new Error(`No mail to ${address} with a link to ${pathPart}`);
  return link.replace(/^https?:\/\/[^/]+/, '');
}

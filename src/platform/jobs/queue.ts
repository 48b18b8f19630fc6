import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../database.js';
import { timestamp } from '../db/database.js';
import { InvalidJobPayloadError, type JobDefinition } from './job-definition.js';
import { insertJob } from './jobs.repo.js';

export interface EnqueueOptions {
  /** Not before this time; now unless told. */
  readonly runAt?: Date;
  /** Idempotency key: while a job with this key waits to run, enqueueing it again adds nothing. */
  readonly key?: string;
}

/**
 * Puts a job in the queue and returns its id (the waiting job's id when the key was already queued).
 * `db` may be a transaction, so a use case enqueues atomically with its own writes.
 * Throws `InvalidJobPayloadError` when the payload does not match the job's schema.
 */
export async function enqueue<TSchema extends z.ZodType>(
  db: Kysely<Database>,
  job: JobDefinition<TSchema>,
  payload: z.input<TSchema>,
  options: EnqueueOptions = {},
): Promise<string> {
  const now = new Date();
  return insertJob(db, {
    id: uuidv7(),
    name: job.name,
    payload: serializePayload(job, payload),
    status: 'pending',
    attempts: 0,
    max_attempts: job.maxAttempts,
    run_at: timestamp(options.runAt ?? now),
    key: options.key ?? null,
    created_at: timestamp(now),
    updated_at: timestamp(now),
  });
}

/**
 * Validates what will actually be stored — the payload after a JSON round trip — so that a payload
 * holding e.g. a Date, which would reach the handler as a string, is refused now and not at run time.
 */
function serializePayload(job: JobDefinition, payload: unknown): string {
  const json: string | undefined = JSON.stringify(payload);
  if (json === undefined) throw new Error(`Job "${job.name}": the payload cannot be stored as JSON`);
  const parsed = job.schema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new InvalidJobPayloadError(job.name, parsed.error);
  return json;
}

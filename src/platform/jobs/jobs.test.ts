import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { timestamp } from '../db/database.js';
import {
  createWorker,
  defineJob,
  enqueue,
  InvalidJobPayloadError,
  PermanentJobError,
  type WorkerOptions,
} from './index.js';
import { describeJobError, retryDelayMs } from './retry.js';

const logger = pino({ level: 'silent' });
const backoff = { baseMs: 1000, maxMs: 60_000 };
let db: TestDatabase;
let now: Date;

beforeEach(async () => {
  db = await createTestDatabase();
  // A minute ahead of the real time, so jobs enqueued "now" are due on the test clock.
  now = new Date(Date.now() + 60_000);
});
afterEach(() => db.destroy());

function advance(ms: number): void {
  now = new Date(now.getTime() + ms);
}

function workerFor(options: Pick<WorkerOptions, 'jobs'> & Partial<WorkerOptions>) {
  // random = 1 makes the jittered delay its ceiling, so the backoff can be asserted exactly.
  return createWorker({ handle: db, logger, backoff, clock: () => now, random: () => 1, ...options });
}

function findJob(id: string) {
  return db.db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

const greeting = defineJob({
  name: 'test.greeting',
  schema: z.object({ to: z.email(), times: z.number().int().positive() }),
  handler: async () => {},
});

describe('enqueue', () => {
  it('rejects a payload that does not match the schema, with the path in the message', async () => {
    // @ts-expect-error -- a wrong payload type is also a compile error
    const attempt = enqueue(db.db, greeting, { to: 'someone@example.org', times: 'twice' });
    await expect(attempt).rejects.toBeInstanceOf(InvalidJobPayloadError);
    await expect(enqueue(db.db, greeting, { to: 'not-an-email', times: 1 })).rejects.toThrow(
      /test\.greeting[\s\S]*to/,
    );
    expect(await db.db.selectFrom('job').selectAll().execute()).toEqual([]);
  });

  it('rejects a payload that would not survive being stored as JSON', async () => {
    const dated = defineJob({
      name: 'test.dated',
      schema: z.object({ at: z.date() }),
      handler: async () => {},
    });
    await expect(enqueue(db.db, dated, { at: new Date() })).rejects.toBeInstanceOf(InvalidJobPayloadError);
  });

  it('stores a valid job as pending with its attempts budget', async () => {
    const id = await enqueue(db.db, greeting, { to: 'someone@example.org', times: 2 });
    const row = await findJob(id);
    expect(row).toMatchObject({
      name: 'test.greeting',
      status: 'pending',
      attempts: 0,
      max_attempts: 5,
      key: null,
    });
    expect(JSON.parse(row.payload)).toEqual({ to: 'someone@example.org', times: 2 });
  });

  it('gives one job for one idempotency key while it waits, and a new one once it has run', async () => {
    const payload = { to: 'someone@example.org', times: 1 };
    const first = await enqueue(db.db, greeting, payload, { key: 'greet:someone' });
    const second = await enqueue(db.db, greeting, payload, { key: 'greet:someone' });
    expect(second).toBe(first);
    expect(await db.db.selectFrom('job').select('id').execute()).toHaveLength(1);

    await workerFor({ jobs: [greeting] }).runDueJobsOnce();
    const third = await enqueue(db.db, greeting, payload, { key: 'greet:someone' });
    expect(third).not.toBe(first);
  });

  it('joins the caller transaction: a rolled back use case leaves no job', async () => {
    const rollback = db.db.transaction().execute(async (trx) => {
      await enqueue(trx, greeting, { to: 'someone@example.org', times: 1 });
      throw new Error('use case failed');
    });
    await expect(rollback).rejects.toThrow('use case failed');
    expect(await db.db.selectFrom('job').select('id').execute()).toEqual([]);
  });
});

describe('running jobs', () => {
  it('runs a due job once with its parsed payload and marks it succeeded', async () => {
    const received: unknown[] = [];
    const job = defineJob({
      name: 'test.record',
      schema: z.object({ n: z.number() }),
      handler: (payload, context) => {
        received.push({ payload, attempt: context.attempt });
        return Promise.resolve();
      },
    });
    const id = await enqueue(db.db, job, { n: 7 });
    const worker = workerFor({ jobs: [job] });

    expect(await worker.runDueJobsOnce()).toBe(1);
    expect(await worker.runDueJobsOnce()).toBe(0);
    expect(received).toEqual([{ payload: { n: 7 }, attempt: 1 }]);
    expect(await findJob(id)).toMatchObject({ status: 'succeeded', attempts: 1, locked_at: null });
    expect((await findJob(id)).finished_at).not.toBeNull();
  });

  it('does not run a job before its run_at', async () => {
    const id = await enqueue(
      db.db,
      greeting,
      { to: 'a@example.org', times: 1 },
      { runAt: new Date(now.getTime() + 5000) },
    );
    const worker = workerFor({ jobs: [greeting] });
    expect(await worker.runDueJobsOnce()).toBe(0);
    advance(5000);
    expect(await worker.runDueJobsOnce()).toBe(1);
    expect((await findJob(id)).status).toBe('succeeded');
  });

  it('retries a failing job with exponential backoff until it succeeds, keeping secrets out of last_error', async () => {
    let failuresLeft = 2;
    const flaky = defineJob({
      name: 'test.flaky',
      schema: z.object({}),
      handler: () => {
        if (failuresLeft-- > 0) throw new Error('cannot reach postgres://app:s3cret@db.internal/jobs');
        return Promise.resolve();
      },
    });
    const id = await enqueue(db.db, flaky, {});
    const worker = workerFor({ jobs: [flaky] });

    expect(await worker.runDueJobsOnce()).toBe(1);
    const afterFirst = await findJob(id);
    expect(afterFirst).toMatchObject({
      status: 'pending',
      attempts: 1,
      run_at: timestamp(new Date(now.getTime() + 1000)),
    });
    expect(afterFirst.last_error).toContain('cannot reach postgres://');
    expect(afterFirst.last_error).not.toContain('s3cret');

    advance(999);
    expect(await worker.runDueJobsOnce()).toBe(0);
    advance(1);
    expect(await worker.runDueJobsOnce()).toBe(1);
    expect(await findJob(id)).toMatchObject({
      status: 'pending',
      attempts: 2,
      run_at: timestamp(new Date(now.getTime() + 2000)),
    });

    advance(2000);
    expect(await worker.runDueJobsOnce()).toBe(1);
    expect(await findJob(id)).toMatchObject({ status: 'succeeded', attempts: 3 });
  });

  it('declares a job dead after its last attempt and keeps it with its last error', async () => {
    let calls = 0;
    const broken = defineJob({
      name: 'test.broken',
      schema: z.object({}),
      maxAttempts: 3,
      handler: () => {
        calls += 1;
        throw new Error(`failure number ${calls}`);
      },
    });
    const id = await enqueue(db.db, broken, {});
    const worker = workerFor({ jobs: [broken] });
    for (let round = 0; round < 5; round += 1) {
      await worker.runDueJobsOnce();
      advance(backoff.maxMs);
    }
    expect(calls).toBe(3);
    const row = await findJob(id);
    expect(row).toMatchObject({ status: 'dead', attempts: 3, last_error: 'Error: failure number 3' });
    expect(row.finished_at).not.toBeNull();
  });

  it('marks a job failed at once when the handler says retrying cannot help', async () => {
    let calls = 0;
    const hopeless = defineJob({
      name: 'test.hopeless',
      schema: z.object({}),
      handler: () => {
        calls += 1;
        throw new PermanentJobError('the course no longer exists');
      },
    });
    const id = await enqueue(db.db, hopeless, {});
    const worker = workerFor({ jobs: [hopeless] });
    await worker.runDueJobsOnce();
    advance(backoff.maxMs);
    await worker.runDueJobsOnce();
    expect(calls).toBe(1);
    expect(await findJob(id)).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('leaves jobs it has no handler for to the workers that do', async () => {
    const id = await enqueue(db.db, greeting, { to: 'a@example.org', times: 1 });
    expect(await workerFor({ jobs: [] }).runDueJobsOnce()).toBe(0);
    expect((await findJob(id)).status).toBe('pending');
  });
});

describe('crashed workers', () => {
  async function crashWhileRunning(id: string, attempts: number): Promise<void> {
    const lockedAt = timestamp(new Date(now.getTime() - 10 * 60_000));
    await db.db
      .updateTable('job')
      .set({ status: 'running', attempts, locked_at: lockedAt, locked_by: 'crashed-worker' })
      .where('id', '=', id)
      .execute();
  }

  it('gives a job whose lock expired back to the queue and runs it again', async () => {
    const id = await enqueue(db.db, greeting, { to: 'a@example.org', times: 1 });
    await crashWhileRunning(id, 1);
    const worker = workerFor({ jobs: [greeting], lockTimeoutMs: 60_000 });
    expect(await worker.runDueJobsOnce()).toBe(1);
    expect(await findJob(id)).toMatchObject({ status: 'succeeded', attempts: 2, locked_by: worker.id });
  });

  it('declares dead a stale job whose crashed attempt was its last', async () => {
    const id = await enqueue(db.db, greeting, { to: 'a@example.org', times: 1 });
    await crashWhileRunning(id, 5);
    expect(await workerFor({ jobs: [greeting], lockTimeoutMs: 60_000 }).runDueJobsOnce()).toBe(0);
    expect(await findJob(id)).toMatchObject({ status: 'dead', attempts: 5 });
    expect((await findJob(id)).last_error).toMatch(/Lock expired/);
  });

  it('keeps the locks of its own running jobs fresh, so no other worker takes them over', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const slow = defineJob({
      name: 'test.slow',
      schema: z.object({}),
      handler: async () => {
        calls += 1;
        await gate;
      },
    });
    const id = await enqueue(db.db, slow, {});
    const owner = workerFor({ jobs: [slow], lockTimeoutMs: 60_000 });
    const firstDrain = owner.runDueJobsOnce();
    await expect.poll(() => calls).toBe(1);

    advance(10 * 60_000);
    const secondDrain = owner.runDueJobsOnce(); // its maintenance refreshes the lock
    await expect.poll(async () => (await findJob(id)).locked_at).toBe(timestamp(now));
    expect(await workerFor({ jobs: [slow], lockTimeoutMs: 60_000 }).runDueJobsOnce()).toBe(0);

    release();
    await Promise.all([firstDrain, secondDrain]);
    expect(calls).toBe(1);
    expect(await findJob(id)).toMatchObject({ status: 'succeeded', attempts: 1, locked_by: owner.id });
  });
});

describe('retry policy', () => {
  it('doubles the delay per attempt up to the cap, jittered between half and all of it', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, backoff, () => 1))).toEqual([
      1000, 2000, 4000, 8000,
    ]);
    expect(retryDelayMs(20, backoff, () => 1)).toBe(60_000);
    expect(retryDelayMs(3, backoff, () => 0)).toBe(2000);
  });

  it('keeps stored errors short', () => {
    expect(describeJobError(new Error('x'.repeat(10_000))).length).toBeLessThanOrEqual(2000);
    expect(describeJobError('plain')).toBe('Non-error thrown: plain');
  });
});

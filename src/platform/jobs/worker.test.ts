import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { createWorker, defineJob, enqueue, type JobContext } from './index.js';

const logger = pino({ level: 'silent' });
let db: TestDatabase;

beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.destroy());

function statusCounts() {
  return db.db
    .selectFrom('job')
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('status')
    .execute()
    .then((rows) => Object.fromEntries(rows.map((row) => [row.status, Number(row.count)])));
}

async function enqueueMany(count: number, job: Parameters<typeof enqueue>[1]): Promise<void> {
  for (let n = 0; n < count; n += 1) await enqueue(db.db, job, { n });
}

/** A promise the test resolves by hand, to hold a handler in flight. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('job worker', () => {
  it('never runs more handlers at once than its concurrency', async () => {
    let active = 0;
    let mostActive = 0;
    const job = defineJob({
      name: 'test.count-active',
      schema: z.object({ n: z.number() }),
      handler: async () => {
        active += 1;
        mostActive = Math.max(mostActive, active);
        await sleep(5);
        active -= 1;
      },
    });
    await enqueueMany(12, job);
    const worker = createWorker({ handle: db, logger, jobs: [job], concurrency: 3 });

    expect(await worker.runDueJobsOnce()).toBe(12);
    // Exactly 3: never above the bound, and the jobs did run side by side.
    expect(mostActive).toBe(3);
    expect(await statusCounts()).toEqual({ succeeded: 12 });
  });

  it('on stop, claims nothing more and waits for the running job to finish', async () => {
    const held = gate();
    const started = gate();
    const job = defineJob({
      name: 'test.held',
      schema: z.object({ n: z.number() }),
      handler: async () => {
        started.open();
        await held.opened;
      },
    });
    const firstId = await enqueue(db.db, job, { n: 1 });
    const worker = createWorker({ handle: db, logger, jobs: [job], pollIntervalMs: 5 });
    worker.start();
    await started.opened;

    let isStopped = false;
    const stopping = worker.stop({ timeoutMs: 10_000 }).finally(() => (isStopped = true));
    const laterId = await enqueue(db.db, job, { n: 2 });
    await sleep(50);
    expect(isStopped).toBe(false);

    held.open();
    expect(await stopping).toEqual({ unfinished: 0 });
    const rows = await db.db.selectFrom('job').select(['id', 'status']).execute();
    expect(Object.fromEntries(rows.map((row) => [row.id, row.status]))).toEqual({
      [firstId]: 'succeeded',
      [laterId]: 'pending',
    });
  });

  it('aborts a handler still running when the grace period is over, and the job is retried later', async () => {
    const started = gate();
    const job = defineJob({
      name: 'test.stubborn',
      schema: z.object({}),
      handler: async (_payload, context: JobContext) => {
        started.open();
        await new Promise((resolve) => context.signal.addEventListener('abort', resolve));
        context.signal.throwIfAborted();
      },
    });
    const id = await enqueue(db.db, job, {});
    const worker = createWorker({ handle: db, logger, jobs: [job], pollIntervalMs: 5 });
    worker.start();
    await started.opened;

    expect(await worker.stop({ timeoutMs: 20 })).toEqual({ unfinished: 1 });
    await expect
      .poll(() =>
        db.db.selectFrom('job').select(['status', 'last_error']).where('id', '=', id).executeTakeFirst(),
      )
      .toEqual({ status: 'pending', last_error: 'Error: The job worker is stopping' });
  });

  it('two workers on separate connections draining 200 jobs run each job exactly once', async () => {
    const runsByJob = new Map<string, number>();
    const runsByWorker = { first: 0, second: 0 };
    const jobFor = (worker: keyof typeof runsByWorker) =>
      defineJob({
        name: 'test.exactly-once',
        schema: z.object({ n: z.number() }),
        handler: async (_payload, context) => {
          runsByJob.set(context.jobId, (runsByJob.get(context.jobId) ?? 0) + 1);
          runsByWorker[worker] += 1;
          await sleep(1); // let the other worker claim in between
        },
      });
    await enqueueMany(200, jobFor('first'));
    const secondHandle = db.reopen();
    try {
      const first = createWorker({ handle: db, logger, jobs: [jobFor('first')], concurrency: 4 });
      const second = createWorker({ handle: secondHandle, logger, jobs: [jobFor('second')], concurrency: 4 });
      const [ranByFirst, ranBySecond] = await Promise.all([first.runDueJobsOnce(), second.runDueJobsOnce()]);

      expect(ranByFirst + ranBySecond).toBe(200);
      expect(runsByJob.size).toBe(200);
      expect([...runsByJob.values()].filter((runs) => runs !== 1)).toEqual([]);
      // Both took part, so the claims really did race.
      expect(runsByWorker.first).toBeGreaterThan(0);
      expect(runsByWorker.second).toBeGreaterThan(0);
      expect(await statusCounts()).toEqual({ succeeded: 200 });
    } finally {
      await secondHandle.destroy();
    }
  });

  it('drops the late outcome of a worker whose lock expired and whose job another worker took over', async () => {
    let now = new Date(Date.now() + 60_000);
    const held = gate();
    let calls = 0;
    const job = defineJob({
      name: 'test.taken-over',
      schema: z.object({}),
      handler: async () => {
        calls += 1;
        if (calls === 1) await held.opened;
      },
    });
    const id = await enqueue(db.db, job, {});
    const options = { handle: db, logger, jobs: [job], lockTimeoutMs: 60_000, clock: () => now };
    const stalled = createWorker(options);
    const stalledDrain = stalled.runDueJobsOnce();
    await expect.poll(() => calls).toBe(1);

    now = new Date(now.getTime() + 10 * 60_000);
    const rescuer = createWorker(options);
    expect(await rescuer.runDueJobsOnce()).toBe(1);
    held.open();
    await stalledDrain;

    expect(calls).toBe(2);
    const row = await db.db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'succeeded', attempts: 2, locked_by: rescuer.id });
  });
});

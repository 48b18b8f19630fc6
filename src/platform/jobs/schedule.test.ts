import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { timestamp } from '../db/database.js';
import { createWorker, defineJob, defineSchedule, InvalidJobPayloadError } from './index.js';

const logger = pino({ level: 'silent' });
let db: TestDatabase;
let now: Date;
let runs: string[];

const purge = defineJob({
  name: 'test.purge',
  schema: z.object({ olderThanDays: z.number().int() }),
  handler: (payload) => {
    runs.push(`purge ${payload.olderThanDays}`);
    return Promise.resolve();
  },
});
const everyMinute = defineSchedule({ job: purge, every: { minutes: 1 }, payload: { olderThanDays: 30 } });

beforeEach(async () => {
  db = await createTestDatabase();
  now = new Date(Date.now() + 60_000);
  runs = [];
});
afterEach(() => db.destroy());

function advance(ms: number): void {
  now = new Date(now.getTime() + ms);
}

function workerOn(handle: TestDatabase | ReturnType<TestDatabase['reopen']>) {
  return createWorker({ handle, logger, jobs: [purge], schedules: [everyMinute], clock: () => now });
}

describe('recurring schedules', () => {
  it('fire when first seen and then once per interval, with the schedule payload', async () => {
    const worker = workerOn(db);
    expect(await worker.runDueJobsOnce()).toBe(1);
    advance(30_000);
    expect(await worker.runDueJobsOnce()).toBe(0);
    advance(30_000);
    expect(await worker.runDueJobsOnce()).toBe(1);

    expect(runs).toEqual(['purge 30', 'purge 30']);
    expect(await db.db.selectFrom('job_schedule').selectAll().execute()).toMatchObject([
      {
        name: 'test.purge',
        interval_seconds: 60,
        last_run_at: timestamp(now),
        next_run_at: timestamp(new Date(now.getTime() + 60_000)),
      },
    ]);
  });

  it('do not catch up on runs missed while no worker was up', async () => {
    const worker = workerOn(db);
    await worker.runDueJobsOnce();
    advance(10 * 60_000);
    expect(await worker.runDueJobsOnce()).toBe(1);
  });

  it('are enqueued once per run by two workers on separate connections', async () => {
    const secondHandle = db.reopen();
    try {
      const workers = [workerOn(db), workerOn(secondHandle)];
      for (let period = 0; period < 5; period += 1) {
        await Promise.all(workers.map((worker) => worker.runDueJobsOnce()));
        advance(60_000);
      }
      expect(runs).toHaveLength(5);
      expect(await db.db.selectFrom('job').select('id').execute()).toHaveLength(5);
    } finally {
      await secondHandle.destroy();
    }
  });

  it('keep the next run time across restarts and take a changed interval from the code', async () => {
    await workerOn(db).runDueJobsOnce();
    const hourly = defineSchedule({ job: purge, every: { hours: 1 }, payload: { olderThanDays: 30 } });
    const restarted = createWorker({
      handle: db,
      logger,
      jobs: [purge],
      schedules: [hourly],
      clock: () => now,
    });
    expect(await restarted.runDueJobsOnce()).toBe(0);
    const row = await db.db.selectFrom('job_schedule').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      interval_seconds: 3600,
      next_run_at: timestamp(new Date(now.getTime() + 60_000)),
    });
  });

  it('refuse a payload the job schema rejects, when defined', () => {
    const payload = { olderThanDays: 'old' };
    // @ts-expect-error -- a wrong payload type is also a compile error
    const define = () => defineSchedule({ job: purge, every: { hours: 1 }, payload });
    expect(define).toThrow(InvalidJobPayloadError);
  });

  it('refuse an interval under a second', () => {
    expect(() =>
      defineSchedule({ job: purge, every: { seconds: 0.5 }, payload: { olderThanDays: 1 } }),
    ).toThrow(/interval/);
  });
});

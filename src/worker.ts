import { loadConfigOrExit, onShutdownSignal, openMigratedDatabase } from './boot.js';
import { createAppDeps, createLogger } from './compose.js';
import { listJobs, listSchedules } from './jobs.js';
import { createWorker } from './platform/jobs/index.js';

/** The job worker alone, for scale-out: run as many as needed beside web processes with RUN_WORKER=false. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config).child({ process: 'worker' });
  const handle = await openMigratedDatabase(config, logger);
  const deps = await createAppDeps(config, handle, logger);
  const worker = createWorker({
    handle,
    jobs: listJobs(deps.jobs),
    schedules: listSchedules(deps.jobs),
    logger,
    concurrency: config.workerConcurrency,
  });
  onShutdownSignal(logger, async () => {
    await worker.stop();
    await deps.mailer.close();
    await handle.destroy();
  });
  worker.start();
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Worker could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});

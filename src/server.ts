import { buildApp } from './app.js';
import { loadConfigOrExit, onShutdownSignal, openMigratedDatabase } from './boot.js';
import { createAppDeps, createLogger } from './compose.js';
import { listJobs, listSchedules } from './jobs.js';
import { claimFirstStart, hasDemoContent, seedDemoContent } from './modules/demo/index.js';
import { issueFirstAdministratorToken } from './modules/setup/index.js';
import { createWorker } from './platform/jobs/index.js';

/** The web process: configuration → database → migrations → first start → app → listen (+ worker). */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  const handle = await openMigratedDatabase(config, logger);
  const deps = await createAppDeps(config, handle, logger);
  if ((await claimFirstStart(handle.db)) && config.seedDemo) {
    // Through the app's search index: the demo courses must be findable from the first request.
    logger.info(await seedDemoContent(deps), 'demo content added (first start)');
  }
  const app = await buildApp({ ...deps, hasDemoContent: await hasDemoContent(handle.db) });
  const worker = config.runWorker
    ? createWorker({
        handle,
        jobs: listJobs(deps.jobs),
        schedules: listSchedules(deps.jobs),
        logger,
        concurrency: config.workerConcurrency,
      })
    : undefined;

  onShutdownSignal(logger, async () => {
    await app.close();
    await worker?.stop();
    await deps.mailer.close();
    await handle.destroy();
  });

  await app.listen({ host: config.host, port: config.port });
  worker?.start();
  // Reads the index's filterable part into memory now rather than on the first visitor's search.
  const warming = performance.now();
  deps.search
    .warm()
    .then(() => logger.info({ ms: Math.round(performance.now() - warming) }, 'search index in memory'))
    .catch((error: unknown) => logger.error({ err: error }, 'search index could not be read'));
  const token = await issueFirstAdministratorToken(handle.db);
  if (token) {
    // Printed, not logged: the link is a one-time secret for whoever started the server.
    process.stdout.write(
      `\nNo administrator yet. Create the first one within an hour at:\n  ${config.publicUrl}/en/setup?token=${token}\n\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});

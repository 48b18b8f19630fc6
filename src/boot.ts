import type { Logger } from 'pino';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase, type DatabaseHandle } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { seedReferenceData } from './reference-data.js';

/** Reads the configuration, or prints every problem with it and exits. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every setting.\n`);
      process.exit(78);
    }
    throw error;
  }
}

/** Opens the database named by the configuration, brings its schema up to date and loads reference data. */
export async function openMigratedDatabase(config: Config, logger: Logger): Promise<DatabaseHandle> {
  const handle = openDatabase({
    url: config.database.url,
    dataDir: config.dataDir,
    poolSize: config.database.poolSize,
  });
  const applied = await migrateToLatest(handle.db);
  if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
  const seeded = await seedReferenceData(handle.db);
  if (seeded.instruments > 0) logger.info(seeded, 'reference data loaded');
  return handle;
}

/** Runs `stop` once on SIGTERM or SIGINT, then exits. */
export function onShutdownSignal(logger: Logger, stop: () => Promise<void>): void {
  let isStopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (isStopping) return;
    isStopping = true;
    logger.info({ signal }, 'shutting down');
    stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', handler);
  process.once('SIGINT', handler);
}

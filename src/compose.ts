import pino, { type Logger } from 'pino';
import type { AppDeps } from './app-deps.js';
import type { Config } from './config.js';
import { createAppJobs } from './jobs.js';
import type { DatabaseHandle } from './platform/db/database.js';
import { createTranslators, loadCatalog } from './platform/i18n/index.js';
import { createMailer } from './platform/mail/index.js';
import { createSearchIndex } from './platform/search/index.js';
import { createSharedRateLimiter } from './platform/rate-limit/shared-rate-limiter.js';
import { loadAppSecret } from './modules/setup/app-secret.js';

export function createLogger(config: Config): Logger {
  return pino({ level: config.logLevel, base: { service: 'jpcoops' } });
}

/** Wires what use cases and jobs need, once per process (web, worker or CLI). */
export async function createAppDeps(
  config: Config,
  handle: DatabaseHandle,
  logger: Logger,
): Promise<AppDeps> {
  const secret = await loadAppSecret(handle.db, config.sessionSecret);
  const base = {
    config,
    db: handle.db,
    dialect: handle.dialect,
    logger,
    secret,
    mailer: createMailer({
      smtpUrl: config.mail.smtpUrl,
      from: config.mail.from,
      dataDir: config.dataDir,
      logger,
    }),
    translators: createTranslators(loadCatalog()),
    rateLimiter: createSharedRateLimiter(handle.db, secret),
    search: createSearchIndex(handle),
  };
  return { ...base, jobs: createAppJobs(base) };
}

import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Database } from './database.js';
import type { AppJobs } from './jobs.js';
import type { Dialect } from './platform/db/database.js';
import type { PageRenderer } from './platform/http/pages.js';
import type { Locale, Translator } from './platform/i18n/index.js';
import type { Mailer } from './platform/mail/index.js';
import type { SearchIndex } from './platform/search/index.js';
import type { SessionCookies } from './platform/sessions/index.js';
import type { SharedRateLimiter } from './platform/rate-limit/shared-rate-limiter.js';

/** What use cases and job handlers depend on. Built once by `createAppDeps`; tests build their own. */
export interface AppDeps {
  readonly config: Config;
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  readonly logger: Logger;
  readonly mailer: Mailer;
  readonly translators: (locale: Locale) => Translator;
  readonly rateLimiter: SharedRateLimiter;
  /** Full-text search over every module's documents (FTS5 on SQLite, tsvector on PostgreSQL). */
  readonly search: SearchIndex;
  /** Secret for signing cookies and keying hashes; shared by every process of a deployment. */
  readonly secret: string;
  readonly jobs: AppJobs;
}

/** What HTML and API routes get: the use-case dependencies plus the page renderer. */
export interface WebDeps extends AppDeps {
  readonly pages: PageRenderer;
  /** Starts and ends sessions (sign-in, sign-out, second factor). */
  readonly sessions: SessionCookies;
}

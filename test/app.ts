import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import type { AppDeps } from '../src/app-deps.js';
import { createAppDeps, createLogger } from '../src/compose.js';
import { loadConfig } from '../src/config.js';
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from './database.js';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly deps: AppDeps;
  readonly database: TestDatabase;
  close(): Promise<void>;
}

/** The whole web application on a fresh database, in process (no port). `environment` overrides settings. */
export async function createTestApp(
  environment: Record<string, string> = {},
  options: { hasDemoContent?: boolean } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: database.dataDir,
    PUBLIC_URL: 'http://localhost:3000',
    ...(testDatabaseUrl ? { DATABASE_URL: testDatabaseUrl } : {}),
    ...environment,
  });
  const deps = await createAppDeps(config, database, createLogger(config));
  const app = await buildApp({ ...deps, hasDemoContent: options.hasDemoContent ?? false });
  await app.ready();
  return {
    app,
    deps,
    database,
    async close() {
      await app.close();
      await deps.mailer.close();
      await database.destroy();
    },
  };
}

/** Cookies from a response, as a `cookie` request header. */
export function cookieHeader(setCookie: string | string[] | undefined): string {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return cookies.map((cookie) => cookie.split(';')[0]).join('; ');
}

/** The hidden CSRF token of the first form on a page. */
export function csrfTokenFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('No CSRF token on the page');
  return match[1];
}

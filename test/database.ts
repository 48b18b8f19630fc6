import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { seedReferenceData } from '../src/reference-data.js';

/**
 * A fresh, migrated database for one test file: a temporary SQLite file, or — when
 * TEST_DATABASE_URL is set — a fresh PostgreSQL schema, dropped again by `destroy()`.
 */
export interface TestDatabase extends DatabaseHandle {
  readonly dataDir: string;
  /** Options to open the same database again (a second process or worker). */
  readonly reopen: () => DatabaseHandle;
}

// Test code may read the environment: the application itself reads it only in src/config.ts.
export const testDatabaseUrl: string | undefined = process.env.TEST_DATABASE_URL || undefined;

export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jpcoops-test-'));
  const schema = testDatabaseUrl
    ? `test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
    : undefined;
  if (testDatabaseUrl && schema)
    await withClient(testDatabaseUrl, (client) => client.query(`create schema ${schema}`));
  const open = () =>
    openDatabase({ url: testDatabaseUrl, dataDir, poolSize: 5, ...(schema ? { schema } : {}) });
  const handle = open();
  await migrateToLatest(handle.db, schema);
  // As the server does on start: reference data (the legal instruments), never demo content.
  await seedReferenceData(handle.db);
  return {
    ...handle,
    dataDir,
    reopen: open,
    async destroy() {
      await handle.destroy();
      if (testDatabaseUrl && schema) {
        await withClient(testDatabaseUrl, (client) => client.query(`drop schema ${schema} cascade`));
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

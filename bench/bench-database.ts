/**
 * The database a benchmark runs on: a temporary SQLite folder migrated to latest, or — with
 * BENCH_DATABASE_URL — a fresh PostgreSQL schema, dropped afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';

export const benchDatabaseUrl = process.env.BENCH_DATABASE_URL || undefined;

export interface BenchDatabase {
  readonly handle: DatabaseHandle;
  readonly dataDir: string;
  /** The PostgreSQL schema, when on PostgreSQL. */
  readonly schema: string | undefined;
}

export interface BenchDatabaseOptions {
  /** Start of the temporary folder's name (`jpcoops-bench-toolkit-`). */
  readonly prefix: string;
  /** A folder of an earlier run to use instead of a new one; kept afterwards. */
  readonly dataDir?: string | undefined;
  /** Keeps the folder afterwards (its path is printed). */
  readonly keep?: boolean;
}

/** Runs `work` on a fresh (or the given) database migrated to latest, and removes it afterwards. */
export async function withBenchDatabase(
  options: BenchDatabaseOptions,
  work: (database: BenchDatabase) => Promise<void>,
): Promise<void> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), options.prefix));
  const url = benchDatabaseUrl;
  const schema = url ? `bench_${Date.now().toString(36)}` : undefined;
  if (url && schema) await withClient(url, (c) => c.query(`create schema ${schema}`));
  const handle = openDatabase({ url, dataDir, poolSize: 10, ...(schema ? { schema } : {}) });
  try {
    await migrateToLatest(handle.db, schema);
    await work({ handle, dataDir, schema });
  } finally {
    await handle.destroy();
    if (url && schema) await withClient(url, (c) => c.query(`drop schema ${schema} cascade`));
    if (options.keep || options.dataDir) console.log(`Kept ${dataDir}`);
    else fs.rmSync(dataDir, { recursive: true, force: true });
  }
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

import pg from 'pg';

/**
 * Runs once before all test files. On PostgreSQL it checks the server is reachable (CI must fail
 * when it is not) and installs the extensions the search platform uses, once, so that test files
 * running in parallel never race to create them.
 */
export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`TEST_DATABASE_URL is set but PostgreSQL cannot be reached: ${(error as Error).message}`);
  }
  try {
    await client.query('create extension if not exists unaccent');
    await client.query('create extension if not exists pg_trgm');
  } finally {
    await client.end();
  }
}

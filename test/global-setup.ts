import pg from 'pg';

/**
 * Runs once before all test files. With TEST_DATABASE_URL set it checks that PostgreSQL is reachable,
 * so that a CI run meant for PostgreSQL fails instead of quietly testing nothing.
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
  await client.end();
}

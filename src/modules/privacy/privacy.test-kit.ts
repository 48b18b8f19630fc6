import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { signedInCookie, type TestApp } from '../../../test/app.js';
import { listColumns, listTables } from './schema-inspection.js';

/** Test helpers of the privacy module. */

/** An API token of `userId`, made through the API with a session as its owner would. */
export async function createApiTokenFor(t: TestApp, userId: string, scopes: readonly string[] = ['read']) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/tokens',
    headers: { cookie: await signedInCookie(t.deps, userId), origin: t.deps.config.publicUrl },
    payload: { name: 'Privacy test script', scopes },
  });
  if (response.statusCode !== 201)
    throw new Error(`token not created: ${response.statusCode} ${response.body}`);
  return response.json<{ id: string; token: string }>();
}

/** A single-use email link of `userId`, as the accounts module stores it. */
export async function insertUserToken(t: TestApp, userId: string, newEmail: string | null = null) {
  await t.deps.db
    .insertInto('user_token')
    .values({
      token_hash: `hash-${uuidv7()}`,
      user_id: userId,
      purpose: newEmail ? 'change-email' : 'verify-email',
      new_email: newEmail,
      expires_at: new Date(Date.now() + 3_600_000).toISOString(),
      used_at: null,
    })
    .execute();
}

export interface TextHit {
  readonly table: string;
  readonly column: string;
}

/**
 * Every column of every table of the live database (found through the catalogue of either dialect),
 * read back as text, searched for each needle without regard to case.
 */
export async function findTextAnywhere(t: TestApp, needles: readonly string[]): Promise<TextHit[]> {
  const { db, dialect } = t.deps;
  const columns = await listColumns(db, dialect);
  const tables = new Set(await listTables(db, dialect));
  const hits: TextHit[] = [];
  const lowered = needles.map((needle) => needle.toLowerCase());
  for (const { table, column } of columns.filter((each) => tables.has(each.table))) {
    const cast =
      dialect === 'postgres' ? sql`${sql.ref(column)}::text` : sql`cast(${sql.ref(column)} as text)`;
    const result = await sql<{
      value: string | null;
    }>`select ${cast} as value from ${sql.table(table)}`.execute(db);
    const isHit = result.rows.some((row) =>
      lowered.some((needle) => (row.value ?? '').toLowerCase().includes(needle)),
    );
    if (isHit) hits.push({ table, column });
  }
  return hits;
}

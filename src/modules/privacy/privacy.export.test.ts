import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, signedInCookie, type TestApp } from '../../../test/app.js';
import { createTestVisitor } from '../../../test/browser-session.js';
import { loadCatalog } from '../../platform/i18n/index.js';
import { createApiTokenFor, insertUserToken } from './privacy.test-kit.js';
import type { PersonalDataExport } from './privacy.schema.js';
import { personalDataSources } from './privacy.sources.js';
import { listColumns, listTables, listTablesReferringToUsers } from './schema-inspection.js';

describe('the map of personal data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('names every table of the schema that refers to users (foreign key, user id or email column)', async () => {
    const referring = await listTablesReferringToUsers(t.deps.db, t.deps.dialect);
    const mapped = new Set(personalDataSources.map((source) => source.table));
    const missing = [...referring]
      .filter(([table]) => !mapped.has(table))
      .map(([table, columns]) => `${table} (${columns.join(', ')})`);
    // A table listed here must be added to src/modules/privacy/privacy.sources.ts.
    expect(missing).toEqual([]);
    expect(referring.has('user_session')).toBe(true);
    expect(referring.has('contact_message')).toBe(true);
  });

  it('refers only to tables and columns that exist', async () => {
    const tables = new Set(await listTables(t.deps.db, t.deps.dialect));
    const columns = new Set(
      (await listColumns(t.deps.db, t.deps.dialect)).map(({ table, column }) => `${table}.${column}`),
    );
    for (const source of personalDataSources) {
      expect(tables.has(source.table), source.table).toBe(true);
      const named = [
        ...source.matches.map((match) => match.column),
        ...(source.secretColumns ?? []),
        ...('columns' in source.erasure ? source.erasure.columns : []),
      ];
      for (const column of named)
        expect(columns.has(`${source.table}.${column}`), `${source.table}.${column}`).toBe(true);
    }
  });

  it('has a label in English for every kind of record', () => {
    const english = loadCatalog().en;
    expect(personalDataSources.filter((source) => !(source.label in english))).toEqual([]);
  });
});

describe('GET /api/v1/me/export', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** A person who has used the platform: sessions, a consent, a message, an email link, a token. */
  async function activePerson() {
    const user = await createUser(t.deps, { email: `export-${uuidv7().slice(-8)}@example.org` });
    const visitor = createTestVisitor(t.app);
    expect(
      (await visitor.submit('/en/login', { email: user.email, password: user.password })).statusCode,
    ).toBe(303);
    expect(
      (
        await visitor.submit(
          '/en/account/data',
          { kind: 'newsletter', action: 'give' },
          '/en/account/data/consents',
        )
      ).statusCode,
    ).toBe(303);
    await createTestVisitor(t.app).submit('/en/contact', {
      name: user.name,
      email: user.email.toUpperCase(),
      subject: 'A question',
      message: 'Is the spring course open to prosecutors?',
      consent: 'yes',
    });
    await insertUserToken(t, user.id);
    await createApiTokenFor(t, user.id);
    return { user, visitor };
  }

  it('answers with every row about the caller, from every table that refers to them, and no secret', async () => {
    const { user, visitor } = await activePerson();
    const response = await visitor.get('/api/v1/me/export');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="jpcoops-my-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const exported = response.json<PersonalDataExport>();
    expect(exported.userId).toBe(user.id);
    expect(exported.secretsNotice).toMatch(/never exported/);

    // Whatever refers to the person in the live schema is in the export, row for row.
    const referring = await listTablesReferringToUsers(t.deps.db, t.deps.dialect);
    for (const [table, columns] of referring) {
      const conditions = columns.map((column) =>
        column.endsWith('email')
          ? sql`lower(${sql.ref(column)}) = ${user.email.toLowerCase()}`
          : sql`${sql.ref(column)} = ${user.id}`,
      );
      const { rows } = await sql<{ count: number | string }>`select count(*) as count
        from ${sql.table(table)} where ${sql.join(conditions, sql` or `)}`.execute(t.deps.db);
      expect(exported.tables[table]?.length ?? 0, table).toBeGreaterThanOrEqual(Number(rows[0]?.count));
    }
    expect(exported.tables.user_account).toHaveLength(1);
    expect(exported.tables.user_account?.[0]).toMatchObject({ email: user.email, name: user.name });
    expect(exported.tables.consent?.[0]).toMatchObject({ kind: 'newsletter', policy_version: '2026-11-29' });
    expect(exported.tables.contact_message).toHaveLength(1);
    expect(exported.tables.api_token).toHaveLength(1);
    expect(exported.tables.user_token).toHaveLength(1);
    expect(exported.tables.user_session?.length).toBeGreaterThanOrEqual(1);
    expect(exported.tables.audit_entry?.some((entry) => entry.action === 'sign-in')).toBe(true);

    // No secret: neither the columns nor their values.
    expect(exported.tables.user_account?.[0]).not.toHaveProperty('password_hash');
    expect(exported.tables.user_session?.[0]).not.toHaveProperty('id');
    expect(exported.tables.api_token?.[0]).not.toHaveProperty('token_hash');
    expect(exported.omittedColumns).toMatchObject({
      user_account: ['password_hash'],
      user_session: ['id'],
      user_token: ['token_hash'],
      api_token: ['token_hash'],
    });
    const secrets = [
      ...(await t.deps.db
        .selectFrom('user_account')
        .select('password_hash as secret')
        .where('id', '=', user.id)
        .execute()),
      ...(await t.deps.db
        .selectFrom('user_session')
        .select('id as secret')
        .where('user_id', '=', user.id)
        .execute()),
      ...(await t.deps.db
        .selectFrom('api_token')
        .select('token_hash as secret')
        .where('owner_user_id', '=', user.id)
        .execute()),
    ].map((row) => row.secret);
    expect(secrets.length).toBeGreaterThanOrEqual(3);
    for (const secret of secrets) expect(response.body).not.toContain(secret);
  });

  it('records the export in the audit log, with ids only', async () => {
    const user = await createUser(t.deps);
    const response = await t.app.inject({
      url: '/api/v1/me/export',
      headers: { cookie: await signedInCookie(t.deps, user.id) },
    });
    expect(response.statusCode).toBe(200);
    const entry = await t.deps.db
      .selectFrom('audit_entry')
      .selectAll()
      .where('action', '=', 'data-exported')
      .where('subject_user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(entry.actor_id).toBe(user.id);
    expect(JSON.parse(entry.details)).toEqual({ via: 'session' });
    expect(response.json<PersonalDataExport>().tables.audit_entry?.map((row) => row.action)).toContain(
      'data-exported',
    );
  });

  it('refuses anonymous callers with a 401 problem', async () => {
    const response = await t.app.inject({ url: '/api/v1/me/export' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'unauthenticated' });
  });

  it('never exports another person, whatever the caller adds to the request', async () => {
    const { user: other } = await activePerson();
    const caller = await createUser(t.deps);
    const cookie = await signedInCookie(t.deps, caller.id);
    const withId = await t.app.inject({ url: `/api/v1/me/export?userId=${other.id}`, headers: { cookie } });
    expect(withId.statusCode).toBe(400);
    const own = await t.app.inject({ url: '/api/v1/me/export', headers: { cookie } });
    expect(own.json<PersonalDataExport>().userId).toBe(caller.id);
    expect(own.body).not.toContain(other.id);
    expect(own.body).not.toContain(other.email);
  });

  it('answers an API token with the read scope, and refuses one without it', async () => {
    const user = await createUser(t.deps);
    const { id, token } = await createApiTokenFor(t, user.id, ['read']);
    const allowed = await t.app.inject({
      url: '/api/v1/me/export',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json<PersonalDataExport>().userId).toBe(user.id);
    const audit = await t.deps.db
      .selectFrom('audit_entry')
      .select('details')
      .where('action', '=', 'data-exported')
      .where('subject_user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details)).toEqual({ via: 'token' });

    // A token whose scopes do not include reading (a narrower scope of the future, here none at all).
    await t.deps.db.updateTable('api_token').set({ scopes: '' }).where('id', '=', id).execute();
    const refused = await t.app.inject({
      url: '/api/v1/me/export',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'forbidden' });
  });
});

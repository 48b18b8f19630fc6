import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieHeader, createTestApp, csrfTokenFrom, type TestApp } from '../../../test/app.js';
import { verifyPassword } from '../accounts/index.js';
import { createTestVisitor } from '../../../test/browser-session.js';
import { issueFirstAdministratorToken } from './index.js';

describe('first administrator', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function post(token: string, fields: Record<string, string>) {
    const form = await t.app.inject({ url: `/en/setup?token=${encodeURIComponent(token)}` });
    return t.app.inject({
      method: 'POST',
      url: '/en/setup',
      headers: {
        cookie: cookieHeader(form.headers['set-cookie']),
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams({
        ...fields,
        token,
        _csrf: form.statusCode === 200 ? csrfTokenFrom(form.body) : '',
      }).toString(),
    });
  }

  const admin = {
    name: 'Ada Admin',
    email: 'Ada@Example.org',
    password: 'correct horse battery',
    passwordConfirmation: 'correct horse battery',
  };

  it('refuses an unknown token', async () => {
    const response = await t.app.inject({ url: '/en/setup?token=unknown' });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('This setup link no longer works');
  });

  it('refuses a common password', async () => {
    const token = (await issueFirstAdministratorToken(t.deps.db))!;
    const response = await post(token, {
      ...admin,
      password: 'qwertyuiop',
      passwordConfirmation: 'qwertyuiop',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('one of the most common');
  });

  it('keeps what was typed (never the password) when the form has errors', async () => {
    const token = (await issueFirstAdministratorToken(t.deps.db))!;
    const response = await post(token, { ...admin, password: 'short', passwordConfirmation: 'other' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('value="Ada Admin"');
    expect(response.body).toContain('at least 8 characters');
    expect(response.body).not.toContain('value="short"');
  });

  it('creates the administrator once with an argon2id hash, then the link and new tokens stop working', async () => {
    const token = (await issueFirstAdministratorToken(t.deps.db))!;
    expect(token.length).toBeGreaterThanOrEqual(43);
    const stored = await t.deps.db.selectFrom('setup_token').select('token_hash').execute();
    expect(stored.map((row) => row.token_hash)).not.toContain(token);

    const response = await post(token, admin);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('The administrator has been created');
    const user = await t.deps.db.selectFrom('user_account').selectAll().executeTakeFirstOrThrow();
    expect(user.email).toBe('ada@example.org');
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(user.password_hash, admin.password)).toBe(true);
    const grants = await t.deps.db
      .selectFrom('role_grant')
      .select(['role', 'user_id'])
      .orderBy('role')
      .execute();
    expect(grants).toEqual([
      { role: 'admin', user_id: user.id },
      { role: 'learner', user_id: user.id },
    ]);
    const audit = await t.deps.db
      .selectFrom('audit_entry')
      .select('action')
      .where('subject_user_id', '=', user.id)
      .execute();
    expect(audit.map((entry) => entry.action)).toContain('first-administrator-created');

    // The administrator signs in at once, and is sent to set up two-step verification first.
    const signIn = await createTestVisitor(t.app).submit('/en/login', {
      email: 'ada@example.org',
      password: admin.password,
    });
    expect(signIn.statusCode).toBe(303);
    expect(signIn.headers.location).toBe('/en/account/two-factor');

    expect((await t.app.inject({ url: `/en/setup?token=${token}` })).statusCode).toBe(404);
    expect(await issueFirstAdministratorToken(t.deps.db)).toBeUndefined();
    const replay = await post(token, { ...admin, email: 'mallory@example.org' });
    expect(replay.statusCode).toBe(403);
    expect(await t.deps.db.selectFrom('user_account').select('id').execute()).toHaveLength(1);
  });
});

describe('setup token expiry', () => {
  it('stops working after one hour', async () => {
    const t = await createTestApp();
    try {
      const token = (await issueFirstAdministratorToken(t.deps.db, new Date(Date.now() - 61 * 60 * 1000)))!;
      expect((await t.app.inject({ url: `/en/setup?token=${token}` })).statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });
});

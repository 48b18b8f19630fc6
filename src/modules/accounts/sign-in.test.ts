import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp } from '../../../test/app.js';
import { createTestVisitor } from '../../../test/browser-session.js';

describe('signing in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '12' });
  });
  afterAll(() => t.close());

  it('starts a database session behind an HttpOnly, SameSite=Lax cookie, with a new token at each sign-in', async () => {
    const user = await createUser(t.deps);
    const visitor = createTestVisitor(t.app);
    const first = await visitor.submit('/en/login', { email: user.email, password: user.password });
    expect(first.statusCode).toBe(303);
    const header = visitor.setCookieHeaders.find((cookie) => cookie.startsWith('jpcoops-session='))!;
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    expect(header).toMatch(/Path=\//);
    const firstToken = visitor.cookie('jpcoops-session');
    const stored = await t.deps.db
      .selectFrom('user_session')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    expect(stored.map((row) => row.id)).not.toContain(firstToken);

    await visitor.submit('/en/login', { email: user.email, password: user.password });
    expect(visitor.cookie('jpcoops-session')).not.toBe(firstToken);
    expect(
      await t.deps.db.selectFrom('user_session').select('id').where('user_id', '=', user.id).execute(),
    ).toHaveLength(1);
    expect((await visitor.get('/en/account')).statusCode).toBe(200);
  });

  it('answers a wrong password and an unknown address alike', async () => {
    const user = await createUser(t.deps);
    const wrong = await createTestVisitor(t.app).submit('/en/login', {
      email: user.email,
      password: 'not the password at all',
    });
    const unknown = await createTestVisitor(t.app).submit('/en/login', {
      email: 'nobody@example.org',
      password: 'not the password at all',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toContain('The email address or the password is not correct.');
    expect(unknown.body).toContain('The email address or the password is not correct.');
    expect(wrong.body).toContain(`value="${user.email}"`);
  });

  it('locks an account for 15 minutes after 6 failures, with the same answer as a wrong password', async () => {
    const user = await createUser(t.deps);
    for (let i = 0; i < 6; i += 1) {
      const visitor = createTestVisitor(t.app, { ip: `192.0.2.${i + 1}` });
      expect(
        (await visitor.submit('/en/login', { email: user.email, password: `wrong ${i}` })).statusCode,
      ).toBe(401);
    }
    const locked = await createTestVisitor(t.app, { ip: '192.0.2.50' }).submit('/en/login', {
      email: user.email,
      password: user.password,
    });
    expect(locked.statusCode).toBe(401);
    expect(locked.body).toContain('The email address or the password is not correct.');
    const row = await t.deps.db
      .selectFrom('user_account')
      .select('locked_until')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(Date.parse(row.locked_until!) - Date.now()).toBeGreaterThan(14 * 60_000);
    const actions = await t.deps.db
      .selectFrom('audit_entry')
      .select('action')
      .where('subject_user_id', '=', user.id)
      .execute();
    expect(actions.map((entry) => entry.action)).toContain('sign-in-locked');

    await t.deps.db
      .updateTable('user_account')
      .set({ locked_until: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', user.id)
      .execute();
    const after = await createTestVisitor(t.app, { ip: '192.0.2.51' }).submit('/en/login', {
      email: user.email,
      password: user.password,
    });
    expect(after.statusCode).toBe(303);
  });

  it('allows 10 sign-in attempts a minute from one address, then answers 429 with Retry-After', async () => {
    const visitor = createTestVisitor(t.app, { ip: '198.51.100.99' });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      statuses.push(
        (await visitor.submit('/en/login', { email: `nobody${i}@example.org`, password: 'whatever it is' }))
          .statusCode,
      );
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('ends the session at sign-out', async () => {
    const user = await createUser(t.deps);
    const visitor = createTestVisitor(t.app);
    await visitor.submit('/en/login', { email: user.email, password: user.password });
    await visitor.get('/en/account');
    const out = await visitor.post('/en/logout', {});
    expect(out.statusCode).toBe(303);
    expect(
      await t.deps.db.selectFrom('user_session').select('id').where('user_id', '=', user.id).execute(),
    ).toHaveLength(0);
    const account = await visitor.get('/en/account');
    expect(account.statusCode).toBe(303);
    expect(account.headers.location).toBe('/en/login?next=%2Fen%2Faccount');
  });

  it('ends sessions idle too long and sessions past their absolute end', async () => {
    const user = await createUser(t.deps);
    const idle = createTestVisitor(t.app);
    await idle.submit('/en/login', { email: user.email, password: user.password });
    await t.deps.db
      .updateTable('user_session')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000).toISOString() })
      .where('user_id', '=', user.id)
      .execute();
    expect((await idle.get('/en/account')).statusCode).toBe(303);

    const old = createTestVisitor(t.app);
    await old.submit('/en/login', { email: user.email, password: user.password });
    await t.deps.db
      .updateTable('user_session')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('user_id', '=', user.id)
      .execute();
    expect((await old.get('/en/account')).statusCode).toBe(303);
  });

  it('sends a staff member without a second factor to enrol one, and their staff grants do not count yet', async () => {
    const admin = await createUser(t.deps, { grants: [{ role: 'admin' }] });
    const visitor = createTestVisitor(t.app);
    const response = await visitor.submit('/en/login', { email: admin.email, password: admin.password });
    expect(response.headers.location).toBe('/en/account/two-factor');
    const account = await visitor.get('/en/account');
    expect(account.body).toContain('two-step verification');
  });

  it('asks for the second factor when one is enrolled, before any session is complete', async () => {
    const user = await createUser(t.deps, { secondFactor: true });
    const visitor = createTestVisitor(t.app);
    const response = await visitor.submit('/en/login?next=/en/account/security', {
      email: user.email,
      password: user.password,
      next: '/en/account/security',
    });
    expect(response.headers.location).toBe('/en/login/second-factor?next=%2Fen%2Faccount%2Fsecurity');
    const session = await t.deps.db
      .selectFrom('user_session')
      .select('stage')
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(session.stage).toBe('pending-second-factor');
    expect((await visitor.get('/en/account')).statusCode).toBe(303);
  });

  it('never redirects to another site after signing in', async () => {
    const user = await createUser(t.deps);
    for (const [index, next] of ['https://evil.example/', '//evil.example/x', '/\\evil.example'].entries()) {
      const response = await createTestVisitor(t.app, { ip: `203.0.113.${200 + index}` }).submit(
        '/en/login',
        { email: user.email, password: user.password, next },
      );
      expect(response.headers.location).toBe('/en/account');
    }
  });
});

describe('session cookie over HTTPS', () => {
  it('is __Host- prefixed and Secure', async () => {
    const t = await createTestApp({ PUBLIC_URL: 'https://training.example.eu' });
    try {
      const user = await createUser(t.deps);
      const visitor = createTestVisitor(t.app);
      await visitor.submit('/en/login', { email: user.email, password: user.password });
      const header = visitor.setCookieHeaders.find((cookie) => cookie.startsWith('__Host-jpcoops-session='));
      expect(header).toBeDefined();
      expect(header).toMatch(/; Secure/i);
      expect(header).toMatch(/HttpOnly/i);
      expect(header).not.toMatch(/Domain=/i);
    } finally {
      await t.close();
    }
  });
});

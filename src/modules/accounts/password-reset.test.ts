import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp } from '../../../test/app.js';
import { createTestVisitor } from '../../../test/browser-session.js';
import { linkFromMail, readOutbox, runDueJobs } from '../../../test/outbox.js';

describe('password reset', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('gives the same answer whether or not the account exists, and mails only an existing one', async () => {
    const user = await createUser(t.deps);
    const known = await createTestVisitor(t.app).submit('/en/password-reset', { email: user.email });
    const unknown = await createTestVisitor(t.app).submit('/en/password-reset', {
      email: 'nobody-here@example.org',
    });
    expect(known.statusCode).toBe(200);
    expect(unknown.statusCode).toBe(200);
    const strip = (html: string) =>
      html.replace(/<input type="hidden"[^>]*>/g, '').replace(/nonce-[a-f0-9]+/g, '');
    expect(strip(known.body)).toBe(strip(unknown.body));
    await runDueJobs(t);
    const mails = readOutbox(t);
    expect(mails.some((mail) => mail.to.includes(user.email))).toBe(true);
    expect(mails.some((mail) => mail.to.includes('nobody-here@example.org'))).toBe(false);
  });

  it('sets a new password with a single-use link, ends every session, and signs nobody in', async () => {
    const user = await createUser(t.deps);
    const other = createTestVisitor(t.app);
    await other.submit('/en/login', { email: user.email, password: user.password });
    await createTestVisitor(t.app).submit('/en/password-reset', { email: user.email });
    await runDueJobs(t);
    const link = linkFromMail(t, user.email, '/password-reset/new');

    const visitor = createTestVisitor(t.app);
    const common = await visitor.submit(
      link,
      {
        password: 'password1',
        passwordConfirmation: 'password1',
        token: new URL(link, 'http://x').searchParams.get('token')!,
      },
      '/en/password-reset/new',
    );
    expect(common.statusCode).toBe(422);
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    const done = await visitor.submit(
      link,
      { password: 'velvet orchard thunder', passwordConfirmation: 'velvet orchard thunder', token },
      '/en/password-reset/new',
    );
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('every session has been signed out');
    expect(visitor.cookie('jpcoops-session')).toBeUndefined();
    expect(
      await t.deps.db.selectFrom('user_session').select('id').where('user_id', '=', user.id).execute(),
    ).toHaveLength(0);
    expect((await other.get('/en/account')).statusCode).toBe(303);

    expect((await visitor.get(link)).statusCode).toBe(404);
    const signIn = await createTestVisitor(t.app).submit('/en/login', {
      email: user.email,
      password: 'velvet orchard thunder',
    });
    expect(signIn.statusCode).toBe(303);
  });

  it('does not bypass the second factor', async () => {
    const user = await createUser(t.deps, { secondFactor: true });
    await createTestVisitor(t.app).submit('/en/password-reset', { email: user.email });
    await runDueJobs(t);
    const link = linkFromMail(t, user.email, '/password-reset/new');
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    const visitor = createTestVisitor(t.app);
    await visitor.submit(
      link,
      { password: 'copper meadow whistles', passwordConfirmation: 'copper meadow whistles', token },
      '/en/password-reset/new',
    );
    const signIn = await visitor.submit('/en/login', {
      email: user.email,
      password: 'copper meadow whistles',
    });
    expect(signIn.headers.location).toMatch(/^\/en\/login\/second-factor/);
  });

  it('refuses a link older than one hour', async () => {
    const user = await createUser(t.deps);
    await createTestVisitor(t.app).submit('/en/password-reset', { email: user.email });
    await runDueJobs(t);
    const link = linkFromMail(t, user.email, '/password-reset/new');
    await t.deps.db
      .updateTable('user_token')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('user_id', '=', user.id)
      .execute();
    expect((await createTestVisitor(t.app).get(link)).statusCode).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp } from '../../../test/app.js';
import { createTestVisitor, type TestVisitor } from '../../../test/browser-session.js';
import { linkFromMail, readOutbox, runDueJobs } from '../../../test/outbox.js';

describe('account security', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function signedIn(user: { email: string; password: string }): Promise<TestVisitor> {
    const visitor = createTestVisitor(t.app);
    await visitor.submit('/en/login', { email: user.email, password: user.password });
    return visitor;
  }

  it('is only for signed-in people', async () => {
    const response = await createTestVisitor(t.app).get('/en/account/security');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/en/login?next=%2Fen%2Faccount%2Fsecurity');
  });

  it('changes the password after checking the current one, rotates this session and ends the others', async () => {
    const user = await createUser(t.deps);
    const elsewhere = await signedIn(user);
    const visitor = await signedIn(user);
    const before = visitor.cookie('jpcoops-session');

    const wrong = await visitor.submit(
      '/en/account/security',
      {
        currentPassword: 'not mine',
        password: 'granite falcon river',
        passwordConfirmation: 'granite falcon river',
      },
      '/en/account/password',
    );
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toContain('Your current password is not correct.');

    const done = await visitor.submit(
      '/en/account/security',
      {
        currentPassword: user.password,
        password: 'granite falcon river',
        passwordConfirmation: 'granite falcon river',
      },
      '/en/account/password',
    );
    expect(done.statusCode).toBe(303);
    expect(visitor.cookie('jpcoops-session')).not.toBe(before);
    expect((await visitor.get('/en/account/security?done=password')).body).toContain(
      'Your password has been changed',
    );
    expect((await elsewhere.get('/en/account')).statusCode).toBe(303);
  });

  it('changes the email address only once the new address confirms it, and tells the old one', async () => {
    const user = await createUser(t.deps);
    const visitor = await signedIn(user);
    const response = await visitor.submit(
      '/en/account/security',
      { email: 'moved@example.org', currentPassword: user.password },
      '/en/account/email',
    );
    expect(response.statusCode).toBe(303);
    expect(
      (
        await t.deps.db
          .selectFrom('user_account')
          .select('email')
          .where('id', '=', user.id)
          .executeTakeFirstOrThrow()
      ).email,
    ).toBe(user.email);
    await runDueJobs(t);
    const link = linkFromMail(t, 'moved@example.org', '/account/email/confirm');
    expect((await createTestVisitor(t.app).get(link)).statusCode).toBe(200);
    expect(
      (
        await t.deps.db
          .selectFrom('user_account')
          .select('email')
          .where('id', '=', user.id)
          .executeTakeFirstOrThrow()
      ).email,
    ).toBe('moved@example.org');
    await runDueJobs(t);
    expect(
      readOutbox(t).some((mail) => mail.to.includes(user.email) && mail.subject.includes('has changed')),
    ).toBe(true);
  });

  it('needs the current password to change the email address', async () => {
    const user = await createUser(t.deps);
    const visitor = await signedIn(user);
    const response = await visitor.submit(
      '/en/account/security',
      { email: 'elsewhere@example.org', currentPassword: 'wrong' },
      '/en/account/email',
    );
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('value="elsewhere@example.org"');
  });

  it('lists my sessions and signs out everywhere', async () => {
    const user = await createUser(t.deps);
    const phone = await signedIn(user);
    const laptop = await signedIn(user);
    const page = await laptop.get('/en/account/security');
    expect(page.body).toContain('this session');
    expect(page.body.match(/<tr>/g)?.length).toBe(3);
    const ended = await laptop.post('/en/account/sessions/end-all', {});
    expect(ended.statusCode).toBe(303);
    expect((await phone.get('/en/account')).statusCode).toBe(303);
    expect((await laptop.get('/en/account')).statusCode).toBe(303);
  });
});

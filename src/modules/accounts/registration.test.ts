import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { createTestVisitor } from '../../../test/browser-session.js';
import { linkFromMail, readOutbox, runDueJobs } from '../../../test/outbox.js';

const registration = (email: string) => ({
  name: 'Łukasz Żółć',
  email,
  password: 'amber lantern quietly harbours',
  profession: 'prison-staff',
  country: 'PL',
  preferredLanguages: ['pl', 'en'],
  sex: '',
});

describe('registration and email verification', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('shows the form with every field labelled, EU Member States first', async () => {
    const page = await createTestVisitor(t.app).get('/it/register');
    expect(page.statusCode).toBe(200);
    for (const id of [
      'register-name',
      'register-email',
      'register-password',
      'register-profession',
      'register-country',
    ]) {
      expect(page.body).toContain(`for="${id}"`);
    }
    expect(page.body.indexOf('value="EL"')).toBeLessThan(page.body.indexOf('value="NO"'));
    expect(page.body).toContain('Grecia');
  });

  it('keeps what was typed, never the password, and explains each problem', async () => {
    const visitor = createTestVisitor(t.app);
    const response = await visitor.submit('/en/register', {
      ...registration('not-an-email'),
      profession: '',
      preferredLanguages: [],
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('value="Łukasz Żółć"');
    expect(response.body).toContain('value="not-an-email"');
    expect(response.body).not.toContain('amber lantern');
    expect(response.body).toContain('Choose your profession.');
    expect(response.body).toContain('Choose at least one language you work in.');
  });

  it('refuses a common password', async () => {
    const response = await createTestVisitor(t.app).submit('/en/register', {
      ...registration('common@example.org'),
      password: 'password123',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('one of the most common');
  });

  it('creates an unverified learner, mails a link that verifies the address once', async () => {
    const visitor = createTestVisitor(t.app);
    const response = await visitor.submit('/en/register', registration('lukasz@example.pl'));
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/en/register/check-email');
    const user = await t.deps.db
      .selectFrom('user_account')
      .selectAll()
      .where('email', '=', 'lukasz@example.pl')
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({
      email_verified_at: null,
      profession: 'prison-staff',
      country: 'PL',
      preferred_languages: 'pl,en',
      sex: null,
    });
    const grants = await t.deps.db
      .selectFrom('role_grant')
      .select('role')
      .where('user_id', '=', user.id)
      .execute();
    expect(grants).toEqual([{ role: 'learner' }]);

    const signInBefore = await visitor.submit('/en/login', {
      email: 'lukasz@example.pl',
      password: 'amber lantern quietly harbours',
    });
    expect(signInBefore.statusCode).toBe(403);
    expect(signInBefore.body).toContain('not confirmed yet');

    await runDueJobs(t);
    const link = linkFromMail(t, 'lukasz@example.pl', '/verify-email');
    const verified = await visitor.get(link);
    expect(verified.statusCode).toBe(303);
    expect(verified.headers.location).toBe('/en/login?verified=1');
    expect((await visitor.get(link)).statusCode).toBe(404);

    const signIn = await visitor.submit('/en/login', {
      email: 'LUKASZ@example.pl',
      password: 'amber lantern quietly harbours',
    });
    expect(signIn.statusCode).toBe(303);
    expect(signIn.headers.location).toBe('/en/account');
  });

  it('answers a second registration of an address the same way, and tells the owner by mail', async () => {
    const before = await t.deps.db.selectFrom('user_account').select('id').execute();
    const response = await createTestVisitor(t.app).submit('/en/register', registration('lukasz@example.pl'));
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/en/register/check-email');
    expect(await t.deps.db.selectFrom('user_account').select('id').execute()).toHaveLength(before.length);
    await runDueJobs(t);
    expect(readOutbox(t).at(-1)).toMatchObject({
      to: 'lukasz@example.pl',
      subject: 'Someone tried to create an account with your address',
    });
  });

  it('limits registrations to 5 an hour from one address', async () => {
    const visitor = createTestVisitor(t.app, { ip: '203.0.113.77' });
    for (let i = 0; i < 5; i += 1) {
      expect((await visitor.submit('/en/register', registration(`limit${i}@example.org`))).statusCode).toBe(
        303,
      );
    }
    const limited = await visitor.submit('/en/register', registration('limit5@example.org'));
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.body).toContain('value="limit5@example.org"');
  });
});

describe('sex given at registration', () => {
  it('is recorded as the consent to count it in EU reporting, under the policy version', async () => {
    const t = await createTestApp();
    try {
      await createTestVisitor(t.app).submit('/en/register', {
        ...registration('ana@example.pt'),
        sex: 'female',
        country: 'PT',
      });
      const user = await t.deps.db
        .selectFrom('user_account')
        .select(['id', 'sex'])
        .where('email', '=', 'ana@example.pt')
        .executeTakeFirstOrThrow();
      expect(user.sex).toBe('female');
      const consents = await t.deps.db
        .selectFrom('consent')
        .select(['kind', 'policy_version', 'withdrawn_at'])
        .where('user_id', '=', user.id)
        .execute();
      expect(consents).toEqual([{ kind: 'sex-reporting', policy_version: '2026-11-29', withdrawn_at: null }]);
    } finally {
      await t.close();
    }
  });
});

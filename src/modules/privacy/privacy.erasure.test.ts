import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, signedInCookie, type TestApp } from '../../../test/app.js';
import { createTestVisitor } from '../../../test/browser-session.js';
import { verifyAuditChain } from '../../platform/audit/index.js';
import { enqueue } from '../../platform/jobs/index.js';
import { createApiTokenFor, findTextAnywhere, insertUserToken } from './privacy.test-kit.js';

const name = 'Ștefan Țîrcă Erasure';
const password = 'a long erasure passphrase 2026';

describe('erasing my account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** Everything a person leaves behind by using the platform, through its real features where they exist. */
  async function personWhoUsedEverything(email: string) {
    const user = await createUser(t.deps, { email, name, password });
    const visitor = createTestVisitor(t.app);
    expect((await visitor.submit('/en/login', { email, password })).statusCode).toBe(303);
    const otherSession = await signedInCookie(t.deps, user.id);
    const profile = await visitor.submit(
      '/en/account/data',
      { name, profession: 'prosecutor', country: 'RO', languages: ['ro', 'en'], sex: 'female' },
      '/en/account/data/profile',
    );
    expect(profile.statusCode).toBe(303);
    const consent = { kind: 'newsletter', action: 'give' };
    expect((await visitor.submit('/en/account/data', consent, '/en/account/data/consents')).statusCode).toBe(
      303,
    );
    const message = await createTestVisitor(t.app).submit('/en/contact', {
      name,
      email: email.toUpperCase(),
      subject: 'Erasure test',
      message: 'Please tell me more about the course on mediation.',
      consent: 'yes',
    });
    expect(message.statusCode).toBe(303);
    const apiToken = await createApiTokenFor(t, user.id);
    await insertUserToken(t, user.id, email);
    await enqueue(t.deps.db, t.deps.jobs.accounts.notifyEmailChanged, {
      userId: user.id,
      locale: 'ro',
      previousEmail: email,
    });
    // A person document, as a future directory of trainers would index one.
    await t.deps.search.upsert({ kind: 'person', id: user.id, language: 'ro', title: name, body: email });
    await insertSecondFactor(user.id);
    await t.deps.db
      .insertInto('national_contact_point')
      .values({ id: uuidv7(), country: 'RO', name: 'Punct național de contact', email, website: null })
      .execute();
    expect((await visitor.get('/api/v1/me/export')).statusCode).toBe(200);
    return { user, visitor, otherSession, apiToken };
  }

  async function insertSecondFactor(userId: string) {
    const now = new Date().toISOString();
    await t.deps.db
      .insertInto('totp_credential')
      .values({ user_id: userId, secret_ciphertext: 'ciphertext', created_at: now, confirmed_at: now })
      .execute();
    await t.deps.db
      .insertInto('recovery_code')
      .values({ user_id: userId, code_hash: `code-${uuidv7()}`, created_at: now })
      .execute();
  }

  it('leaves neither the email nor the name anywhere in the database, and signs the person out everywhere', async () => {
    const email = `stefan.tirca.${uuidv7().slice(-10)}@example.ro`;
    const { user, visitor, otherSession, apiToken } = await personWhoUsedEverything(email);
    const before = await findTextAnywhere(t, [email, name]);
    expect(before.map((hit) => hit.table)).toEqual(
      expect.arrayContaining([
        'user_account',
        'contact_message',
        'job',
        'search_document',
        'national_contact_point',
      ]),
    );

    const erased = await visitor.submit('/en/account/data/erase', { password, confirmation: 'erase' });
    expect(erased.statusCode).toBe(303);
    expect(erased.headers.location).toBe('/en/account/data/erased');
    expect(visitor.cookie('jpcoops-session')).toBeUndefined();
    expect((await visitor.get('/en/account/data/erased')).statusCode).toBe(200);

    expect(await findTextAnywhere(t, [email, name])).toEqual([]);
    const db = t.deps.db;
    expect(await db.selectFrom('user_account').select('id').where('id', '=', user.id).execute()).toEqual([]);
    for (const table of [
      'user_session',
      'user_token',
      'role_grant',
      'consent',
      'totp_credential',
      'recovery_code',
    ] as const) {
      expect(
        await db.selectFrom(table).select('user_id').where('user_id', '=', user.id).execute(),
        table,
      ).toEqual([]);
    }
    expect(
      await db.selectFrom('api_token').select('id').where('owner_user_id', '=', user.id).execute(),
    ).toEqual([]);
    expect(await db.selectFrom('search_document').select('id').where('id', '=', user.id).execute()).toEqual(
      [],
    );
    const audit = await db
      .selectFrom('audit_entry')
      .selectAll()
      .where('action', '=', 'account-erased')
      .where('subject_user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details)).toEqual({ trigger: 'self' });
    expect((await verifyAuditChain(db)).ok).toBe(true);

    // Nothing that used to open the account opens it any more.
    expect((await visitor.get('/en/account/data')).headers.location).toMatch(/^\/en\/login/);
    const oldSession = await t.app.inject({ url: '/api/v1/me/export', headers: { cookie: otherSession } });
    expect(oldSession.statusCode).toBe(401);
    const oldToken = await t.app.inject({
      url: '/api/v1/me/export',
      headers: { authorization: `Bearer ${apiToken.token}` },
    });
    expect(oldToken.statusCode).toBe(401);
    const signIn = await createTestVisitor(t.app).submit('/en/login', { email, password });
    expect(signIn.statusCode).toBe(401);
  });

  it('asks for the password and the confirmation word, and erases nothing when either is wrong', async () => {
    const user = await createUser(t.deps, { password });
    const visitor = createTestVisitor(t.app);
    await visitor.submit('/en/login', { email: user.email, password });
    const page = await visitor.get('/en/account/data/erase');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('for="erase-password"');
    expect(page.body).toContain('for="erase-confirmation"');

    const wrongWord = await visitor.submit('/en/account/data/erase', { password, confirmation: 'delete' });
    expect(wrongWord.statusCode).toBe(422);
    expect(wrongWord.body).toContain('id="erase-confirmation-error"');
    const wrongPassword = await visitor.submit('/en/account/data/erase', {
      password: 'not the password at all',
      confirmation: 'ERASE',
    });
    expect(wrongPassword.statusCode).toBe(422);
    expect(wrongPassword.body).toContain('id="erase-password-error"');
    expect(
      await t.deps.db.selectFrom('user_account').select('id').where('id', '=', user.id).execute(),
    ).toHaveLength(1);
    expect((await visitor.get('/en/account/data')).statusCode).toBe(200);

    // The word is the page's own, accents and case aside.
    const romanian = await visitor.submit('/ro/account/data/erase', { password, confirmation: 'sterge' });
    expect(romanian.statusCode).toBe(303);
    expect(romanian.headers.location).toBe('/ro/account/data/erased');
  });

  it('sends visitors who are not signed in to the sign-in page', async () => {
    const response = await t.app.inject({ url: '/en/account/data/erase' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/en/login?next=%2Fen%2Faccount%2Fdata%2Ferase');
  });

  it('refuses to erase the only administrator, and erases an administrator who has a colleague', async () => {
    const admin = await createUser(t.deps, { password, grants: [{ role: 'admin' }], secondFactor: true });
    const cookie = await signedInCookie(t.deps, admin.id);
    const headers = { cookie, origin: t.deps.config.publicUrl };
    const refused = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers,
      payload: { password },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'conflict' });
    await createUser(t.deps, { grants: [{ role: 'admin' }], secondFactor: true });
    const erased = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers,
      payload: { password },
    });
    expect(erased.statusCode).toBe(204);
  });
});

describe('DELETE /api/v1/me', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const remove = async (headers: Record<string, string>, payload: unknown) =>
    t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers,
      payload: payload as Record<string, unknown>,
    });
  const exists = async (userId: string) =>
    (await t.deps.db.selectFrom('user_account').select('id').where('id', '=', userId).execute()).length === 1;

  it('erases the caller’s account with their password, answers 204 and clears the session cookie', async () => {
    const user = await createUser(t.deps, { password });
    const bystander = await createUser(t.deps);
    const cookie = await signedInCookie(t.deps, user.id);
    const response = await remove({ cookie, origin: t.deps.config.publicUrl }, { password });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expect(String(response.headers['set-cookie'])).toMatch(/jpcoops-session=;.*Expires=Thu, 01 Jan 1970/);
    expect(await exists(user.id)).toBe(false);
    expect(await exists(bystander.id)).toBe(true);
  });

  it('refuses a wrong password with 403 and deletes nothing', async () => {
    const user = await createUser(t.deps, { password });
    const cookie = await signedInCookie(t.deps, user.id);
    const response = await remove(
      { cookie, origin: t.deps.config.publicUrl },
      { password: 'wrong password here' },
    );
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'forbidden' });
    expect(await exists(user.id)).toBe(true);
    const sessions = await t.deps.db
      .selectFrom('user_session')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    expect(sessions).toHaveLength(1);
  });

  it('refuses anonymous callers with a 401 problem', async () => {
    const response = await remove({}, { password });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'unauthenticated' });
  });

  it('refuses an API token, even with the right password: erasure needs the person at the keyboard', async () => {
    const user = await createUser(t.deps, { password });
    const { token } = await createApiTokenFor(t, user.id, ['read', 'write']);
    const response = await remove({ authorization: `Bearer ${token}` }, { password });
    expect(response.statusCode).toBe(403);
    expect(await exists(user.id)).toBe(true);
  });

  it('takes no other person’s id: a body naming one is refused and nobody is erased', async () => {
    const victim = await createUser(t.deps, { password });
    const caller = await createUser(t.deps, { password });
    const cookie = await signedInCookie(t.deps, caller.id);
    const headers = { cookie, origin: t.deps.config.publicUrl };
    const response = await remove(headers, { password, userId: victim.id });
    expect(response.statusCode).toBe(400);
    expect(await exists(victim.id)).toBe(true);
    expect(await exists(caller.id)).toBe(true);
    const byPath = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/${victim.id}`,
      headers,
      payload: { password },
    });
    expect(byPath.statusCode).toBe(404);
    expect(await exists(victim.id)).toBe(true);
  });

  it('stops guessing: the sixth password attempt within a quarter hour is refused with 429', async () => {
    const user = await createUser(t.deps, { password });
    const headers = { cookie: await signedInCookie(t.deps, user.id), origin: t.deps.config.publicUrl };
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await remove(headers, { password: `wrong guess ${attempt}` })).statusCode).toBe(403);
    }
    const limited = await remove(headers, { password });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(await exists(user.id)).toBe(true);
  });
});

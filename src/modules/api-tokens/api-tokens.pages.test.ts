import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, signedInCookie, type TestApp } from '../../../test/app.js';
import { bearer, createTokenViaApi, insertOrganisation, postTokenForm } from './api-tokens.test-kit.js';

const tokenInPage = (html: string) => /jpc_[A-Za-z0-9_-]{43}/.exec(html)?.[0];

describe('API tokens pages', () => {
  let t: TestApp;
  let orgA: string;
  let orgB: string;
  beforeAll(async () => {
    t = await createTestApp();
    orgA = await insertOrganisation(t, 'Scuola Superiore della Magistratura');
    orgB = await insertOrganisation(t, 'École nationale de la magistrature');
  });
  afterAll(() => t.close());

  it('sends visitors to sign in', async () => {
    const response = await t.app.inject({ url: '/en/account/tokens' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/en/login?next=%2Fen%2Faccount%2Ftokens');
  });

  it('creates a token, shows it once and stores only its hash', async () => {
    const user = await createUser(t.deps);
    const cookie = await signedInCookie(t.deps, user.id);
    const response = await postTokenForm(t, cookie, [
      ['name', 'Catalogue sync'],
      ['scopes', 'read'],
      ['scopes', 'write'],
      ['expiresInDays', '30'],
    ]);
    expect(response.statusCode).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    const token = tokenInPage(response.body)!;
    expect(token).toBeDefined();
    expect(response.body).toContain('It is shown only this once');

    const row = await t.deps.db
      .selectFrom('api_token')
      .selectAll()
      .where('owner_user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(crypto.createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token.slice(4));
    expect(row).toMatchObject({ name: 'Catalogue sync', scopes: 'read,write', organisation_id: null });
    const days = (Date.parse(row.expires_at) - Date.parse(row.created_at)) / 86_400_000;
    expect(days).toBeCloseTo(30, 3);

    const audit = await t.deps.db
      .selectFrom('audit_entry')
      .selectAll()
      .where('action', '=', 'api-token-created')
      .where('target_id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(user.id);
    expect(JSON.stringify(audit)).not.toContain(token.slice(4));

    const list = await t.app.inject({ url: '/en/account/tokens', headers: { cookie } });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Catalogue sync');
    expect(list.body).toContain('Active');
    expect(tokenInPage(list.body)).toBeUndefined();

    const me = await t.app.inject({ url: '/api/v1/me', headers: bearer(token) });
    expect(me.statusCode).toBe(200);
  });

  it('keeps what was typed and names the problems of an invalid form', async () => {
    const user = await createUser(t.deps);
    const cookie = await signedInCookie(t.deps, user.id);
    const response = await postTokenForm(t, cookie, [
      ['name', '  '],
      ['expiresInDays', '1000'],
    ]);
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Enter a name for the token.');
    expect(response.body).toContain('Choose at least one scope.');
    expect(response.body).toContain('Choose when the token expires.');
    expect(response.body).toContain('aria-invalid="true"');
    const tooLong = await postTokenForm(t, cookie, [
      ['name', 'x'.repeat(101)],
      ['scopes', 'write'],
      ['expiresInDays', '90'],
    ]);
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.body).toContain(`value="${'x'.repeat(101)}"`);
    expect(
      await t.deps.db.selectFrom('api_token').selectAll().where('owner_user_id', '=', user.id).execute(),
    ).toEqual([]);
  });

  it('offers no organisation to a learner and refuses a forged one', async () => {
    const learner = await createUser(t.deps);
    const cookie = await signedInCookie(t.deps, learner.id);
    const page = await t.app.inject({ url: '/en/account/tokens', headers: { cookie } });
    expect(page.body).not.toContain('name="organisationId"');
    const response = await postTokenForm(t, cookie, [
      ['name', 'Forged'],
      ['scopes', 'read'],
      ['expiresInDays', '90'],
      ['organisationId', orgA],
    ]);
    expect(response.statusCode).toBe(403);
  });

  it('lets a partner-admin create a token for their organisation only', async () => {
    const partner = await createUser(t.deps, {
      grants: [{ role: 'partner-admin', scopeType: 'organisation', scopeId: orgA }],
      secondFactor: true,
    });
    const cookie = await signedInCookie(t.deps, partner.id);
    const page = await t.app.inject({ url: '/en/account/tokens', headers: { cookie } });
    expect(page.body).toContain(`value="${orgA}"`);
    expect(page.body).not.toContain(`value="${orgB}"`);
    const fields = [
      ['name', 'Course feed'],
      ['scopes', 'read'],
      ['expiresInDays', '365'],
    ] as const;
    expect((await postTokenForm(t, cookie, [...fields, ['organisationId', orgB]])).statusCode).toBe(403);
    const created = await postTokenForm(t, cookie, [...fields, ['organisationId', orgA]]);
    expect(created.statusCode).toBe(201);
    expect(created.body).toContain('Scuola Superiore della Magistratura');
    const row = await t.deps.db
      .selectFrom('api_token')
      .select('organisation_id')
      .where('owner_user_id', '=', partner.id)
      .executeTakeFirstOrThrow();
    expect(row.organisation_id).toBe(orgA);
  });

  it('gives a partner-admin without a second factor no organisation', async () => {
    const partner = await createUser(t.deps, {
      grants: [{ role: 'partner-admin', scopeType: 'organisation', scopeId: orgA }],
    });
    const cookie = await signedInCookie(t.deps, partner.id);
    const response = await postTokenForm(t, cookie, [
      ['name', 'Course feed'],
      ['scopes', 'read'],
      ['expiresInDays', '90'],
      ['organisationId', orgA],
    ]);
    expect(response.statusCode).toBe(403);
  });

  it('revokes a token, which then stops working', async () => {
    const user = await createUser(t.deps);
    const cookie = await signedInCookie(t.deps, user.id);
    const { id, token } = await createTokenViaApi(t, user.id);
    const response = await postTokenForm(t, cookie, [], `/en/account/tokens/${id}/revoke`);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/en/account/tokens?revoked=1');
    const list = await t.app.inject({ url: response.headers.location, headers: { cookie } });
    expect(list.body).toContain('The token has been revoked');
    expect(list.body).toContain('Revoked');
    expect((await t.app.inject({ url: '/api/v1/me', headers: bearer(token) })).statusCode).toBe(401);
    const audit = await t.deps.db
      .selectFrom('audit_entry')
      .select('actor_id')
      .where('action', '=', 'api-token-revoked')
      .where('target_id', '=', id)
      .execute();
    expect(audit).toEqual([{ actor_id: user.id }]);
  });

  it('does not let one person revoke another’s token by its id', async () => {
    const owner = await createUser(t.deps);
    const other = await createUser(t.deps);
    const { id, token } = await createTokenViaApi(t, owner.id);
    const cookie = await signedInCookie(t.deps, other.id);
    const response = await postTokenForm(t, cookie, [], `/en/account/tokens/${id}/revoke`);
    expect(response.statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/me', headers: bearer(token) })).statusCode).toBe(200);
  });

  it('refuses a revocation without the form token', async () => {
    const user = await createUser(t.deps);
    const { id } = await createTokenViaApi(t, user.id);
    const response = await t.app.inject({
      method: 'POST',
      url: `/en/account/tokens/${id}/revoke`,
      headers: {
        cookie: await signedInCookie(t.deps, user.id),
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: '',
    });
    expect(response.statusCode).toBe(403);
    const row = await t.deps.db
      .selectFrom('api_token')
      .select('revoked_at')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp } from '../../../test/app.js';
import { bearer, createTokenViaApi, insertOrganisation, sessionHeaders } from './api-tokens.test-kit.js';

describe('API tokens API', () => {
  let t: TestApp;
  let orgA: string;
  let orgB: string;
  beforeAll(async () => {
    t = await createTestApp();
    orgA = await insertOrganisation(t, 'Organisation A');
    orgB = await insertOrganisation(t, 'Organisation B');
  });
  afterAll(() => t.close());

  const expectUnauthenticated = (response: Awaited<ReturnType<TestApp['app']['inject']>>) => {
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 401, code: 'unauthenticated' });
  };

  it('answers GET /api/v1/me for a bearer token, and records its use', async () => {
    const user = await createUser(t.deps, { country: 'RO', profession: 'prosecutor' });
    const { id, token } = await createTokenViaApi(t, user.id);
    const response = await t.app.inject({ url: '/api/v1/me', headers: bearer(token) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      preferredLanguage: 'en',
      profession: 'prosecutor',
      country: 'RO',
      organisationId: null,
      preferredLanguages: [],
      roles: [{ role: 'learner', scopeType: null, scopeId: null }],
      hasSecondFactor: false,
      authenticatedBy: 'token',
      tokenScopes: ['read'],
    });
    const row = await t.deps.db
      .selectFrom('api_token')
      .select('last_used_at')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.last_used_at).not.toBeNull();
  });

  it('answers GET /api/v1/me for a session, and 401 for nobody', async () => {
    const user = await createUser(t.deps);
    const headers = await sessionHeaders(t, user.id);
    const response = await t.app.inject({ url: '/api/v1/me', headers });
    expect(response.json()).toMatchObject({ id: user.id, authenticatedBy: 'session', tokenScopes: null });
    expectUnauthenticated(await t.app.inject({ url: '/api/v1/me' }));
  });

  it('refuses wrong, expired and revoked tokens with a 401 problem', async () => {
    const user = await createUser(t.deps);
    const { token } = await createTokenViaApi(t, user.id);
    const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const wrong of [altered, 'jpc_short', 'not a token', '']) {
      expectUnauthenticated(await t.app.inject({ url: '/api/v1/me', headers: bearer(wrong) }));
    }
    const expired = await createTokenViaApi(t, user.id);
    await t.deps.db
      .updateTable('api_token')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', expired.id)
      .execute();
    expectUnauthenticated(await t.app.inject({ url: '/api/v1/me', headers: bearer(expired.token) }));
    const revoked = await createTokenViaApi(t, user.id);
    const headers = await sessionHeaders(t, user.id);
    const deletion = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/tokens/${revoked.id}`,
      headers,
    });
    expect(deletion.statusCode).toBe(204);
    expectUnauthenticated(await t.app.inject({ url: '/api/v1/me', headers: bearer(revoked.token) }));
  });

  it('creates, lists and revokes tokens for a session, never showing a token twice', async () => {
    const user = await createUser(t.deps);
    const headers = await sessionHeaders(t, user.id);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers,
      payload: { name: 'Nightly export', scopes: ['write', 'read', 'read'] },
    });
    expect(created.statusCode).toBe(201);
    const body = created.json<{ id: string; token: string; scopes: string[]; expiresAt: string }>();
    expect(body.token).toMatch(/^jpc_[A-Za-z0-9_-]{43}$/);
    expect(body.scopes).toEqual(['read', 'write']);
    expect((Date.parse(body.expiresAt) - Date.now()) / 86_400_000).toBeCloseTo(90, 1);

    const list = await t.app.inject({ url: '/api/v1/me/tokens', headers });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(body.token.slice(4));
    expect(list.json()).toEqual({
      tokens: [
        expect.objectContaining({
          id: body.id,
          name: 'Nightly export',
          status: 'active',
          organisation: null,
        }),
      ],
    });
    const revoke = () => t.app.inject({ method: 'DELETE', url: `/api/v1/me/tokens/${body.id}`, headers });
    expect((await revoke()).statusCode).toBe(204);
    expect((await revoke()).statusCode).toBe(204);
    const after = await t.app.inject({ url: '/api/v1/me/tokens', headers });
    expect(after.json<{ tokens: { status: string }[] }>().tokens[0]?.status).toBe('revoked');
  });

  it('validates the request for a new token', async () => {
    const user = await createUser(t.deps);
    const headers = await sessionHeaders(t, user.id);
    for (const payload of [
      { name: '', scopes: ['read'] },
      { name: 'x', scopes: [] },
      { name: 'x', scopes: ['admin'] },
      { name: 'x', scopes: ['read'], expiresInDays: 366 },
      { name: 'x', scopes: ['read'], expiresInDays: 0 },
    ]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/me/tokens',
        headers,
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json()).toMatchObject({ code: 'validation-failed' });
    }
  });

  it('keeps organisation tokens to the organisation’s managers and admins', async () => {
    const learner = await createUser(t.deps);
    const post = async (userId: string, organisationId: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/me/tokens',
        headers: await sessionHeaders(t, userId),
        payload: { name: 'Org', scopes: ['read'], organisationId },
      });
    expect((await post(learner.id, orgA)).statusCode).toBe(403);
    const manager = await createUser(t.deps, {
      grants: [{ role: 'provider-manager', scopeType: 'organisation', scopeId: orgA }],
      secondFactor: true,
    });
    expect((await post(manager.id, orgB)).statusCode).toBe(403);
    const created = await post(manager.id, orgA);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ organisation: { id: orgA, name: 'Organisation A' } });
    const admin = await createUser(t.deps, { grants: [{ role: 'admin' }], secondFactor: true });
    expect((await post(admin.id, orgB)).statusCode).toBe(201);
    expect((await post(admin.id, 'no-such-organisation')).statusCode).toBe(404);
  });

  it('stops an organisation token when its creator leaves the organisation', async () => {
    const manager = await createUser(t.deps, {
      grants: [{ role: 'partner-admin', scopeType: 'organisation', scopeId: orgA }],
      secondFactor: true,
    });
    const { token } = await createTokenViaApi(t, manager.id, {
      name: 'Org',
      scopes: ['read'],
      organisationId: orgA,
    });
    expect((await t.app.inject({ url: '/api/v1/me', headers: bearer(token) })).statusCode).toBe(200);
    await t.deps.db
      .deleteFrom('role_grant')
      .where('user_id', '=', manager.id)
      .where('role', '=', 'partner-admin')
      .execute();
    expectUnauthenticated(await t.app.inject({ url: '/api/v1/me', headers: bearer(token) }));
  });

  it('does not let a token manage tokens', async () => {
    const user = await createUser(t.deps);
    const { id, token } = await createTokenViaApi(t, user.id, { name: 'All', scopes: ['read', 'write'] });
    const requests = [
      { method: 'GET', url: '/api/v1/me/tokens' },
      { method: 'POST', url: '/api/v1/me/tokens', payload: { name: 'Child', scopes: ['read'] } },
      { method: 'DELETE', url: `/api/v1/me/tokens/${id}` },
    ] as const;
    for (const request of requests) {
      const response = await t.app.inject({ ...request, headers: bearer(token) });
      expect(response.statusCode, request.method).toBe(403);
      expect(response.json()).toMatchObject({ code: 'forbidden' });
    }
    const count = await t.deps.db
      .selectFrom('api_token')
      .select(['id', 'revoked_at'])
      .where('owner_user_id', '=', user.id)
      .execute();
    expect(count).toEqual([{ id, revoked_at: null }]);
  });

  it('does not let one person revoke another’s token, nor reveal that it exists', async () => {
    const owner = await createUser(t.deps);
    const other = await createUser(t.deps);
    const { id, token } = await createTokenViaApi(t, owner.id);
    const headers = await sessionHeaders(t, other.id);
    for (const tokenId of [id, 'no-such-token']) {
      const response = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/me/tokens/${tokenId}`,
        headers,
      });
      expect(response.statusCode).toBe(404);
    }
    const list = await t.app.inject({ url: '/api/v1/me/tokens', headers });
    expect(list.json()).toEqual({ tokens: [] });
    expect((await t.app.inject({ url: '/api/v1/me', headers: bearer(token) })).statusCode).toBe(200);
  });

  it('refuses a cross-origin request made with a session cookie', async () => {
    const user = await createUser(t.deps);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: { ...(await sessionHeaders(t, user.id)), origin: 'https://evil.example' },
      payload: { name: 'Stolen', scopes: ['read'] },
    });
    expect(response.statusCode).toBe(403);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const document = (await t.app.inject({ url: '/api/v1/openapi.json' })).json<{
      paths: Record<string, Record<string, { tags?: string[] }>>;
    }>();
    expect(document.paths['/api/v1/me']?.get?.tags).toEqual(['account']);
    expect(Object.keys(document.paths['/api/v1/me/tokens'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(document.paths['/api/v1/me/tokens/{id}']?.delete?.tags).toEqual(['account']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../src/modules/accounts/index.js';
import type { RouteEntry } from '../src/platform/http/route-access.js';
import { createTestApp, createUser, signedInCookie, type TestApp } from './app.js';
import { createTestVisitor, type TestVisitor } from './browser-session.js';

/**
 * The route × role matrix, built from the application's own route table: every route that is not
 * public refuses visitors, and every role-restricted route refuses signed-in people who hold every
 * role but the ones it needs.
 */

const concrete = (url: string) =>
  url
    .replace(':lang', 'en')
    .replace(/:(id|grantId)/g, '0196f5a0-0000-7000-8000-000000000000')
    .replace(/:\w+/g, 'x')
    .replace('*', 'x');

function isRefusal(
  route: RouteEntry,
  response: { statusCode: number; headers: Record<string, unknown> },
): boolean {
  if (response.statusCode === 401 || response.statusCode === 403) return true;
  // A page sends visitors to sign in.
  return response.statusCode === 303 && String(response.headers.location).startsWith('/en/login');
}

async function call(visitor: TestVisitor, route: RouteEntry) {
  const url = concrete(route.url);
  if (route.method === 'GET') return visitor.get(url);
  if (url.startsWith('/api/')) return visitor.send(route.method, url, { origin: 'http://localhost:3000' });
  return visitor.post(url, {});
}

describe('route × role matrix', () => {
  let t: TestApp;
  let routes: RouteEntry[];
  beforeAll(async () => {
    t = await createTestApp({ METRICS_TOKEN: 'a-metrics-token-for-tests' });
    routes = t.app.routeTable;
  });
  afterAll(() => t.close());

  /** A visitor holding the session of a new user with `grants`, and a CSRF token for its forms. */
  async function visitorWith(grants: Role[]): Promise<TestVisitor> {
    const user = await createUser(t.deps, {
      secondFactor: true,
      grants: grants.map((role) =>
        role === 'contact-point'
          ? { role, scopeType: 'country' as const, scopeId: 'IT' }
          : ['provider-manager', 'partner-admin'].includes(role)
            ? { role, scopeType: 'organisation' as const, scopeId: 'another-organisation' }
            : { role },
      ),
    });
    const visitor = createTestVisitor(t.app);
    const [name = '', value = ''] = (await signedInCookie(t.deps, user.id)).split('=');
    visitor.setCookie(name, value);
    await visitor.get('/en/contact');
    return visitor;
  }

  it('covers every route, and declares most of them non-public', () => {
    expect(routes.length).toBeGreaterThan(60);
    expect(routes.filter((route) => route.access !== 'public').length).toBeGreaterThan(40);
  });

  it('refuses visitors on every route that is not public', async () => {
    const visitor = createTestVisitor(t.app);
    await visitor.get('/en/contact');
    const accepted: string[] = [];
    for (const route of routes.filter((entry) => entry.access !== 'public')) {
      const response = await call(visitor, route);
      if (!isRefusal(route, response)) accepted.push(`${route.method} ${route.url} → ${response.statusCode}`);
    }
    expect(accepted).toEqual([]);
  });

  it('refuses, on every role-restricted route, people who hold every other role', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      if (typeof route.access === 'string') continue;
      const allowed = new Set<string>(['admin', ...route.access.anyRole]);
      const visitor = await visitorWith(roles.filter((role) => !allowed.has(role)));
      const response = await call(visitor, route);
      if (response.statusCode !== 403) failures.push(`${route.method} ${route.url} → ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('lets the roles a route names through its outer wall', async () => {
    const wrongly: string[] = [];
    let checked = 0;
    for (const route of routes) {
      if (
        typeof route.access === 'string' ||
        route.method !== 'GET' ||
        route.url.replace(':lang', '').includes(':')
      )
        continue;
      const visitor = await visitorWith([route.access.anyRole[0] as Role]);
      const response = await call(visitor, route);
      checked += 1;
      if (
        response.statusCode === 401 ||
        (response.statusCode === 303 && String(response.headers.location).includes('/login'))
      ) {
        wrongly.push(`${route.url} → ${response.statusCode}`);
      }
    }
    expect(wrongly).toEqual([]);
    expect(checked).toBeGreaterThan(5);
  });
});

describe('no IDOR: one person never reaches another’s data by changing an id', () => {
  it('keeps API tokens and user pages to their owners', async () => {
    const t = await createTestApp();
    try {
      const owner = await createUser(t.deps);
      const other = await createUser(t.deps);
      const ownerCookie = await signedInCookie(t.deps, owner.id);
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/me/tokens',
        headers: { cookie: ownerCookie, origin: 'http://localhost:3000' },
        payload: { name: 'reporting script', scopes: ['read'], expiresInDays: 30 },
      });
      expect(created.statusCode).toBe(201);
      const { id, token } = created.json<{ id: string; token: string }>();

      const otherCookie = await signedInCookie(t.deps, other.id);
      const deleted = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/me/tokens/${id}`,
        headers: { cookie: otherCookie, origin: 'http://localhost:3000' },
      });
      expect([403, 404]).toContain(deleted.statusCode);
      const stillValid = await t.app.inject({
        url: '/api/v1/me',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(stillValid.json<{ id: string }>().id).toBe(owner.id);

      const list = await t.app.inject({ url: '/api/v1/me/tokens', headers: { cookie: otherCookie } });
      expect(list.body).not.toContain(id);
      const profile = await t.app.inject({
        url: `/en/admin/users/${owner.id}`,
        headers: { cookie: otherCookie },
      });
      expect(profile.statusCode).toBe(403);
      expect(profile.body).not.toContain(owner.email);
    } finally {
      await t.close();
    }
  });
});

// Helpers shared by the admin module's tests (imported by *.test.ts files only).
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import {
  cookieHeader,
  createUser,
  csrfTokenFrom,
  signedInCookie,
  type TestApp,
  type TestUser,
} from '../../../test/app.js';
import type { Role } from '../accounts/index.js';

export interface SignedInUser extends TestUser {
  readonly cookie: string;
}

type GrantSpec = { role: Role; scopeType?: 'organisation' | 'country'; scopeId?: string };

/** A person with `grants` (a learner when none) and a signed-in session; staff get a second factor unless told. */
export async function signedIn(
  t: TestApp,
  grants: readonly GrantSpec[] = [],
  options: { secondFactor?: boolean; name?: string; email?: string } = {},
): Promise<SignedInUser> {
  const user = await createUser(t.deps, {
    grants,
    secondFactor: options.secondFactor ?? grants.length > 0,
    ...(options.name ? { name: options.name } : {}),
    ...(options.email ? { email: options.email } : {}),
  });
  return { ...user, cookie: await signedInCookie(t.deps, user.id) };
}

export function get(t: TestApp, url: string, cookie?: string) {
  return t.app.inject({ url, headers: cookie ? { cookie } : {} });
}

/** GETs `formPage` as `cookie` would, then POSTs `fields` to `url` with the page's CSRF token. */
export async function postForm(
  t: TestApp,
  options: { formPage: string; url: string; cookie: string; fields?: Record<string, string> },
): Promise<LightMyRequestResponse> {
  const page = await get(t, options.formPage, options.cookie);
  expect(page.statusCode, `GET ${options.formPage}`).toBeLessThan(500);
  return t.app.inject({
    method: 'POST',
    url: options.url,
    headers: {
      cookie: `${options.cookie}; ${cookieHeader(page.headers['set-cookie'])}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: new URLSearchParams({ ...options.fields, _csrf: csrfTokenFrom(page.body) }).toString(),
  });
}

/** An anonymous visitor on an HTML page is sent to the sign-in page. */
export function expectSignInRedirect(response: LightMyRequestResponse, locale = 'en'): void {
  expect(response.statusCode).toBe(303);
  expect(response.headers.location).toMatch(new RegExp(`^/${locale}/login`));
}

export async function auditEntries(t: TestApp, action: string) {
  return t.deps.db
    .selectFrom('audit_entry')
    .selectAll()
    .where('action', '=', action)
    .orderBy('seq')
    .execute();
}

import { uuidv7 } from 'uuidv7';
import { cookieHeader, csrfTokenFrom, signedInCookie, type TestApp } from '../../../test/app.js';

/** Test helpers of the module: organisations, signed-in people and the token form. */
export async function insertOrganisation(t: TestApp, name: string): Promise<string> {
  const id = uuidv7();
  await t.deps.db
    .insertInto('organisation')
    .values({ id, slug: `org-${id.slice(-12)}`, name, type: 'judicial-school', country: 'IT' })
    .execute();
  return id;
}

/** Posts the token form as a browser would: the page first (for the CSRF token), then the form. */
export async function postTokenForm(
  t: TestApp,
  sessionCookie: string,
  fields: readonly (readonly [string, string])[],
  url = '/en/account/tokens',
) {
  const page = await t.app.inject({ url: '/en/account/tokens', headers: { cookie: sessionCookie } });
  const cookie = [sessionCookie, cookieHeader(page.headers['set-cookie'])].filter(Boolean).join('; ');
  const body = new URLSearchParams({ _csrf: csrfTokenFrom(page.body) });
  for (const [name, value] of fields) body.append(name, value);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: body.toString(),
  });
}

/** A token made through the API with a session, as its owner would. */
export async function createTokenViaApi(
  t: TestApp,
  userId: string,
  body: Record<string, unknown> = { name: 'Script', scopes: ['read'] },
): Promise<{ id: string; token: string }> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/tokens',
    headers: await sessionHeaders(t, userId),
    payload: body,
  });
  if (response.statusCode !== 201) throw new Error(`token not created: ${response.body}`);
  return response.json<{ id: string; token: string }>();
}

/**
 * What a browser sends with a same-site API call: the session cookie and its Origin (the platform
 * refuses unsafe API calls that ride on a session cookie without one).
 */
export async function sessionHeaders(t: TestApp, userId: string): Promise<Record<string, string>> {
  return {
    cookie: await signedInCookie(t.deps, userId),
    origin: new URL(t.deps.config.publicUrl).origin,
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

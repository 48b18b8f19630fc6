import { cookieHeader, createUser, csrfTokenFrom, signedInCookie, type TestApp } from '../../../test/app.js';
import type { Role } from '../accounts/index.js';
import { sessionHeaders } from '../api-tokens/api-tokens.test-kit.js';
import { seedOrganisation } from '../organisations/organisations.test-kit.js';

/** Test helpers of toolkit contributions and reviews. */

export interface Person {
  readonly userId: string;
  /** For the API: session cookie and our own origin. */
  readonly headers: Record<string, string>;
  /** For pages: the session cookie alone. */
  readonly cookie: string;
}

export async function person(
  t: TestApp,
  grants: readonly { role: Role; scopeType?: 'organisation'; scopeId?: string }[],
): Promise<Person> {
  const user = await createUser(t.deps, { grants, secondFactor: true });
  return {
    userId: user.id,
    headers: await sessionHeaders(t, user.id),
    cookie: await signedInCookie(t.deps, user.id),
  };
}

/** A member of `organisationId`: a trainer there. */
export const memberOf = (t: TestApp, organisationId: string, role: Role = 'trainer') =>
  person(t, [{ role, scopeType: 'organisation', scopeId: organisationId }]);

export const seedPartner = (t: TestApp, name = 'Scuola Superiore della Magistratura') =>
  seedOrganisation(t.deps.db, { name, type: 'judicial-school' });

/** A valid contribution body for the API. */
export function contributionBody(organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organisationId,
    type: 'practice',
    sourceLanguage: 'it',
    texts: [
      {
        language: 'it',
        title: 'Colloqui motivazionali in carcere',
        summary:
          'Come il personale penitenziario conduce colloqui con detenuti a rischio di radicalizzazione.',
      },
      {
        language: 'en',
        title: 'Motivational interviews in prison',
        summary: 'How prison staff interview inmates.',
      },
    ],
    topics: ['radicalisation'],
    professions: ['prison-staff'],
    languages: ['it', 'en'],
    countries: ['IT'],
    instruments: ['32008F0909'],
    originalUrl: 'https://example.org/colloqui',
    doi: null,
    contact: 'formazione@example.org',
    publishedOn: '2025-03',
    licence: 'CC BY 4.0',
    evaluation: null,
    transferability: 'Applicable wherever prison staff are trained.',
    ...overrides,
  };
}

export async function contributeViaApi(
  t: TestApp,
  contributor: Person,
  body: Record<string, unknown>,
): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/resources',
    headers: contributor.headers,
    payload: body,
  });
  if (response.statusCode !== 201) throw new Error(`not contributed: ${response.body}`);
  return response.json<{ id: string }>().id;
}

export async function callApi(
  t: TestApp,
  who: Person,
  method: 'POST' | 'PATCH',
  url: string,
  payload?: unknown,
) {
  return t.app.inject({
    method,
    url,
    headers: who.headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

/** Contributes, submits and approves a resource: published as version 1. */
export async function publishedContribution(
  t: TestApp,
  contributor: Person,
  reviewer: Person,
  body: Record<string, unknown>,
): Promise<string> {
  const id = await contributeViaApi(t, contributor, body);
  await callApi(t, contributor, 'POST', `/api/v1/resources/${id}/submit`);
  const approved = await callApi(t, reviewer, 'POST', `/api/v1/resources/${id}/reviews`, {
    decision: 'approve',
    evidence: 'inspiring',
  });
  if (approved.statusCode !== 200) throw new Error(`not approved: ${approved.body}`);
  return id;
}

/** POSTs a URL-encoded form (fields may repeat) with the CSRF token of `formUrl`, as a browser would. */
export async function postForm(
  t: TestApp,
  cookie: string,
  formUrl: string,
  action: string,
  fields: readonly (readonly [string, string])[],
) {
  const page = await t.app.inject({ url: formUrl, headers: { cookie } });
  if (page.statusCode !== 200) throw new Error(`GET ${formUrl} answered ${page.statusCode}`);
  const body = new URLSearchParams({ _csrf: csrfTokenFrom(page.body) });
  for (const [name, value] of fields) body.append(name, value);
  return t.app.inject({
    method: 'POST',
    url: action,
    headers: {
      cookie: `${cookie}; ${cookieHeader(page.headers['set-cookie'])}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: body.toString(),
  });
}

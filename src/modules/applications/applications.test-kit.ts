import { createUser, type TestApp } from '../../../test/app.js';
import { sessionHeaders } from '../api-tokens/api-tokens.test-kit.js';
import {
  courseBody,
  createCourseViaApi,
  managerHeaders,
  seedProvider,
} from '../catalogue/catalogue.test-kit.js';

type Headers = Record<string, string>;
type Response = Awaited<ReturnType<TestApp['app']['inject']>>;

export interface TestSession {
  readonly providerId: string;
  readonly manager: Headers;
  readonly courseId: string;
  readonly sessionId: string;
}

let providerCount = 0;

/** A published course of a new provider with one session open for applications (overridable). */
export async function openSession(t: TestApp, session: Record<string, unknown> = {}): Promise<TestSession> {
  providerCount += 1;
  const providerId = await seedProvider(t, `Judicial school ${providerCount}`);
  const manager = await managerHeaders(t, providerId);
  const courseId = await createCourseViaApi(t, manager, courseBody(providerId), {
    sessions: [{ status: 'open', ...session }],
  });
  const row = await t.deps.db
    .selectFrom('course_session')
    .select('id')
    .where('course_id', '=', courseId)
    .executeTakeFirstOrThrow();
  return { providerId, manager, courseId, sessionId: row.id };
}

/** A signed-in learner of `country`, as their browser would call the API. */
export async function learnerOf(t: TestApp, country = 'IT'): Promise<{ id: string; headers: Headers }> {
  const user = await createUser(t.deps, { country });
  return { id: user.id, headers: await sessionHeaders(t, user.id) };
}

export async function contactPointOf(t: TestApp, country: string): Promise<Headers> {
  const user = await createUser(t.deps, {
    grants: [{ role: 'contact-point', scopeType: 'country', scopeId: country }],
    secondFactor: true,
  });
  return sessionHeaders(t, user.id);
}

export const applicationBody = (overrides: Record<string, unknown> = {}) => ({
  motivation: 'I handle transfers of sentenced persons under FD 2008/909.',
  position: 'Investigating judge',
  consentShare: true,
  ...overrides,
});

export function apply(
  t: TestApp,
  headers: Headers,
  sessionId: string,
  body: Record<string, unknown> = applicationBody(),
): Promise<Response> {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/sessions/${sessionId}/applications`,
    headers,
    payload: body,
  });
}

/** Applies and returns the new application's id, failing loudly otherwise. */
export async function applied(t: TestApp, headers: Headers, sessionId: string): Promise<string> {
  const response = await apply(t, headers, sessionId);
  if (response.statusCode !== 201) throw new Error(`not applied: ${response.body}`);
  return response.json<{ id: string }>().id;
}

export function act(
  t: TestApp,
  headers: Headers,
  applicationId: string,
  action: string,
  body: Record<string, unknown> = {},
): Promise<Response> {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${applicationId}/${action}`,
    headers,
    payload: body,
  });
}

export async function statusOf(t: TestApp, applicationId: string): Promise<string> {
  const row = await t.deps.db
    .selectFrom('application')
    .select('status')
    .where('id', '=', applicationId)
    .executeTakeFirstOrThrow();
  return row.status;
}

export const codeOf = (response: Response) => response.json<{ code?: string }>().code;

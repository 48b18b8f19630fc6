// Helpers shared by the desks' tests (imported by *.test.ts files only).
import { createUser, signedInCookie, type TestApp } from '../../../test/app.js';
import { createTestVisitor, type TestVisitor } from '../../../test/browser-session.js';
import type { Role } from '../accounts/index.js';
import { sessionHeaders } from '../api-tokens/api-tokens.test-kit.js';
import { applied } from './applications.test-kit.js';

type Grant = { role: Role; scopeType?: 'organisation' | 'country'; scopeId?: string };

/** A browser signed in as a new person with `grants` (and a second factor), keeping cookies and CSRF tokens. */
export async function staffVisitor(
  t: TestApp,
  grants: readonly Grant[],
): Promise<{ id: string; visitor: TestVisitor; headers: Record<string, string> }> {
  const user = await createUser(t.deps, { grants, secondFactor: true });
  const visitor = createTestVisitor(t.app);
  const [name = '', value = ''] = (await signedInCookie(t.deps, user.id)).split('=');
  visitor.setCookie(name, value);
  return { id: user.id, visitor, headers: await sessionHeaders(t, user.id) };
}

export const contactPointVisitor = (t: TestApp, country: string) =>
  staffVisitor(t, [{ role: 'contact-point', scopeType: 'country', scopeId: country }]);

export const managerVisitor = (t: TestApp, providerId: string) =>
  staffVisitor(t, [{ role: 'provider-manager', scopeType: 'organisation', scopeId: providerId }]);

/** A named learner of `country` who applies to the session; returns the application's id. */
export async function namedApplication(
  t: TestApp,
  sessionId: string,
  name: string,
  country: string,
): Promise<string> {
  const learner = await createUser(t.deps, { name, country });
  return applied(t, await sessionHeaders(t, learner.id), sessionId);
}

export async function auditEntriesOf(t: TestApp, actorId: string, action: string) {
  return t.deps.db
    .selectFrom('audit_entry')
    .select(['target_id', 'details'])
    .where('actor_id', '=', actorId)
    .where('action', '=', action)
    .execute();
}

export async function rankOf(t: TestApp, applicationId: string): Promise<number | null> {
  const row = await t.deps.db
    .selectFrom('application')
    .select('rank')
    .where('id', '=', applicationId)
    .executeTakeFirstOrThrow();
  return row.rank;
}

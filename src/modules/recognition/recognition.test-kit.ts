import { createUser, type TestApp } from '../../../test/app.js';
import { sessionHeaders } from '../api-tokens/api-tokens.test-kit.js';
import { seedOrganisation } from '../organisations/organisations.test-kit.js';
import type { OrganisationType } from '../organisations/organisations.table.js';

/** Test helpers of recognitions: academic bodies, their partner admins, a valid recognition body. */
export async function seedBody(
  t: TestApp,
  name: string,
  options: { type?: OrganisationType; awardsCredits?: boolean; slug?: string } = {},
): Promise<string> {
  const id = await seedOrganisation(t.deps.db, {
    name,
    type: options.type ?? 'university',
    ...(options.slug ? { slug: options.slug } : {}),
  });
  if (options.awardsCredits) {
    await t.deps.db.updateTable('organisation').set({ awards_credits: 1 }).where('id', '=', id).execute();
  }
  return id;
}

/** A partner admin of `organisationId` with a second factor; returns their id and API headers. */
export async function partnerAdmin(t: TestApp, organisationId: string) {
  const user = await createUser(t.deps, {
    grants: [{ role: 'partner-admin', scopeType: 'organisation', scopeId: organisationId }],
    secondFactor: true,
  });
  return { userId: user.id, headers: await sessionHeaders(t, user.id) };
}

export function recognitionBody(organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organisationId,
    creditSystem: 'ECTS',
    amount: 3,
    conditions: 'Assessment passed',
    validFrom: '2026-01-01',
    validUntil: '2030-12-31',
    ...overrides,
  };
}

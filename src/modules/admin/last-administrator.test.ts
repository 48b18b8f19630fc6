import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInCookie, type TestApp } from '../../../test/app.js';
import { auditEntries, expectSignInRedirect, get, postForm, signedIn } from './admin.test-kit.js';

describe('the last administrator', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const adminGrantOf = async (userId: string) =>
    (
      await t.deps.db
        .selectFrom('role_grant')
        .select('id')
        .where('user_id', '=', userId)
        .where('role', '=', 'admin')
        .executeTakeFirstOrThrow()
    ).id;

  it('cannot be revoked, even with a second administrator who has no second factor (409)', async () => {
    const admin = await signedIn(t, [{ role: 'admin' }]);
    await signedIn(t, [{ role: 'admin' }], { secondFactor: false });
    const grantId = await adminGrantOf(admin.id);
    const response = await postForm(t, {
      formPage: `/en/admin/users/${admin.id}`,
      url: `/en/admin/users/${admin.id}/grants/${grantId}/revoke`,
      cookie: admin.cookie,
    });
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('there must always be one');
    expect(await adminGrantOf(admin.id)).toBe(grantId);
    expect(await auditEntries(t, 'role-revoked')).toEqual([]);
    expect((await get(t, '/en/admin', admin.cookie)).statusCode).toBe(200);
  });

  it('can step down once another administrator can act, and gets a fresh session', async () => {
    const leaving = await signedIn(t, [{ role: 'admin' }]);
    await signedIn(t, [{ role: 'admin' }]);
    const response = await postForm(t, {
      formPage: `/en/admin/users/${leaving.id}`,
      url: `/en/admin/users/${leaving.id}/grants/${await adminGrantOf(leaving.id)}/revoke`,
      cookie: leaving.cookie,
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/en/account');
    const rotated = String(response.headers['set-cookie']);
    expect(rotated).toContain('jpcoops-session=');
    expectSignInRedirect(await get(t, '/en/admin', leaving.cookie));
    const fresh = rotated.split(';')[0]!;
    expect((await get(t, '/en/admin', fresh)).statusCode).toBe(403);
  });

  it('still works for a person given a fresh sign-in after a grant', async () => {
    const admin = await signedIn(t, [{ role: 'admin' }]);
    const person = await signedIn(t);
    await postForm(t, {
      formPage: `/en/admin/users/${person.id}`,
      url: `/en/admin/users/${person.id}/grants`,
      cookie: admin.cookie,
      fields: { role: 'coordinator' },
    });
    await t.deps.db
      .updateTable('user_account')
      .set({ second_factor_enabled_at: new Date().toISOString() })
      .where('id', '=', person.id)
      .execute();
    const again = await signedInCookie(t.deps, person.id);
    expect((await get(t, '/en/admin/messages', again)).statusCode).toBe(200);
  });
});

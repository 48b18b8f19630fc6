import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import {
  auditEntries,
  expectSignInRedirect,
  get,
  postForm,
  signedIn,
  type SignedInUser,
} from './admin.test-kit.js';

describe('users and roles /{lang}/admin/users', () => {
  let t: TestApp;
  let admin: SignedInUser;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await signedIn(t, [{ role: 'admin' }], { name: 'Ada Admin' });
  });
  afterAll(() => t.close());

  const grantsOf = (userId: string) =>
    t.deps.db
      .selectFrom('role_grant')
      .select(['id', 'role', 'scope_type', 'scope_id', 'granted_by'])
      .where('user_id', '=', userId)
      .orderBy('granted_at')
      .execute();
  const sessionCount = async (userId: string) =>
    (await t.deps.db.selectFrom('user_session').select('id').where('user_id', '=', userId).execute()).length;

  async function insertOrganisation(name: string): Promise<string> {
    const id = uuidv7();
    await t.deps.db
      .insertInto('organisation')
      .values({ id, slug: `org-${id}`, name, type: 'judicial-school', country: 'IT' })
      .execute();
    return id;
  }

  describe('access', () => {
    it('sends anonymous visitors to sign in and refuses learners and coordinators', async () => {
      const target = await signedIn(t);
      expectSignInRedirect(await get(t, '/en/admin/users'));
      expectSignInRedirect(await get(t, `/en/admin/users/${target.id}`));
      const coordinator = await signedIn(t, [{ role: 'coordinator' }]);
      for (const who of [target, coordinator]) {
        expect((await get(t, '/en/admin/users', who.cookie)).statusCode).toBe(403);
        expect((await get(t, `/en/admin/users/${admin.id}`, who.cookie)).statusCode).toBe(403);
      }
      expect(await auditEntries(t, 'personal-data-viewed')).toEqual([]);
    });

    it('refuses a grant from a coordinator, and a form without a CSRF token', async () => {
      const coordinator = await signedIn(t, [{ role: 'coordinator' }]);
      const learner = await signedIn(t);
      const viaCoordinator = await postForm(t, {
        formPage: '/en/admin',
        url: `/en/admin/users/${learner.id}/grants`,
        cookie: coordinator.cookie,
        fields: { role: 'admin' },
      });
      expect(viaCoordinator.statusCode).toBe(403);
      const withoutToken = await t.app.inject({
        method: 'POST',
        url: `/en/admin/users/${learner.id}/grants`,
        headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'role=admin',
      });
      expect(withoutToken.statusCode).toBe(403);
      expect((await grantsOf(learner.id)).map((grant) => grant.role)).toEqual(['learner']);
    });
  });

  describe('the list', () => {
    it('finds people by part of their name or email, case-insensitively, and filters by role', async () => {
      await signedIn(t, [], { name: 'Maria Rossi', email: 'maria.rossi@giustizia.example.it' });
      await signedIn(t, [{ role: 'contact-point', scopeType: 'country', scopeId: 'RO' }], {
        name: 'Ion Popescu',
        email: 'ion@just.example.ro',
      });
      const byName = await get(t, '/en/admin/users?q=ROSSI', admin.cookie);
      expect(byName.statusCode).toBe(200);
      expect(byName.body).toContain('Maria Rossi');
      expect(byName.body).not.toContain('Ion Popescu');
      expect(byName.body).toContain('One account found');

      const byEmail = await get(t, '/en/admin/users?q=just.example', admin.cookie);
      expect(byEmail.body).toContain('Ion Popescu');
      expect(byEmail.body).not.toContain('Maria Rossi');

      const byRole = await get(t, '/en/admin/users?role=contact-point', admin.cookie);
      expect(byRole.body).toContain('Ion Popescu');
      expect(byRole.body).not.toContain('Maria Rossi');
      expect(byRole.body).toContain('National contact point');
    });

    it('takes LIKE wildcards in the search literally and ignores unknown filters', async () => {
      const wildcard = await get(t, '/en/admin/users?q=%25', admin.cookie);
      expect(wildcard.statusCode).toBe(200);
      expect(wildcard.body).toContain('No account found');
      const unknownRole = await get(t, '/en/admin/users?role=emperor&page=abc', admin.cookie);
      expect(unknownRole.statusCode).toBe(200);
      expect(unknownRole.body).toContain('Ada Admin');
    });

    it('pages through many accounts, keeping the filters in the links', async () => {
      for (let i = 0; i < 26; i += 1)
        await signedIn(t, [], { name: `Paged Person ${String(i).padStart(2, '0')}` });
      const first = await get(t, '/en/admin/users?q=paged', admin.cookie);
      expect(first.body).toContain('26 accounts found');
      expect(first.body).toContain('Page 1 of 2');
      expect(first.body).toContain('href="/en/admin/users?q=paged&amp;page=2"');
      expect(first.body).not.toContain('Paged Person 25');
      const second = await get(t, '/en/admin/users?q=paged&page=2', admin.cookie);
      expect(second.body).toContain('Paged Person 25');
      expect(second.body).not.toContain('Paged Person 00');
    });
  });

  describe('a person’s page', () => {
    it('shows the profile and grants, and audits the view of someone else’s data', async () => {
      const person = await signedIn(t, [], { name: 'Petra Novák' });
      const response = await get(t, `/en/admin/users/${person.id}`, admin.cookie);
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body).toContain('Petra Novák');
      expect(response.body).toContain(person.email);
      expect(response.body).toContain('Learner');
      const [entry] = (await auditEntries(t, 'personal-data-viewed')).filter(
        (row) => row.subject_user_id === person.id,
      );
      expect(entry).toMatchObject({ actor_id: admin.id, subject_user_id: person.id, target_id: person.id });
      expect(JSON.parse(entry!.details)).toEqual({ page: 'admin-user' });
    });

    it('answers 404 for an unknown id, and audits nothing', async () => {
      const before = (await auditEntries(t, 'personal-data-viewed')).length;
      expect((await get(t, `/en/admin/users/${uuidv7()}`, admin.cookie)).statusCode).toBe(404);
      expect(await auditEntries(t, 'personal-data-viewed')).toHaveLength(before);
    });
  });

  describe('granting and revoking', () => {
    it('grants a country-scoped role, audits it and ends the person’s sessions', async () => {
      const person = await signedIn(t);
      expect(await sessionCount(person.id)).toBe(1);
      const response = await postForm(t, {
        formPage: `/en/admin/users/${person.id}`,
        url: `/en/admin/users/${person.id}/grants`,
        cookie: admin.cookie,
        fields: { role: 'contact-point', country: 'EL', organisationId: '' },
      });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(`/en/admin/users/${person.id}?done=granted`);
      const grant = (await grantsOf(person.id)).find((row) => row.role === 'contact-point');
      expect(grant).toMatchObject({ scope_type: 'country', scope_id: 'EL', granted_by: admin.id });
      const [entry] = (await auditEntries(t, 'role-granted')).filter(
        (row) => row.subject_user_id === person.id,
      );
      expect(entry).toMatchObject({ actor_id: admin.id, target_id: grant!.id });
      expect(JSON.parse(entry!.details)).toEqual({
        role: 'contact-point',
        scopeType: 'country',
        scopeId: 'EL',
      });
      expect(await sessionCount(person.id)).toBe(0);
      expectSignInRedirect(await get(t, '/en/admin', person.cookie));

      const page = await get(t, response.headers.location as string, admin.cookie);
      expect(page.body).toContain('The role has been granted');
      expect(page.body).toContain('Greece');
    });

    it('grants an organisation-scoped role with the organisation chosen', async () => {
      const person = await signedIn(t);
      const organisationId = await insertOrganisation('Scuola Superiore della Magistratura');
      const form = await get(t, `/en/admin/users/${person.id}`, admin.cookie);
      expect(form.body).toContain('Scuola Superiore della Magistratura');
      const response = await postForm(t, {
        formPage: `/en/admin/users/${person.id}`,
        url: `/en/admin/users/${person.id}/grants`,
        cookie: admin.cookie,
        fields: { role: 'provider-manager', organisationId, country: 'IT' },
      });
      expect(response.statusCode).toBe(303);
      expect((await grantsOf(person.id)).find((row) => row.role === 'provider-manager')).toMatchObject({
        scope_type: 'organisation',
        scope_id: organisationId,
      });
      const page = await get(t, `/en/admin/users/${person.id}`, admin.cookie);
      expect(page.body).toContain('Training provider manager');
    });

    it.each([
      [{ role: 'provider-manager' }, 'Choose the organisation this role acts for.'],
      [
        { role: 'partner-admin', organisationId: 'no-such-organisation' },
        'This organisation no longer exists.',
      ],
      [{ role: 'contact-point', country: 'GR' }, 'Choose the Member State this contact point acts for.'],
      [{ role: 'contact-point', country: 'CH' }, 'Choose the Member State this contact point acts for.'],
      [{ role: 'emperor' }, 'Choose a role.'],
      [{ role: 'learner' }, 'This account already holds this role with this scope.'],
    ])('refuses %o with 422, keeping the choices', async (fields, message) => {
      const person = await signedIn(t);
      const response = await postForm(t, {
        formPage: `/en/admin/users/${person.id}`,
        url: `/en/admin/users/${person.id}/grants`,
        cookie: admin.cookie,
        fields,
      });
      expect(response.statusCode).toBe(422);
      expect(response.body).toContain(message);
      expect(response.body).toContain('aria-invalid="true"');
      expect((await grantsOf(person.id)).map((grant) => grant.role)).toEqual(['learner']);
      expect(await sessionCount(person.id)).toBe(1);
    });

    it('answers 404 when granting to an unknown account', async () => {
      const response = await postForm(t, {
        formPage: '/en/admin/users',
        url: `/en/admin/users/${uuidv7()}/grants`,
        cookie: admin.cookie,
        fields: { role: 'trainer' },
      });
      expect(response.statusCode).toBe(404);
    });

    it('revokes a grant, audits it with its scope and ends the person’s sessions', async () => {
      const person = await signedIn(t, [{ role: 'contact-point', scopeType: 'country', scopeId: 'PT' }]);
      const grant = (await grantsOf(person.id)).find((row) => row.role === 'contact-point')!;
      const response = await postForm(t, {
        formPage: `/en/admin/users/${person.id}`,
        url: `/en/admin/users/${person.id}/grants/${grant.id}/revoke`,
        cookie: admin.cookie,
      });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(`/en/admin/users/${person.id}?done=revoked`);
      expect((await grantsOf(person.id)).map((row) => row.role)).toEqual(['learner']);
      const [entry] = (await auditEntries(t, 'role-revoked')).filter((row) => row.target_id === grant.id);
      expect(entry).toMatchObject({ actor_id: admin.id, subject_user_id: person.id });
      expect(JSON.parse(entry!.details)).toEqual({
        role: 'contact-point',
        scopeType: 'country',
        scopeId: 'PT',
      });
      expect(await sessionCount(person.id)).toBe(0);
      expectSignInRedirect(await get(t, '/en/admin', person.cookie));
    });

    it('answers 404 for a grant of someone else reached through another person’s address', async () => {
      const owner = await signedIn(t, [{ role: 'trainer' }]);
      const other = await signedIn(t);
      const grant = (await grantsOf(owner.id)).find((row) => row.role === 'trainer')!;
      const response = await postForm(t, {
        formPage: `/en/admin/users/${other.id}`,
        url: `/en/admin/users/${other.id}/grants/${grant.id}/revoke`,
        cookie: admin.cookie,
      });
      expect(response.statusCode).toBe(404);
      expect((await grantsOf(owner.id)).map((row) => row.role)).toContain('trainer');
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, signedInCookie, type TestApp } from '../../../test/app.js';
import type { Role } from '../accounts/index.js';
import { openForm, seedOrganisation, submitForm } from './organisations.test-kit.js';

type GrantSpec = { role: Role; scopeType?: 'organisation' | 'country'; scopeId?: string };

const valid = {
  name: 'Centre for Judicial Studies',
  acronym: 'CEJ',
  type: 'judicial-school',
  country: 'PT',
  website: 'https://www.cej.example',
  isProvider: 'yes',
  description_en: 'Trains the judges and prosecutors of Portugal.',
  description_pt: 'Forma os juízes e magistrados do Ministério Público de Portugal.',
};

describe('administration of organisations', () => {
  let t: TestApp;
  let admin: string;
  let learner: string;
  let ownId: string;
  let otherId: string;
  let partnerAdmin: string;

  const session = async (grants: GrantSpec[], secondFactor = true) => {
    const user = await createUser(t.deps, { grants, secondFactor });
    return signedInCookie(t.deps, user.id);
  };
  const auditOf = (targetId: string) =>
    t.deps.db
      .selectFrom('audit_entry')
      .select(['action', 'actor_id', 'target_type', 'details'])
      .where('target_id', '=', targetId)
      .orderBy('seq')
      .execute();

  beforeAll(async () => {
    t = await createTestApp();
    ownId = await seedOrganisation(t.deps.db, { name: 'Own Academy', slug: 'own-academy', isProvider: true });
    otherId = await seedOrganisation(t.deps.db, { name: 'Other School', slug: 'other-school' });
    admin = await session([{ role: 'admin' }]);
    learner = await session([]);
    partnerAdmin = await session([{ role: 'partner-admin', scopeType: 'organisation', scopeId: ownId }]);
  });
  afterAll(() => t.close());

  it('sends anonymous visitors away and refuses learners and staff without a second factor', async () => {
    const coordinatorWithoutSecondFactor = await session([{ role: 'coordinator' }], false);
    for (const url of [
      '/en/admin/organisations',
      '/en/admin/organisations/new',
      `/en/admin/organisations/${ownId}`,
    ]) {
      const anonymous = await t.app.inject({ url });
      expect([302, 303, 401], url).toContain(anonymous.statusCode);
      for (const cookie of [learner, coordinatorWithoutSecondFactor]) {
        const response = await t.app.inject({ url, headers: { cookie } });
        expect(response.statusCode, url).toBe(403);
      }
    }
  });

  it('creates, updates and deletes an organisation, auditing each change', async () => {
    const invalid = await submitForm(t, admin, '/en/admin/organisations/new', '/en/admin/organisations', {
      ...valid,
      name: '  ',
      website: 'javascript:alert(1)',
    });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.body).toContain('Enter the name.');
    expect(invalid.body).toContain('Enter a web address starting with https:// or http://.');
    expect(invalid.body).toContain('aria-invalid="true"');
    expect(invalid.body).toContain('Trains the judges and prosecutors of Portugal.');

    const created = await submitForm(
      t,
      admin,
      '/en/admin/organisations/new',
      '/en/admin/organisations',
      valid,
    );
    expect(created.statusCode).toBe(303);
    const id =
      /\/en\/admin\/organisations\/([\w-]+)\?done=created$/.exec(created.headers.location ?? '')?.[1] ?? '';
    const row = await t.deps.db
      .selectFrom('organisation')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      slug: 'cej',
      name: valid.name,
      country: 'PT',
      is_provider: 1,
      is_consortium_member: 0,
    });
    const translations = await t.deps.db
      .selectFrom('organisation_translation')
      .select(['language', 'description'])
      .where('organisation_id', '=', id)
      .orderBy('language')
      .execute();
    expect(translations.map((translation) => translation.language)).toEqual(['en', 'pt']);

    const edit = await t.app.inject({
      url: `/en/admin/organisations/${id}?done=created`,
      headers: { cookie: admin },
    });
    expect(edit.body).toContain('The entry has been created.');
    expect(edit.body).toContain('value="cej"');

    const updated = await submitForm(
      t,
      admin,
      `/en/admin/organisations/${id}`,
      `/en/admin/organisations/${id}`,
      {
        ...valid,
        name: 'Centro de Estudos Judiciários',
        isProvider: '',
        isConsortiumMember: 'yes',
        description_pt: '',
      },
    );
    expect(updated.statusCode).toBe(303);
    const afterUpdate = await t.deps.db
      .selectFrom('organisation')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(afterUpdate).toMatchObject({
      name: 'Centro de Estudos Judiciários',
      is_provider: 0,
      is_consortium_member: 1,
    });
    const page = await t.app.inject({ url: '/pt/partners/cej' });
    expect(page.body).toContain('<p lang="en">Trains the judges and prosecutors of Portugal.');

    const member = await createUser(t.deps, {
      grants: [{ role: 'partner-admin', scopeType: 'organisation', scopeId: id }],
    });
    await t.deps.db
      .updateTable('user_account')
      .set({ organisation_id: id })
      .where('id', '=', member.id)
      .execute();
    const deleted = await submitForm(
      t,
      admin,
      `/en/admin/organisations/${id}`,
      `/en/admin/organisations/${id}/delete`,
      {},
    );
    expect(deleted.statusCode).toBe(303);
    // Roles scoped to the organisation end with it, and profiles no longer name it.
    const grants = await t.deps.db
      .selectFrom('role_grant')
      .select('role')
      .where('user_id', '=', member.id)
      .execute();
    expect(grants.map((grant) => grant.role)).toEqual(['learner']);
    const profile = await t.deps.db
      .selectFrom('user_account')
      .select('organisation_id')
      .where('id', '=', member.id)
      .executeTakeFirstOrThrow();
    expect(profile.organisation_id).toBeNull();
    expect(
      await t.deps.db.selectFrom('organisation').select('id').where('id', '=', id).executeTakeFirst(),
    ).toBeUndefined();

    const audit = await auditOf(id);
    expect(
      audit.map((entry) => [entry.action, entry.target_type, JSON.parse(entry.details) as unknown]),
    ).toEqual([
      ['organisation-changed', 'organisation', { change: 'created' }],
      ['organisation-changed', 'organisation', { change: 'updated' }],
      ['organisation-changed', 'organisation', { change: 'deleted' }],
    ]);
  });

  it('refuses an address another organisation already has', async () => {
    const response = await submitForm(t, admin, '/en/admin/organisations/new', '/en/admin/organisations', {
      ...valid,
      slug: 'other-school',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Another organisation already uses this page address.');
  });

  it('answers 404 to an administrator for an organisation that does not exist', async () => {
    const response = await t.app.inject({
      url: '/en/admin/organisations/no-such-id',
      headers: { cookie: admin },
    });
    expect(response.statusCode).toBe(404);
  });

  it('refuses a form without a CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/en/admin/organisations/${ownId}/delete`,
      headers: { cookie: admin, 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    expect(response.statusCode).toBe(403);
    expect(
      await t.deps.db.selectFrom('organisation').select('id').where('id', '=', ownId).executeTakeFirst(),
    ).toBeDefined();
  });

  describe('a partner admin', () => {
    it('sees and edits only their own organisation, and cannot change its memberships or address', async () => {
      const list = await t.app.inject({ url: '/en/admin/organisations', headers: { cookie: partnerAdmin } });
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain('Own Academy');
      expect(list.body).not.toContain('Other School');
      expect(list.body).not.toContain('/en/admin/organisations/new');

      const form = await openForm(t, partnerAdmin, `/en/admin/organisations/${ownId}`);
      expect(form.page.body).not.toContain('name="isProvider"');
      expect(form.page.body).not.toContain('name="slug"');
      const saved = await submitForm(
        t,
        partnerAdmin,
        `/en/admin/organisations/${ownId}`,
        `/en/admin/organisations/${ownId}`,
        {
          name: 'Own Academy of Justice',
          type: 'judicial-school',
          country: 'IT',
          slug: 'taken-over',
          isConsortiumMember: 'yes',
          description_it: 'La nostra accademia.',
        },
      );
      expect(saved.statusCode).toBe(303);
      const row = await t.deps.db
        .selectFrom('organisation')
        .selectAll()
        .where('id', '=', ownId)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        name: 'Own Academy of Justice',
        slug: 'own-academy',
        is_provider: 1,
        is_consortium_member: 0,
      });
    });

    it('cannot read, change or delete another organisation by changing the id (no IDOR)', async () => {
      expect(
        (await t.app.inject({ url: `/en/admin/organisations/${otherId}`, headers: { cookie: partnerAdmin } }))
          .statusCode,
      ).toBe(403);
      // A valid token from a page they may open, replayed against another organisation.
      const { csrf, cookie } = await openForm(t, partnerAdmin, `/en/admin/organisations/${ownId}`);
      for (const action of [`${otherId}`, `${otherId}/delete`, `${otherId}/logo/delete`, `${ownId}/delete`]) {
        const response = await t.app.inject({
          method: 'POST',
          url: `/en/admin/organisations/${action}`,
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams({
            _csrf: csrf,
            name: 'Hijacked',
            type: 'other',
            country: 'IT',
          }).toString(),
        });
        expect(response.statusCode, action).toBe(403);
      }
      const other = await t.deps.db
        .selectFrom('organisation')
        .selectAll()
        .where('id', '=', otherId)
        .executeTakeFirstOrThrow();
      expect(other.name).toBe('Other School');
      const create = await t.app.inject({
        url: '/en/admin/organisations/new',
        headers: { cookie: partnerAdmin },
      });
      expect(create.statusCode).toBe(403);
    });
  });
});

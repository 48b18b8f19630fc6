import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, signedInCookie, type TestApp } from '../../../test/app.js';
import type { Role } from '../accounts/index.js';
import { openForm, seedContactPoint, submitForm } from './organisations.test-kit.js';

type GrantSpec = { role: Role; scopeType?: 'organisation' | 'country'; scopeId?: string };

describe('administration of national contact points', () => {
  let t: TestApp;
  let coordinator: string;
  let greekContactPoint: string;
  let italianContactPoint: string;
  let greekId: string;

  const session = async (grants: GrantSpec[]) => {
    const user = await createUser(t.deps, { grants, secondFactor: true });
    return signedInCookie(t.deps, user.id);
  };

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await session([{ role: 'coordinator' }]);
    greekContactPoint = await session([{ role: 'contact-point', scopeType: 'country', scopeId: 'EL' }]);
    italianContactPoint = await session([{ role: 'contact-point', scopeType: 'country', scopeId: 'IT' }]);
    greekId = await seedContactPoint(t.deps.db, { country: 'EL', name: 'Hellenic contact point' });
  });
  afterAll(() => t.close());

  it('lets the coordinator add a contact point, shown on the public page and audited', async () => {
    const invalid = await submitForm(
      t,
      coordinator,
      '/en/admin/contact-points/new',
      '/en/admin/contact-points',
      {
        name: 'Bundesamt für Justiz',
        country: 'CH',
        email: 'not-an-address',
      },
    );
    expect(invalid.statusCode).toBe(422);
    expect(invalid.body).toContain('Choose the Member State.');
    expect(invalid.body).toContain('Enter an email address in the form name@example.org.');

    const created = await submitForm(
      t,
      coordinator,
      '/en/admin/contact-points/new',
      '/en/admin/contact-points',
      {
        name: 'Bundesamt für Justiz',
        country: 'DE',
        email: 'training@bfj.example',
        website: 'https://www.bundesjustizamt.de',
        description_de: 'Nationale Kontaktstelle für Deutschland.',
      },
    );
    expect(created.statusCode).toBe(303);
    const id =
      /\/admin\/contact-points\/([\w-]+)\?done=created$/.exec(created.headers.location ?? '')?.[1] ?? '';
    const page = await t.app.inject({ url: '/de/contact-points?country=DE' });
    expect(page.body).toContain('Bundesamt für Justiz');
    expect(page.body).toContain('<p lang="de">Nationale Kontaktstelle für Deutschland.');
    const audit = await t.deps.db.selectFrom('audit_entry').selectAll().where('target_id', '=', id).execute();
    expect(audit.map((entry) => [entry.action, entry.target_type, entry.details])).toEqual([
      ['organisation-changed', 'national-contact-point', JSON.stringify({ change: 'created' })],
    ]);
  });

  it('lets a contact-point user act for their own country only', async () => {
    const list = await t.app.inject({
      url: '/en/admin/contact-points',
      headers: { cookie: greekContactPoint },
    });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Hellenic contact point');
    expect(list.body).not.toContain('Bundesamt für Justiz');

    const saved = await submitForm(
      t,
      greekContactPoint,
      `/en/admin/contact-points/${greekId}`,
      `/en/admin/contact-points/${greekId}`,
      { name: 'Hellenic multi-agency contact point', country: 'EL', email: 'ncp@example.gr' },
    );
    expect(saved.statusCode).toBe(303);
    const row = await t.deps.db
      .selectFrom('national_contact_point')
      .selectAll()
      .where('id', '=', greekId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: 'Hellenic multi-agency contact point', email: 'ncp@example.gr' });

    // Moving it to a country they do not act for is refused.
    const moved = await submitForm(
      t,
      greekContactPoint,
      `/en/admin/contact-points/${greekId}`,
      `/en/admin/contact-points/${greekId}`,
      { name: 'Hellenic multi-agency contact point', country: 'CY' },
    );
    expect(moved.statusCode).toBe(403);
  });

  it('refuses a contact-point user of another country, by id or by a crafted form (no IDOR)', async () => {
    const read = await t.app.inject({
      url: `/en/admin/contact-points/${greekId}`,
      headers: { cookie: italianContactPoint },
    });
    expect(read.statusCode).toBe(403);
    const { csrf, cookie } = await openForm(t, italianContactPoint, '/en/admin/contact-points/new');
    const attempts: { url: string; fields: Record<string, string> }[] = [
      { url: `/en/admin/contact-points/${greekId}`, fields: { name: 'Taken over', country: 'IT' } },
      { url: `/en/admin/contact-points/${greekId}/delete`, fields: {} },
      { url: '/en/admin/contact-points', fields: { name: 'Fake Greek point', country: 'EL' } },
    ];
    for (const attempt of attempts) {
      const response = await t.app.inject({
        method: 'POST',
        url: attempt.url,
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ ...attempt.fields, _csrf: csrf }).toString(),
      });
      expect(response.statusCode, attempt.url).toBe(403);
    }
    const greek = await t.deps.db
      .selectFrom('national_contact_point')
      .selectAll()
      .where('country', '=', 'EL')
      .execute();
    expect(greek.map((point) => point.name)).toEqual(['Hellenic multi-agency contact point']);
  });

  it('refuses anonymous visitors, learners and partner admins', async () => {
    const learner = await session([]);
    const partnerAdmin = await session([{ role: 'partner-admin', scopeType: 'organisation', scopeId: 'x' }]);
    for (const url of [
      '/en/admin/contact-points',
      '/en/admin/contact-points/new',
      `/en/admin/contact-points/${greekId}`,
    ]) {
      expect([302, 303, 401]).toContain((await t.app.inject({ url })).statusCode);
      for (const cookie of [learner, partnerAdmin])
        expect((await t.app.inject({ url, headers: { cookie } })).statusCode, url).toBe(403);
    }
  });

  it('deletes a contact point', async () => {
    const id = await seedContactPoint(t.deps.db, { country: 'IT', name: 'Punto da eliminare' });
    const response = await submitForm(
      t,
      italianContactPoint,
      `/en/admin/contact-points/${id}`,
      `/en/admin/contact-points/${id}/delete`,
      {},
    );
    expect(response.statusCode).toBe(303);
    expect(
      await t.deps.db
        .selectFrom('national_contact_point')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst(),
    ).toBeUndefined();
  });
});

import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp } from '../../../test/app.js';
import { createTestVisitor, type TestVisitor } from '../../../test/browser-session.js';

const validProfile = {
  name: 'Maria Papadopoulou',
  profession: 'surveillance-judge',
  country: 'EL',
  languages: ['el', 'en', 'fr'],
  sex: '',
};

describe('"My data" page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function signedIn(): Promise<{ visitor: TestVisitor; userId: string; email: string }> {
    const user = await createUser(t.deps, { name: 'Maria Papadopoulou' });
    const visitor = createTestVisitor(t.app);
    expect(
      (await visitor.submit('/en/login', { email: user.email, password: user.password })).statusCode,
    ).toBe(303);
    return { visitor, userId: user.id, email: user.email };
  }

  const account = (userId: string) =>
    t.deps.db.selectFrom('user_account').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
  const consents = (userId: string) =>
    t.deps.db.selectFrom('consent').selectAll().where('user_id', '=', userId).orderBy('given_at').execute();
  const auditOf = (userId: string, action: 'consent-given' | 'consent-withdrawn') =>
    t.deps.db
      .selectFrom('audit_entry')
      .select(['actor_id', 'details'])
      .where('subject_user_id', '=', userId)
      .where('action', '=', action)
      .orderBy('seq')
      .execute();

  it('sends visitors who are not signed in to the sign-in page', async () => {
    const response = await t.app.inject({ url: '/fr/account/data' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/fr/login?next=%2Ffr%2Faccount%2Fdata');
    const post = await t.app.inject({ method: 'POST', url: '/en/account/data/consents' });
    expect([401, 403]).toContain(post.statusCode);
  });

  it('shows what we hold, the download, the profile form, the consents and the way to erase', async () => {
    const { visitor, email } = await signedIn();
    const response = await visitor.get('/en/account/data');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const html = response.body;
    expect(html).toContain(email);
    expect(html).toContain('href="/api/v1/me/export"');
    expect(html).toContain('<th scope="row">Your account and profile</th>');
    expect(html).toContain('<th scope="row">Signed-in sessions</th>');
    for (const field of ['name', 'profession', 'country', 'organisation'])
      expect(html).toContain(`for="profile-${field}"`);
    expect(html).toContain('EU reporting counts participants by sex');
    expect(html).toContain('<optgroup label="Member States of the European Union">');
    expect(html).toContain('value="EL"');
    expect(html).toContain('News of the network by email');
    expect(html).toContain('href="/en/account/data/erase"');
  });

  it('corrects the profile, and records consent to EU statistics when a sex is given', async () => {
    const { visitor, userId } = await signedIn();
    const organisationId = uuidv7();
    await t.deps.db
      .insertInto('organisation')
      .values({
        id: organisationId,
        slug: `org-${organisationId}`,
        name: 'Școala Națională de Grefieri',
        type: 'judicial-school',
        country: 'RO',
      })
      .execute();
    const response = await visitor.submit(
      '/en/account/data',
      { ...validProfile, organisation: organisationId, sex: 'female' },
      '/en/account/data/profile',
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/en/account/data?done=profile#profile');
    expect(await account(userId)).toMatchObject({
      profession: 'surveillance-judge',
      country: 'EL',
      organisation_id: organisationId,
      preferred_languages: 'el,en,fr',
      sex: 'female',
    });
    expect(await consents(userId)).toMatchObject([
      { kind: 'sex-reporting', policy_version: '2026-11-29', withdrawn_at: null },
    ]);
    const after = await visitor.get(response.headers.location as string);
    expect(after.body).toContain('Your profile has been corrected.');
    expect(after.body).toContain('Școala Națională de Grefieri');
  });

  it('keeps what was typed and explains each problem when the profile is invalid', async () => {
    const { visitor, userId } = await signedIn();
    const response = await visitor.submit(
      '/en/account/data',
      {
        name: '  ',
        profession: 'astronaut',
        country: 'GR',
        organisation: uuidv7(),
        languages: ['xx'],
        sex: 'unknown',
      },
      '/en/account/data/profile',
    );
    expect(response.statusCode).toBe(422);
    for (const field of ['name', 'profession', 'country', 'languages', 'sex']) {
      expect(response.body, field).toContain(`id="profile-${field}-error"`);
    }
    expect(response.body).toContain('aria-invalid="true"');
    expect(response.body).toContain('href="#profile-country"');
    expect((await account(userId)).name).toBe('Maria Papadopoulou');

    const unknownOrganisation = await visitor.submit(
      '/en/account/data',
      { ...validProfile, organisation: uuidv7() },
      '/en/account/data/profile',
    );
    expect(unknownOrganisation.statusCode).toBe(422);
    expect(unknownOrganisation.body).toContain('Choose an organisation from the list');
  });

  it('gives and withdraws an optional consent under the policy version, each change audited', async () => {
    const { visitor, userId } = await signedIn();
    const give = { kind: 'newsletter', action: 'give' };
    const given = await visitor.submit('/en/account/data', give, '/en/account/data/consents');
    expect(given.statusCode).toBe(303);
    expect(given.headers.location).toBe('/en/account/data?done=consent-given#consents');
    const again = await visitor.submit('/en/account/data', give, '/en/account/data/consents');
    expect(again.headers.location).toBe('/en/account/data?done=consent-unchanged#consents');
    expect((await visitor.get('/en/account/data')).body).toMatch(
      /Given on .* \(privacy policy of 2026-11-29\)/,
    );

    const withdrawn = await visitor.submit(
      '/en/account/data',
      { kind: 'newsletter', action: 'withdraw' },
      '/en/account/data/consents',
    );
    expect(withdrawn.headers.location).toBe('/en/account/data?done=consent-withdrawn#consents');
    const rows = await consents(userId);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.withdrawn_at).not.toBeNull();
    const details = { kind: 'newsletter', policyVersion: '2026-11-29' };
    expect(
      (await auditOf(userId, 'consent-given')).map((entry) => JSON.parse(entry.details) as unknown),
    ).toEqual([details]);
    expect(
      (await auditOf(userId, 'consent-withdrawn')).map((entry) => JSON.parse(entry.details) as unknown),
    ).toEqual([details]);
    expect((await auditOf(userId, 'consent-withdrawn'))[0]?.actor_id).toBe(userId);
  });

  it('forgets the sex given when the consent to EU statistics is withdrawn', async () => {
    const { visitor, userId } = await signedIn();
    await visitor.submit('/en/account/data', { ...validProfile, sex: 'male' }, '/en/account/data/profile');
    expect((await account(userId)).sex).toBe('male');
    const withdrawn = await visitor.submit(
      '/en/account/data',
      { kind: 'sex-reporting', action: 'withdraw' },
      '/en/account/data/consents',
    );
    expect(withdrawn.statusCode).toBe(303);
    expect((await account(userId)).sex).toBeNull();
  });

  it('refuses an unknown consent', async () => {
    const { visitor, userId } = await signedIn();
    const response = await visitor.submit(
      '/en/account/data',
      { kind: 'marketing', action: 'give' },
      '/en/account/data/consents',
    );
    expect(response.statusCode).toBe(400);
    expect(await consents(userId)).toEqual([]);
  });

  it('is translated, with the confirmation word of each language', async () => {
    const { visitor } = await signedIn();
    const page = await visitor.get('/ro/account/data');
    expect(page.body).toContain('<h1>Datele mele</h1>');
    expect((await visitor.get('/de/account/data/erase')).body).toContain('LÖSCHEN');
  });
});

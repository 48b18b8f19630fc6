import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, signedInCookie, type TestApp } from '../../../test/app.js';
import type { Role } from '../accounts/index.js';
import { formFieldsOf, postInstrumentForm, withField } from './instrument-admin.test-kit.js';
import { findInstrument, listInstruments } from './index.js';

const admin = '/en/admin/instruments';

describe('correcting and extending the instruments reference (admin pages)', () => {
  let t: TestApp;
  let coordinator: string;
  let coordinatorId: string;

  const session = async (grants: { role: Role }[]) => {
    const user = await createUser(t.deps, { grants, secondFactor: true });
    return { id: user.id, cookie: await signedInCookie(t.deps, user.id) };
  };
  const auditOf = (celex: string) =>
    t.deps.db
      .selectFrom('audit_entry')
      .select(['action', 'actor_id', 'details'])
      .where('target_type', '=', 'legal_instrument')
      .where('target_id', '=', celex)
      .orderBy('seq')
      .execute();

  beforeAll(async () => {
    t = await createTestApp();
    const user = await session([{ role: 'coordinator' }]);
    coordinator = user.cookie;
    coordinatorId = user.id;
  });
  afterAll(async () => t.close());

  it('is for coordinators and admins only', async () => {
    for (const role of ['learner', 'provider-manager', 'contact-point'] as const) {
      const { cookie } = await session(role === 'learner' ? [] : [{ role }]);
      for (const url of [admin, `${admin}/new`, `${admin}/32014L0041`]) {
        const page = await t.app.inject({ url, headers: { cookie } });
        expect(page.statusCode, `${role} ${url}`).toBe(403);
      }
    }
    const anonymous = await t.app.inject({ url: admin });
    expect([302, 303, 401]).toContain(anonymous.statusCode);
    const { cookie } = await session([{ role: 'admin' }]);
    expect((await t.app.inject({ url: admin, headers: { cookie } })).statusCode).toBe(200);
    const dashboard = await t.app.inject({ url: '/en/admin', headers: { cookie: coordinator } });
    expect(dashboard.body).toContain('href="/en/admin/instruments"');
  });

  it('lists every instrument with a link to correct it', async () => {
    const page = await t.app.inject({ url: admin, headers: { cookie: coordinator } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    for (const { celex } of await listInstruments(t.deps.db)) {
      expect(page.body).toContain(`href="/en/admin/instruments/${celex}"`);
    }
  });

  it('fills the form with the stored instrument, lists one entry per line', async () => {
    const page = await t.app.inject({ url: `${admin}/32014L0041`, headers: { cookie: coordinator } });
    const fields = new Map(formFieldsOf(page.body));
    expect(fields.get('deadlines')).toContain(
      'decision on recognition | 30 | days | Art. 12(3), 12(5) | receipt | 30',
    );
    expect(fields.get('forms')?.split('\n')).toHaveLength(3);
    expect(
      formFieldsOf(page.body)
        .filter(([name]) => name === 'notBound')
        .map(([, v]) => v)
        .sort(),
    ).toEqual(['DK', 'IE']);
  });

  it('saves an unchanged form of every instrument as unchanged, without an audit entry', async () => {
    for (const { celex } of await listInstruments(t.deps.db)) {
      const url = `${admin}/${celex}`;
      const response = await postInstrumentForm(t, { session: coordinator, pageUrl: url, action: url });
      expect(response.statusCode, `${celex}: ${response.body.slice(0, 300)}`).toBe(303);
      expect(response.headers.location).toBe(`${url}?done=unchanged`);
    }
    expect(await auditOf('32014L0041')).toEqual([]);
  });

  it('keeps what was typed and says what is wrong, changing nothing', async () => {
    const url = `${admin}/32009F0829`;
    const response = await postInstrumentForm(t, {
      session: coordinator,
      pageUrl: url,
      action: url,
      change: (fields) =>
        withField(
          withField(withField(fields, 'shortTitle', ''), 'covers', 'Typed <covers> & kept'),
          'deadlines',
          'decision on recognition | 20 | working-days | Art. 12(1)\nsurrender | soon | days | Art. 99',
        ),
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('class="error-summary"');
    expect(response.body).toContain('href="#instrument-shortTitle"');
    expect(response.body).toContain('href="#instrument-deadlines"');
    expect(response.body).toContain('Check line 2.');
    expect(response.body).toContain('Typed &lt;covers> &amp; kept');
    expect(response.body).toContain('surrender | soon | days | Art. 99');
    expect((await findInstrument(t.deps.db, '32009F0829'))?.shortTitle).toContain(
      'European Supervision Order',
    );
    expect(await auditOf('32009F0829')).toEqual([]);
  });

  it('stores a valid correction and audits the names of the fields that changed', async () => {
    const url = `${admin}/32008F0947`;
    const response = await postInstrumentForm(t, {
      session: coordinator,
      pageUrl: url,
      action: url,
      change: (fields) =>
        withField(
          withField(fields, 'covers', 'Supervision of probation measures in the state of residence.'),
          'deadlines',
          'decision on recognition and on taking over supervision | 60 | days | Art. 12(1) | receipt of judgment and certificate\n' +
            'information on a breach | 10 | working-days | Art. 17(1) | | 5 days | the executing authority asks',
        ),
    });
    expect(response.statusCode, response.body.slice(0, 500)).toBe(303);
    expect(response.headers.location).toBe(`${url}?done=changed`);
    const stored = await findInstrument(t.deps.db, '32008F0947');
    expect(stored?.covers).toBe('Supervision of probation measures in the state of residence.');
    expect(stored?.deadlines[1]).toEqual({
      step: 'information on a breach',
      amount: 10,
      unit: 'working-days',
      article: 'Art. 17(1)',
      extension: 5,
      extensionUnit: 'days',
      extensionWhen: 'the executing authority asks',
    });
    expect(await auditOf('32008F0947')).toEqual([
      {
        action: 'instrument-changed',
        actor_id: coordinatorId,
        details: expect.stringContaining('"fields":"covers,deadlines"') as unknown,
      },
    ]);
    const row = await t.deps.db
      .selectFrom('legal_instrument')
      .select('updated_by_user_id')
      .where('celex', '=', '32008F0947')
      .executeTakeFirstOrThrow();
    expect(row.updated_by_user_id).toBe(coordinatorId);
    const confirmation = await t.app.inject({
      url: response.headers.location!,
      headers: { cookie: coordinator },
    });
    expect(confirmation.body).toContain('Your corrections were saved.');
    const api = await t.app.inject({ url: '/api/v1/instruments/32008F0947' });
    expect(api.json<{ deadlines: unknown[] }>().deadlines).toHaveLength(2);
  });

  it('adds a new instrument, audited, and refuses a CELEX number already there', async () => {
    const eio = `${admin}/32014L0041`;
    const asNew = (fields: [string, string][], celex: string) =>
      withField(
        withField(withField(fields, 'celex', celex), 'shortTitle', 'Freezing and confiscation orders'),
        'acronym',
        'FCO',
      );
    const taken = await postInstrumentForm(t, {
      session: coordinator,
      pageUrl: eio,
      action: admin,
      change: (fields) => asNew(fields, '32014L0041'),
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.body).toContain('already has an instrument with this CELEX number');
    expect(taken.body).toContain('value="Freezing and confiscation orders"');

    const added = await postInstrumentForm(t, {
      session: coordinator,
      pageUrl: eio,
      action: admin,
      change: (fields) => withField(asNew(fields, '32018R1805'), 'need', 'evidence'),
    });
    expect(added.statusCode, added.body.slice(0, 500)).toBe(303);
    expect(added.headers.location).toBe(`${admin}/32018R1805?done=added`);
    expect((await findInstrument(t.deps.db, '32018R1805'))?.acronym).toBe('FCO');
    expect((await auditOf('32018R1805')).map((entry) => entry.action)).toEqual(['instrument-added']);
    const page = await t.app.inject({ url: '/en/instruments/32018R1805' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Freezing and confiscation orders');
  });

  it('offers an empty form for a new instrument and refuses an invalid one', async () => {
    const page = await t.app.inject({ url: `${admin}/new`, headers: { cookie: coordinator } });
    expect(page.statusCode).toBe(200);
    const response = await postInstrumentForm(t, {
      session: coordinator,
      pageUrl: `${admin}/new`,
      action: admin,
      change: (fields) => withField(withField(fields, 'celex', 'EIO'), 'acronym', 'Typed acronym'),
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#instrument-celex"');
    expect(response.body).toContain('href="#instrument-need"');
    expect(response.body).toContain('value="Typed acronym"');
  });

  it('answers 404 for an instrument the reference does not have', async () => {
    const page = await t.app.inject({ url: `${admin}/32099L9999`, headers: { cookie: coordinator } });
    expect(page.statusCode).toBe(404);
  });
});

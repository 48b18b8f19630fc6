import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp } from '../../../test/app.js';
import {
  courseBody,
  createCourseViaApi,
  managerHeaders,
  seedProvider,
  sessionBody,
} from './catalogue.test-kit.js';

type Response = Awaited<ReturnType<TestApp['app']['inject']>>;

const fieldsOf = (response: Response) =>
  (response.json<{ errors?: { field: string }[] }>().errors ?? []).map((error) => error.field);

describe('catalogue API: sessions', () => {
  let t: TestApp;
  let providerA: string;
  let managerA: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    providerA = await seedProvider(t, 'Scuola Superiore della Magistratura');
    managerA = await managerHeaders(t, providerA);
  });
  afterAll(() => t.close());

  it('adds, changes and deletes sessions, re-indexing the course’s countries', async () => {
    const trainer = await createUser(t.deps);
    const id = await createCourseViaApi(t, managerA, courseBody(providerA));
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/courses/${id}/sessions`,
      headers: managerA,
      payload: sessionBody({ trainers: [trainer.id], quotas: [{ country: 'RO', places: 5 }] }),
    });
    expect(created.statusCode).toBe(201);
    const session = created.json<{ id: string }>();
    expect(created.json()).toMatchObject({
      startsAt: '2027-03-10T08:00:00.000Z',
      timeZone: 'Europe/Rome',
      quotas: [{ country: 'RO', places: 5 }],
      trainers: [trainer.id],
      status: 'planned',
    });
    const countries = async () =>
      (
        await t.deps.db
          .selectFrom('search_facet')
          .select('value')
          .where('doc_id', '=', `${id}:en`)
          .where('name', '=', 'country')
          .execute()
      ).map((row) => row.value);
    expect(await countries()).toEqual(['IT']);

    const url = `/api/v1/courses/${id}/sessions/${session.id}`;
    const patched = await t.app.inject({
      method: 'PATCH',
      url,
      headers: managerA,
      payload: { country: 'EL' },
    });
    expect(patched.json()).toMatchObject({ country: 'EL', trainers: [trainer.id] });
    expect(await countries()).toEqual(['EL']);

    const invalid = await t.app.inject({
      method: 'PATCH',
      url,
      headers: managerA,
      payload: { endsAt: '2027-03-01T09:00:00Z', applicationDeadline: '2027-04-01T00:00:00Z' },
    });
    expect(invalid.statusCode).toBe(400);
    expect(fieldsOf(invalid)).toEqual(['endsAt', 'applicationDeadline']);
    const badShape = await t.app.inject({
      method: 'POST',
      url: `/api/v1/courses/${id}/sessions`,
      headers: managerA,
      payload: sessionBody({ timeZone: 'Mars/Olympus', country: 'GR', trainers: ['nobody'] }),
    });
    expect(fieldsOf(badShape)).toEqual(expect.arrayContaining(['timeZone', 'country']));
    const unknownTrainer = await t.app.inject({
      method: 'POST',
      url: `/api/v1/courses/${id}/sessions`,
      headers: managerA,
      payload: sessionBody({ trainers: ['nobody'], capacity: 2, quotas: [{ country: 'IT', places: 3 }] }),
    });
    expect(fieldsOf(unknownTrainer)).toEqual(['quotas', 'trainers']);

    expect((await t.app.inject({ method: 'DELETE', url, headers: managerA })).statusCode).toBe(204);
    expect(await countries()).toEqual([]);
    expect(await t.deps.db.selectFrom('course_session_trainer').selectAll().execute()).toEqual([]);
  });

  it('hides cancelled sessions from the public and from the country facet', async () => {
    const id = await createCourseViaApi(
      t,
      managerA,
      courseBody(providerA, { hours: 7.5, fee: { amount: 120.5, currency: 'EUR' } }),
      { sessions: [{ country: 'FR', timeZone: 'Europe/Paris', status: 'cancelled' }, { country: 'DE' }] },
    );
    const shown = await t.app.inject({ url: `/api/v1/courses/${id}` });
    expect(shown.json()).toMatchObject({ hours: 7.5, fee: { amount: 120.5, currency: 'EUR' } });
    expect(shown.json<{ sessions: { country: string }[] }>().sessions.map((s) => s.country)).toEqual(['DE']);
    const managed = await t.app.inject({ url: `/api/v1/courses/${id}`, headers: managerA });
    expect(managed.json<{ sessions: unknown[] }>().sessions).toHaveLength(2);
    const listed = await t.app.inject({ url: '/api/v1/courses?country=FR' });
    expect(listed.json()).toMatchObject({ total: 0, items: [] });
    expect((await t.app.inject({ url: '/api/v1/courses?country=DE' })).json()).toMatchObject({ total: 1 });
  });
});

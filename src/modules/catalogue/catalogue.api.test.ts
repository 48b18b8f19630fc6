import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, signedInCookie, type TestApp } from '../../../test/app.js';
import { bearer, createTokenViaApi, sessionHeaders } from '../api-tokens/api-tokens.test-kit.js';
import { seedOrganisation, submitForm } from '../organisations/organisations.test-kit.js';
import {
  adminHeaders,
  courseBody,
  createCourseViaApi,
  indexedDocuments,
  managerHeaders,
  seedProvider,
  sessionBody,
} from './catalogue.test-kit.js';

type Response = Awaited<ReturnType<TestApp['app']['inject']>>;

const fieldsOf = (response: Response) =>
  (response.json<{ errors?: { field: string }[] }>().errors ?? []).map((error) => error.field);

describe('catalogue API: writing courses and sessions', () => {
  let t: TestApp;
  let providerA: string;
  let providerB: string;
  let managerA: Record<string, string>;
  let managerB: Record<string, string>;
  let learner: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    providerA = await seedProvider(t, 'Scuola Superiore della Magistratura');
    providerB = await seedProvider(t, 'Institutul Național al Magistraturii');
    managerA = await managerHeaders(t, providerA);
    managerB = await managerHeaders(t, providerB);
    learner = await sessionHeaders(t, (await createUser(t.deps)).id);
  });
  afterAll(() => t.close());

  it('refuses anonymous writes with 401 and a learner with 403', async () => {
    const body = courseBody(providerA);
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/courses', payload: body });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    const asLearner = await t.app.inject({
      method: 'POST',
      url: '/api/v1/courses',
      headers: learner,
      payload: body,
    });
    expect(asLearner.statusCode).toBe(403);
    expect(await t.deps.db.selectFrom('course').select('id').execute()).toEqual([]);
  });

  it('creates a draft, publishes it into the index, changes, archives and deletes it', async () => {
    const body = courseBody(providerA, { credits: [{ system: 'UFC', amount: 2, awardingBody: 'SSM' }] });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/courses',
      headers: managerA,
      payload: body,
    });
    expect(created.statusCode).toBe(201);
    const course = created.json<{ id: string; slug: string; status: string; credits: unknown[] }>();
    expect(course).toMatchObject({
      status: 'draft',
      slug: body.slug,
      credits: [{ system: 'UFC', amount: 2 }],
    });
    expect(await indexedDocuments(t, course.id)).toEqual([]);
    expect((await t.app.inject({ url: `/api/v1/courses/${body.slug}` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/courses/${body.slug}`, headers: managerA })).statusCode).toBe(
      200,
    );

    const published = await t.app.inject({
      method: 'POST',
      url: `/api/v1/courses/${course.id}/publish`,
      headers: managerA,
    });
    expect(published.json()).toMatchObject({ status: 'published' });
    expect(await indexedDocuments(t, course.id)).toEqual([`${course.id}:en`]);
    const shown = await t.app.inject({ url: `/api/v1/courses/${body.slug}` });
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({
      id: course.id,
      providerName: 'Scuola Superiore della Magistratura',
    });

    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/courses/${course.id}`,
      headers: managerA,
      payload: {
        translations: [
          { language: 'en', title: 'Transfer of sentenced prisoners' },
          { language: 'it', title: 'Trasferimento dei detenuti' },
        ],
        hours: 8,
      },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ hours: 8, topics: ['radicalisation'] });
    expect(await indexedDocuments(t, course.id)).toEqual([`${course.id}:en`, `${course.id}:it`]);
    const found = await t.deps.search.search({ text: 'prisoners', kinds: ['course'] });
    expect(found.hits.map((hit) => hit.id)).toEqual([`${course.id}:en`]);

    const archived = await t.app.inject({
      method: 'POST',
      url: `/api/v1/courses/${course.id}/archive`,
      headers: managerA,
    });
    expect(archived.json()).toMatchObject({ status: 'archived' });
    expect(await indexedDocuments(t, course.id)).toEqual([]);
    expect((await t.app.inject({ url: `/api/v1/courses/${course.id}` })).statusCode).toBe(404);

    await t.app.inject({ method: 'POST', url: `/api/v1/courses/${course.id}/publish`, headers: managerA });
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/courses/${course.id}`,
      headers: managerA,
    });
    expect(removed.statusCode).toBe(204);
    expect(await indexedDocuments(t, course.id)).toEqual([]);
    expect(await t.deps.db.selectFrom('course').select('id').where('id', '=', course.id).execute()).toEqual(
      [],
    );
    const audit = await t.deps.db
      .selectFrom('audit_entry')
      .select(['action', 'details'])
      .where('target_id', '=', course.id)
      .orderBy('seq')
      .execute();
    expect(audit.every((entry) => entry.action === 'course-changed')).toBe(true);
    expect(audit.map((entry) => (JSON.parse(entry.details) as { change: string }).change)).toEqual(
      expect.arrayContaining(['created', 'published', 'archived', 'deleted']),
    );
  });

  it('lets no manager of another provider, nor a learner, touch a course (no IDOR)', async () => {
    const id = await createCourseViaApi(t, managerA, courseBody(providerA), { sessions: [{}] });
    const session = (await t.app.inject({ url: `/api/v1/courses/${id}`, headers: managerA })).json<{
      sessions: { id: string }[];
    }>().sessions[0]?.id;
    const attempts = [
      { method: 'POST' as const, url: '/api/v1/courses', payload: courseBody(providerA) },
      { method: 'PATCH' as const, url: `/api/v1/courses/${id}`, payload: { hours: 1 } },
      { method: 'POST' as const, url: `/api/v1/courses/${id}/archive` },
      { method: 'DELETE' as const, url: `/api/v1/courses/${id}` },
      { method: 'POST' as const, url: `/api/v1/courses/${id}/sessions`, payload: sessionBody() },
      {
        method: 'PATCH' as const,
        url: `/api/v1/courses/${id}/sessions/${session}`,
        payload: { capacity: 1 },
      },
      { method: 'DELETE' as const, url: `/api/v1/courses/${id}/sessions/${session}` },
    ];
    for (const attempt of attempts) {
      for (const headers of [managerB, learner]) {
        const response = await t.app.inject({ ...attempt, headers });
        expect(response.statusCode, `${attempt.method} ${attempt.url}`).toBe(403);
      }
      expect((await t.app.inject({ ...attempt })).statusCode).toBe(401);
    }
    const course = (await t.app.inject({ url: `/api/v1/courses/${id}` })).json<{
      hours: number;
      status: string;
      sessions: { capacity: number }[];
    }>();
    expect(course).toMatchObject({ hours: 16, status: 'published', sessions: [{ capacity: 30 }] });
  });

  it('lets an admin manage any provider’s courses, and answers 404 for unknown ones', async () => {
    const admin = await adminHeaders(t);
    const id = await createCourseViaApi(t, admin, courseBody(providerB));
    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: `/api/v1/courses/${id}`,
          headers: admin,
          payload: { hours: 3 },
        })
      ).statusCode,
    ).toBe(200);
    for (const [method, url] of [
      ['PATCH', '/api/v1/courses/nope'],
      ['DELETE', '/api/v1/courses/nope'],
      ['POST', '/api/v1/courses/nope/publish'],
      ['DELETE', `/api/v1/courses/${id}/sessions/nope`],
    ] as const) {
      const response = await t.app.inject({
        method,
        url,
        headers: admin,
        payload: method === 'PATCH' ? {} : undefined,
      });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await t.app.inject({ url: '/api/v1/courses/no-such-course' })).statusCode).toBe(404);
  });

  it('refuses invalid courses with 400 naming the fields, and taken slugs with 409', async () => {
    const post = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/api/v1/courses', headers: managerA, payload });
    const invalid = await post(
      courseBody(providerA, { hours: -1, instruments: ['2008/909'], format: 'podcast', translations: [] }),
    );
    expect(invalid.statusCode).toBe(400);
    expect(invalid.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(invalid)).toEqual(
      expect.arrayContaining(['hours', 'instruments.0', 'format', 'translations']),
    );

    const rules = await post(courseBody(providerA, { topics: ['astrology'], sourceLanguage: 'fr' }));
    expect(rules.statusCode).toBe(400);
    expect(fieldsOf(rules)).toEqual(expect.arrayContaining(['topics', 'sourceLanguage']));

    const notProvider = await seedOrganisation(t.deps.db, { name: 'A ministry' });
    const admin = await adminHeaders(t);
    const wrongProvider = await t.app.inject({
      method: 'POST',
      url: '/api/v1/courses',
      headers: admin,
      payload: courseBody(notProvider),
    });
    expect(fieldsOf(wrongProvider)).toEqual(['providerId']);

    const body = courseBody(providerA, { externalId: 'SSM-1' });
    expect((await post(body)).statusCode).toBe(201);
    const again = await post({ ...body, externalId: null });
    expect(again.statusCode).toBe(409);
    expect(fieldsOf(again)).toEqual(['slug']);
    const sameExternal = await post(courseBody(providerA, { externalId: 'SSM-1' }));
    expect(fieldsOf(sameExternal)).toEqual(['externalId']);
  });

  it('needs the write scope for writes with an API token', async () => {
    const manager = await createUser(t.deps, {
      grants: [{ role: 'provider-manager', scopeType: 'organisation', scopeId: providerA }],
      secondFactor: true,
    });
    const readOnly = await createTokenViaApi(t, manager.id, { name: 'Reader', scopes: ['read'] });
    const writer = await createTokenViaApi(t, manager.id, { name: 'Writer', scopes: ['write'] });
    const post = (token: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/courses',
        headers: bearer(token),
        payload: courseBody(providerA),
      });
    expect((await post(readOnly.token)).statusCode).toBe(403);
    expect((await post(writer.token)).statusCode).toBe(201);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const document = (await t.app.inject({ url: '/api/v1/openapi.json' })).json<{
      paths: Record<string, Record<string, { tags?: string[] }>>;
    }>();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/courses',
        '/api/v1/courses/{idOrSlug}',
        '/api/v1/courses/{id}',
        '/api/v1/courses/{id}/publish',
        '/api/v1/courses/{id}/archive',
        '/api/v1/courses/{id}/sessions',
        '/api/v1/courses/{id}/sessions/{sessionId}',
      ]),
    );
    expect(document.paths['/api/v1/courses']?.get?.tags).toEqual(['catalogue']);
  });
});

describe('a provider with courses', () => {
  it('cannot be deleted until its courses are gone: a clear 409, nothing deleted', async () => {
    const t = await createTestApp();
    try {
      const providerId = await seedProvider(t, 'Escola Judicial');
      await createCourseViaApi(t, await managerHeaders(t, providerId), courseBody(providerId));
      const admin = await createUser(t.deps, { grants: [{ role: 'admin' }], secondFactor: true });
      const cookie = await signedInCookie(t.deps, admin.id);
      const refused = await submitForm(
        t,
        cookie,
        `/en/admin/organisations/${providerId}`,
        `/en/admin/organisations/${providerId}/delete`,
        {},
      );
      expect(refused.statusCode).toBe(409);
      expect(refused.body).toContain('This change cannot be made now');
      expect(
        await t.deps.db.selectFrom('organisation').select('id').where('id', '=', providerId).execute(),
      ).toHaveLength(1);
    } finally {
      await t.close();
    }
  });
});

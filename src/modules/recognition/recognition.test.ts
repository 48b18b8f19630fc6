import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp } from '../../../test/app.js';
import { sessionHeaders } from '../api-tokens/api-tokens.test-kit.js';
import {
  courseBody,
  createCourseViaApi,
  managerHeaders,
  seedProvider,
} from '../catalogue/catalogue.test-kit.js';
import { listActiveRecognitions } from './index.js';
import { partnerAdmin, recognitionBody, seedBody } from './recognition.test-kit.js';

describe('recognitions of course credits (API)', () => {
  let t: TestApp;
  let providerId: string;
  let courseId: string;
  let courseSlug: string;
  let universityId: string;
  let eliId: string;
  let schoolId: string;
  let universityAdmin: Awaited<ReturnType<typeof partnerAdmin>>;

  const record = (headers: Record<string, string>, body: Record<string, unknown>, course = courseId) =>
    t.app.inject({ method: 'POST', url: `/api/v1/courses/${course}/recognitions`, headers, payload: body });
  const publicList = async (course = courseSlug) => {
    const response = await t.app.inject({ url: `/api/v1/courses/${course}/recognitions` });
    expect(response.statusCode).toBe(200);
    return response.json<{ items: { id: string; organisation: { name: string }; amount: number }[] }>().items;
  };

  beforeAll(async () => {
    t = await createTestApp();
    providerId = await seedProvider(t, 'Scuola Superiore della Magistratura');
    const body = courseBody(providerId);
    courseSlug = body.slug;
    courseId = await createCourseViaApi(t, await managerHeaders(t, providerId), body);
    universityId = await seedBody(t, 'Università di Padova', { slug: 'unipd' });
    eliId = await seedBody(t, 'European Law Institute', { type: 'network', awardsCredits: true });
    schoolId = await seedBody(t, 'Police Academy', { type: 'police-school' });
    universityAdmin = await partnerAdmin(t, universityId);
  });
  afterAll(async () => t.close());

  it('lets the body’s partner admin record a recognition, shown publicly and audited', async () => {
    const response = await record(universityAdmin.headers, recognitionBody(universityId, { amount: 1.5 }));
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<{
      id: string;
      organisation: { name: string; url: string };
      amount: number;
    }>();
    expect(created.organisation).toMatchObject({ name: 'Università di Padova' });
    expect(created.organisation.url).toBe('http://localhost:3000/en/partners/unipd');
    expect(created.amount).toBe(1.5);
    expect((await publicList()).map((item) => item.id)).toContain(created.id);
    const audit = await t.deps.db
      .selectFrom('audit_entry')
      .select(['action', 'actor_id', 'details'])
      .where('target_id', '=', created.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'recognition-recorded', actor_id: universityAdmin.userId });
    const row = await t.deps.db
      .selectFrom('course_recognition')
      .select('recorded_by_user_id')
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.recorded_by_user_id).toBe(universityAdmin.userId);
  });

  it('lets a body marked as awarding credits record, though it is no university', async () => {
    const eliAdmin = await partnerAdmin(t, eliId);
    const response = await record(
      eliAdmin.headers,
      recognitionBody(eliId, { creditSystem: 'CPD', amount: 8 }),
    );
    expect(response.statusCode, response.body).toBe(201);
  });

  it('refuses a partner admin of an organisation that is not an academic body', async () => {
    const schoolAdmin = await partnerAdmin(t, schoolId);
    const response = await record(schoolAdmin.headers, recognitionBody(schoolId));
    expect(response.statusCode).toBe(403);
  });

  it('refuses another body’s partner admin', async () => {
    const eliAdmin = await partnerAdmin(t, eliId);
    expect((await record(eliAdmin.headers, recognitionBody(universityId))).statusCode).toBe(403);
  });

  it('refuses a provider manager, and a partner admin without a second factor', async () => {
    const manager = await managerHeaders(t, providerId);
    expect((await record(manager, recognitionBody(universityId))).statusCode).toBe(403);
    const unsecured = await createUser(t.deps, {
      grants: [{ role: 'partner-admin', scopeType: 'organisation', scopeId: universityId }],
    });
    const headers = await sessionHeaders(t, unsecured.id);
    expect((await record(headers, recognitionBody(universityId))).statusCode).toBe(403);
  });

  it('lets an administrator record for any academic body', async () => {
    const admin = await createUser(t.deps, { grants: [{ role: 'admin' }], secondFactor: true });
    const headers = await sessionHeaders(t, admin.id);
    expect((await record(headers, recognitionBody(universityId, { creditSystem: 'UFC' }))).statusCode).toBe(
      201,
    );
  });

  it('refuses amounts of 0 or less and a validity that ends before it starts', async () => {
    for (const overrides of [
      { amount: 0 },
      { amount: -2 },
      { validFrom: '2027-05-01', validUntil: '2027-04-30' },
      { validFrom: '2027-02-30' },
      { creditSystem: 'HOURS' },
      { conditions: '   ' },
    ]) {
      const response = await record(universityAdmin.headers, recognitionBody(universityId, overrides));
      expect(response.statusCode, JSON.stringify(overrides)).toBe(400);
    }
  });

  it('answers 404 for a course that is not published', async () => {
    const draft = await createCourseViaApi(t, await managerHeaders(t, providerId), courseBody(providerId), {
      publish: false,
    });
    expect((await record(universityAdmin.headers, recognitionBody(universityId), draft)).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ url: `/api/v1/courses/${draft}/recognitions` })).statusCode).toBe(404);
  });

  it('lists neither withdrawn nor expired nor future recognitions', async () => {
    const withdrawn = (
      await record(universityAdmin.headers, recognitionBody(universityId, { amount: 7 }))
    ).json<{
      id: string;
    }>();
    const expired = await record(
      universityAdmin.headers,
      recognitionBody(universityId, { amount: 9, validFrom: '2020-01-01', validUntil: '2021-01-01' }),
    );
    const future = await record(
      universityAdmin.headers,
      recognitionBody(universityId, { amount: 11, validFrom: '2099-01-01', validUntil: null }),
    );
    expect([expired.statusCode, future.statusCode]).toEqual([201, 201]);

    const eliAdmin = await partnerAdmin(t, eliId);
    const url = `/api/v1/recognitions/${withdrawn.id}/withdraw`;
    expect((await t.app.inject({ method: 'POST', url, headers: eliAdmin.headers })).statusCode).toBe(403);
    const done = await t.app.inject({ method: 'POST', url, headers: universityAdmin.headers });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<{ withdrawnAt: string | null }>().withdrawnAt).not.toBeNull();
    const again = await t.app.inject({ method: 'POST', url, headers: universityAdmin.headers });
    expect(again.statusCode).toBe(409);

    const amounts = (await publicList()).map((item) => item.amount);
    expect(amounts).not.toContain(7);
    expect(amounts).not.toContain(9);
    expect(amounts).not.toContain(11);
    expect(amounts).toContain(1.5);
    const audit = await t.deps.db
      .selectFrom('audit_entry')
      .select('action')
      .where('target_id', '=', withdrawn.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((entry) => entry.action)).toEqual(['recognition-recorded', 'recognition-withdrawn']);
  });

  it('gives the credentials the recognitions in force on a given day', async () => {
    const onDay = await listActiveRecognitions(t.deps.db, courseId, new Date('2020-06-01T12:00:00Z'));
    expect(onDay.map((item) => item.amount)).toEqual([9]);
    expect(onDay[0]).toEqual({
      organisationName: 'Università di Padova',
      creditSystem: 'ECTS',
      amount: 9,
      conditions: 'Assessment passed',
      validFrom: '2020-01-01',
      validUntil: '2021-01-01',
    });
    const today = await listActiveRecognitions(t.deps.db, courseId, new Date());
    expect(today.map((item) => item.organisationName)).toContain('European Law Institute');
  });

  it('shows recognitions in force on the course page, linked to the body’s partner page', async () => {
    const page = await t.app.inject({ url: `/en/courses/${courseSlug}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Recognised credits');
    expect(page.body).toContain('href="/en/partners/unipd"');
    expect(page.body).toContain('1.5 ECTS');
    expect(page.body).toContain('Assessment passed');
    expect(page.body).not.toContain('7 ECTS');
    const italian = await t.app.inject({ url: `/it/courses/${courseSlug}` });
    expect(italian.body).toContain('Crediti riconosciuti');
    expect(italian.body).toContain('1,5 ECTS');
  });

  it('tells in the organisation API which bodies award credits', async () => {
    const response = await t.app.inject({ url: `/api/v1/organisations/${eliId}` });
    expect(response.json<{ awardsCredits: boolean }>().awardsCredits).toBe(true);
    const school = await t.app.inject({ url: `/api/v1/organisations/${schoolId}` });
    expect(school.json<{ awardsCredits: boolean }>().awardsCredits).toBe(false);
  });
});

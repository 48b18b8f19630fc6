import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, signedInCookie, type TestApp } from '../../../test/app.js';
import { createTestVisitor, type TestVisitor } from '../../../test/browser-session.js';
import type { Role } from '../accounts/index.js';
import { seedProvider } from './catalogue.test-kit.js';

const courseFields = (providerId: string, title: string) => ({
  providerId,
  sourceLanguage: 'en',
  title,
  summary: 'Signs of radicalisation in prisons.',
  description: 'A **two-day** workshop.',
  learningOutcomes: 'Recognise early signs.',
  prerequisites: '',
  slug: '',
  topics: 'radicalisation',
  professions: ['judge', 'prison-staff'],
  languages: ['en', 'it'],
  instruments: '32008F0909, 32014L0041',
  format: 'face-to-face',
  level: 'continuing',
  hours: '16',
  feeAmount: '',
  feeCurrency: '',
  'credits-0-system': 'ECTS',
  'credits-0-amount': '2,5',
  'credits-0-awardingBody': 'University of Padua',
  'credits-1-system': 'ECTS',
  'credits-1-amount': '',
  'credits-1-awardingBody': '',
  externalId: '',
});

const sessionFields = (overrides: Record<string, string> = {}) => ({
  timeZone: 'Europe/Rome',
  startDate: '2027-07-15',
  startTime: '09:00',
  endDate: '2027-07-16',
  endTime: '17:30',
  venue: 'Palazzo di Giustizia',
  city: 'Rome',
  country: 'IT',
  onlineUrl: '',
  language: 'it',
  capacity: '30',
  'quotas-0-country': 'IT',
  'quotas-0-places': '10',
  'quotas-1-country': 'RO',
  'quotas-1-places': '5',
  applicationDate: '2027-06-01',
  applicationTime: '12:00',
  selectionDate: '',
  selectionTime: '',
  status: 'open',
  ...overrides,
});

describe('course management pages', () => {
  let t: TestApp;
  let providerA: string;
  let providerB: string;
  let managerA: TestVisitor;
  let managerB: TestVisitor;
  let courseId: string;
  let slug: string;

  const visitorWith = async (grants: { role: Role; scopeType?: 'organisation'; scopeId?: string }[]) => {
    const user = await createUser(t.deps, { grants, secondFactor: true });
    const visitor = createTestVisitor(t.app);
    const [name = '', value = ''] = (await signedInCookie(t.deps, user.id)).split('=');
    visitor.setCookie(name, value);
    return visitor;
  };
  const storedCourse = (id: string) =>
    t.deps.db.selectFrom('course').selectAll().where('id', '=', id).executeTakeFirst();

  beforeAll(async () => {
    t = await createTestApp();
    providerA = await seedProvider(t, 'Scuola Superiore della Magistratura');
    providerB = await seedProvider(t, 'Institutul Național al Magistraturii');
    managerA = await visitorWith([
      { role: 'provider-manager', scopeType: 'organisation', scopeId: providerA },
    ]);
    managerB = await visitorWith([
      { role: 'provider-manager', scopeType: 'organisation', scopeId: providerB },
    ]);
    const created = await managerA.submit(
      '/en/manage/courses/new',
      courseFields(providerA, 'Prison radicalisation: early signs'),
      '/en/manage/courses',
    );
    expect(created.statusCode, created.body.slice(0, 2000)).toBe(303);
    courseId =
      /\/en\/manage\/courses\/([\w-]+)\?done=created$/.exec(created.headers.location ?? '')?.[1] ?? '';
    slug = (await storedCourse(courseId))?.slug ?? '';
  });
  afterAll(() => t.close());

  it('creates a course through the form as a draft, with a slug made from its title', async () => {
    expect(slug).toBe('prison-radicalisation-early-signs');
    const list = await managerA.get('/en/manage/courses');
    expect(list.statusCode).toBe(200);
    expect(list.headers['cache-control']).toBe('no-store');
    expect(list.body).toContain('Prison radicalisation: early signs');
    expect(list.body).toMatch(/early signs<\/a><\/th><td>[^<]+<\/td><td>Draft<\/td>/);
    expect(list.body).toContain('href="/en/manage/courses/import"');
    const drafts = await managerA.get('/en/manage/courses?status=published');
    expect(drafts.body).not.toContain('Prison radicalisation: early signs');
    const edit = await managerA.get(`/en/manage/courses/${courseId}?done=created`);
    expect(edit.body).toContain('The course has been saved as a draft.');
    expect(edit.body).toContain('value="2.5"');
    expect(edit.body).toContain('32008F0909\n32014L0041');
    expect(edit.body).toMatch(/value="prison-staff" checked/);
  });

  it('refuses an invalid form with 400, the problems beside their fields, and every value kept', async () => {
    const response = await managerA.submit(
      '/en/manage/courses/new',
      {
        ...courseFields(providerA, ''),
        summary: 'Typed <summary> kept',
        hours: 'sixteen',
        instruments: '32008F0909, not-a-celex',
        'credits-0-amount': '2',
        'credits-0-awardingBody': '',
      },
      '/en/manage/courses',
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('class="error-summary"');
    expect(response.body).toContain('href="#course-title"');
    expect(response.body).toContain('Enter a title of at most 300 characters.');
    expect(response.body).toContain('Enter the hours of training as a number greater than 0.');
    expect(response.body).toContain('Enter CELEX numbers such as 32008F0909, at most 50.');
    expect(response.body).toContain('id="course-credits-0-awardingBody-error"');
    expect(response.body).toContain('Typed &lt;summary> kept');
    expect(response.body).toContain('value="sixteen"');
    expect(response.body).toContain('32008F0909, not-a-celex');
    expect(response.body).toMatch(/value="prison-staff" checked/);
    expect(response.body).toMatch(/<option value="[\w-]+" selected>Scuola Superiore/);
  });

  it('reports the service’s own problems inline, such as a slug another course has', async () => {
    const response = await managerA.submit(
      '/en/manage/courses/new',
      { ...courseFields(providerA, 'Another course'), slug },
      '/en/manage/courses',
    );
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('Another course already has this web address name');
    expect(response.body).toContain('value="Another course"');
  });

  it('adds, edits and removes a translation, but not in the source language', async () => {
    const path = `/en/manage/courses/${courseId}/translations/it`;
    const invalid = await managerA.submit(path, { title: '', summary: 'Riassunto' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('Riassunto');
    const saved = await managerA.submit(path, {
      title: 'Radicalizzazione in carcere',
      summary: 'Segnali precoci.',
      description: '',
      learningOutcomes: '',
      prerequisites: '',
    });
    expect(saved.statusCode).toBe(303);
    const languages = async () =>
      (
        await t.deps.db
          .selectFrom('course_translation')
          .select('language')
          .where('course_id', '=', courseId)
          .orderBy('language')
          .execute()
      ).map((row) => row.language);
    expect(await languages()).toEqual(['en', 'it']);
    const edit = await managerA.get(`/en/manage/courses/${courseId}`);
    expect(edit.body).toContain('Edit the Italian translation');
    expect(edit.body).toContain('Add a German translation');
    expect((await managerA.get(`/en/manage/courses/${courseId}/translations/en`)).statusCode).toBe(404);
    expect((await managerA.get(`/en/manage/courses/${courseId}/translations/xx`)).statusCode).toBe(404);
    const removed = await managerA.submit(path, {}, `${path}/delete`);
    expect(removed.statusCode).toBe(303);
    expect(await languages()).toEqual(['en']);
  });

  it('previews a draft, uncached, which the public catalogue does not show', async () => {
    const preview = await managerA.get(`/en/manage/courses/${courseId}/preview`);
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['cache-control']).toBe('no-store');
    expect(preview.body).toContain('Preview — not published');
    expect(preview.body).toContain('<h1>Prison radicalisation: early signs</h1>');
    expect((await t.app.inject({ url: `/en/courses/${slug}` })).statusCode).toBe(404);
    const anonymous = await t.app.inject({ url: `/en/manage/courses/${courseId}/preview` });
    expect([302, 303, 401]).toContain(anonymous.statusCode);
  });

  it('adds sessions on the clock of Europe/Rome, in summer and in winter', async () => {
    const summer = await managerA.submit(
      `/en/manage/courses/${courseId}/sessions/new`,
      sessionFields(),
      `/en/manage/courses/${courseId}/sessions`,
    );
    expect(summer.statusCode, summer.body.slice(0, 3000)).toBe(303);
    const winter = await managerA.submit(
      `/en/manage/courses/${courseId}/sessions/new`,
      sessionFields({
        startDate: '2028-01-20',
        endDate: '2028-01-20',
        applicationDate: '2027-12-01',
        'quotas-1-country': '',
        'quotas-1-places': '',
      }),
      `/en/manage/courses/${courseId}/sessions`,
    );
    expect(winter.statusCode).toBe(303);
    const sessions = await t.deps.db
      .selectFrom('course_session')
      .selectAll()
      .where('course_id', '=', courseId)
      .orderBy('starts_at')
      .execute();
    const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());
    expect(
      sessions.map((row) => [iso(row.starts_at), iso(row.ends_at), iso(row.application_deadline)]),
    ).toEqual([
      ['2027-07-15T07:00:00.000Z', '2027-07-16T15:30:00.000Z', '2027-06-01T10:00:00.000Z'],
      ['2028-01-20T08:00:00.000Z', '2028-01-20T16:30:00.000Z', '2027-12-01T11:00:00.000Z'],
    ]);
    const quotas = await t.deps.db
      .selectFrom('course_session_quota')
      .select(['country', 'places'])
      .where('session_id', '=', sessions[0]!.id)
      .orderBy('country')
      .execute();
    expect(quotas).toEqual([
      { country: 'IT', places: 10 },
      { country: 'RO', places: 5 },
    ]);
    const edit = await managerA.get(`/en/manage/courses/${courseId}/sessions/${sessions[1]!.id}`);
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain('value="2028-01-20"');
    expect(edit.body).toContain('value="09:00"');
    const moved = await managerA.submit(
      `/en/manage/courses/${courseId}/sessions/${sessions[1]!.id}`,
      sessionFields({ startDate: '2028-01-21', endDate: '2028-01-21', applicationDate: '2027-12-01' }),
    );
    expect(moved.statusCode).toBe(303);
    const row = await t.deps.db
      .selectFrom('course_session')
      .select('starts_at')
      .where('id', '=', sessions[1]!.id)
      .executeTakeFirstOrThrow();
    expect(iso(row.starts_at)).toBe('2028-01-21T08:00:00.000Z');
  });

  it('refuses a session that ends before it starts or reserves too many places, keeping the values', async () => {
    const response = await managerA.submit(
      `/en/manage/courses/${courseId}/sessions/new`,
      sessionFields({ endDate: '2027-07-14', 'quotas-0-places': '40', venue: 'Aula Magna' }),
      `/en/manage/courses/${courseId}/sessions`,
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('The session cannot end before it starts.');
    expect(response.body).toContain('The reservations add up to more places than the session has.');
    expect(response.body).toContain('value="Aula Magna"');
    expect(response.body).toContain('value="2027-07-14"');
    const badTime = await managerA.submit(
      `/en/manage/courses/${courseId}/sessions/new`,
      sessionFields({ startDate: '2027-03-28', startTime: '02:30' }),
      `/en/manage/courses/${courseId}/sessions`,
    );
    expect(badTime.statusCode).toBe(400);
    expect(badTime.body).toContain('href="#session-startDate"');
  });

  it('publishes the course to the public catalogue, then archives it', async () => {
    const edit = await managerA.get(`/en/manage/courses/${courseId}`);
    expect(edit.statusCode).toBe(200);
    const published = await managerA.post(`/en/manage/courses/${courseId}/publish`, {});
    expect(published.statusCode).toBe(303);
    expect((await storedCourse(courseId))?.status).toBe('published');
    const page = await t.app.inject({ url: `/en/courses/${slug}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Prison radicalisation: early signs');
    await managerA.get(`/en/manage/courses/${courseId}`);
    const archived = await managerA.post(`/en/manage/courses/${courseId}/archive`, {});
    expect(archived.statusCode).toBe(303);
    expect((await storedCourse(courseId))?.status).toBe('archived');
    expect((await t.app.inject({ url: `/en/courses/${slug}` })).statusCode).toBe(404);
    const audit = await t.deps.db
      .selectFrom('audit_entry')
      .select('details')
      .where('target_id', '=', courseId)
      .execute();
    expect(audit.map((entry) => String(entry.details))).toEqual(
      expect.arrayContaining([expect.stringContaining('published'), expect.stringContaining('archived')]),
    );
  });

  it('refuses another provider’s manager on every page and action of the course', async () => {
    const list = await managerB.get('/en/manage/courses');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain('Prison radicalisation');
    for (const url of [
      `/en/manage/courses/${courseId}`,
      `/en/manage/courses/${courseId}/preview`,
      `/en/manage/courses/${courseId}/translations/it`,
      `/en/manage/courses/${courseId}/sessions/new`,
    ]) {
      expect([403, 404], url).toContain((await managerB.get(url)).statusCode);
    }
    await managerB.get('/en/manage/courses/new');
    for (const url of [
      `/en/manage/courses/${courseId}`,
      `/en/manage/courses/${courseId}/publish`,
      `/en/manage/courses/${courseId}/delete`,
      `/en/manage/courses/${courseId}/sessions`,
    ]) {
      const response = await managerB.post(url, { confirm: 'yes', title: 'Taken over' });
      expect([403, 404], url).toContain(response.statusCode);
    }
    const stolen = await managerB.post('/en/manage/courses', courseFields(providerA, 'Not mine'));
    expect(stolen.statusCode).toBe(403);
    const newPage = await managerB.get('/en/manage/courses/new');
    expect(newPage.body).not.toContain(providerA);
    expect((await storedCourse(courseId))?.status).toBe('archived');
  });

  it('requires the form token on every change', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/en/manage/courses/${courseId}/publish`,
      headers: {
        cookie: `jpcoops-session=${managerA.cookie('jpcoops-session') ?? ''}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: '',
    });
    expect(response.statusCode).toBe(403);
    expect((await storedCourse(courseId))?.status).toBe('archived');
  });

  it('deletes a course only once the deletion is confirmed', async () => {
    const page = `/en/manage/courses/${courseId}`;
    const unconfirmed = await managerA.submit(page, {}, `${page}/delete`);
    expect(unconfirmed.statusCode).toBe(400);
    expect(unconfirmed.body).toContain('Tick the box to confirm that the course should be deleted.');
    expect(await storedCourse(courseId)).toBeDefined();
    const deleted = await managerA.submit(page, { confirm: 'yes' }, `${page}/delete`);
    expect(deleted.statusCode).toBe(303);
    expect(deleted.headers.location).toBe('/en/manage/courses?done=deleted');
    expect(await storedCourse(courseId)).toBeUndefined();
  });

  it('links provider managers and admins, and nobody else, to the course management', async () => {
    const link = 'href="/en/manage/courses"';
    expect((await managerA.get('/en/admin')).body).toContain(link);
    const admin = await visitorWith([{ role: 'admin' }]);
    expect((await admin.get('/en/admin')).body).toContain(link);
    const adminList = await admin.get('/en/manage/courses');
    expect(adminList.statusCode).toBe(200);
    const coordinator = await visitorWith([{ role: 'coordinator' }]);
    expect((await coordinator.get('/en/admin')).body).not.toContain(link);
    expect((await coordinator.get('/en/manage/courses')).statusCode).toBe(403);
  });
});

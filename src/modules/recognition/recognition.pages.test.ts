import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, signedInCookie, type TestApp } from '../../../test/app.js';
import type { Role } from '../accounts/index.js';
import {
  courseBody,
  createCourseViaApi,
  managerHeaders,
  seedProvider,
} from '../catalogue/catalogue.test-kit.js';
import { openForm, submitForm } from '../organisations/organisations.test-kit.js';
import { seedBody } from './recognition.test-kit.js';

const desk = '/en/manage/recognitions';

describe('the recognitions desk (pages)', () => {
  let t: TestApp;
  let courseId: string;
  let courseSlug: string;
  let universityId: string;
  let schoolId: string;
  let universityAdmin: string;

  const session = async (grants: { role: Role; scopeType?: 'organisation'; scopeId?: string }[]) => {
    const user = await createUser(t.deps, { grants, secondFactor: true });
    return signedInCookie(t.deps, user.id);
  };
  const valid = () => ({
    organisationId: universityId,
    courseId,
    courseSlug: '',
    creditSystem: 'UFC',
    amount: '2,5',
    conditions: 'Final test passed',
    validFrom: '2026-01-01',
    validUntil: '',
  });

  beforeAll(async () => {
    t = await createTestApp();
    const providerId = await seedProvider(t, 'Escola Judicial');
    const body = courseBody(providerId);
    courseSlug = body.slug;
    courseId = await createCourseViaApi(t, await managerHeaders(t, providerId), body);
    universityId = await seedBody(t, 'Universidade de Coimbra', { slug: 'coimbra' });
    schoolId = await seedBody(t, 'Police School', { type: 'police-school' });
    universityAdmin = await session([
      { role: 'partner-admin', scopeType: 'organisation', scopeId: universityId },
    ]);
  });
  afterAll(async () => t.close());

  it('shows the form to a partner admin of an academic body, and a card on the dashboard', async () => {
    const page = await t.app.inject({ url: desk, headers: { cookie: universityAdmin } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Record a recognition');
    expect(page.body).toContain('Universidade de Coimbra');
    expect(page.body).toContain(`value="${courseId}"`);
    expect(page.headers['cache-control']).toBe('no-store');
    const dashboard = await t.app.inject({ url: '/en/admin', headers: { cookie: universityAdmin } });
    expect(dashboard.body).toContain('href="/en/manage/recognitions"');
  });

  it('tells a partner admin of a non-academic organisation that they cannot record', async () => {
    const cookie = await session([{ role: 'partner-admin', scopeType: 'organisation', scopeId: schoolId }]);
    const page = await t.app.inject({ url: desk, headers: { cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('None of the organisations you administer is an academic body.');
    expect(page.body).not.toContain('Record a recognition');
  });

  it('refuses learners and provider managers', async () => {
    const learner = await session([]);
    expect((await t.app.inject({ url: desk, headers: { cookie: learner } })).statusCode).toBe(403);
    const manager = await session([
      { role: 'provider-manager', scopeType: 'organisation', scopeId: universityId },
    ]);
    expect((await t.app.inject({ url: desk, headers: { cookie: manager } })).statusCode).toBe(403);
  });

  it('shows errors next to the fields and keeps what was typed', async () => {
    const response = await submitForm(t, universityAdmin, desk, desk, {
      ...valid(),
      amount: '0',
      conditions: 'Kept conditions',
      validFrom: '2027-05-01',
      validUntil: '2027-04-01',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Enter a number of credits more than 0');
    expect(response.body).toContain('The last valid day cannot come before the first.');
    expect(response.body).toContain('Kept conditions');
    expect(response.body).toContain('value="2027-04-01"');
    expect(response.body).toContain('aria-invalid="true"');

    const unknown = await submitForm(t, universityAdmin, desk, desk, {
      ...valid(),
      courseSlug: 'no-such-course',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('There is no published course with this address.');

    const notMine = await submitForm(t, universityAdmin, desk, desk, {
      ...valid(),
      organisationId: schoolId,
    });
    expect(notMine.statusCode).toBe(403);
    expect(notMine.body).toContain('Choose an academic body you are partner admin of.');
  });

  it('records by slug, lists the recognition and withdraws it', async () => {
    const response = await submitForm(t, universityAdmin, desk, desk, {
      ...valid(),
      courseId: '',
      courseSlug,
    });
    expect(response.statusCode, response.body).toBe(303);
    expect(response.headers.location).toBe(`${desk}?done=recorded`);
    const page = await t.app.inject({ url: `${desk}?done=recorded`, headers: { cookie: universityAdmin } });
    expect(page.body).toContain('The recognition is recorded.');
    expect(page.body).toContain('2.5 UFC');
    expect(page.body).toContain('In force');

    const row = await t.deps.db
      .selectFrom('course_recognition')
      .select(['id', 'amount', 'credit_system', 'valid_until'])
      .where('course_id', '=', courseId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ amount: 2.5, credit_system: 'UFC', valid_until: null });
    const coursePage = await t.app.inject({ url: `/pt/courses/${courseSlug}` });
    expect(coursePage.body).toContain('Créditos reconhecidos');
    expect(coursePage.body).toContain('href="/pt/partners/coimbra"');

    const withdrawn = await submitForm(t, universityAdmin, desk, `${desk}/${row.id}/withdraw`, {});
    expect(withdrawn.statusCode).toBe(303);
    const after = await t.app.inject({ url: `${desk}?done=withdrawn`, headers: { cookie: universityAdmin } });
    expect(after.body).toContain('The recognition is withdrawn.');
    expect(after.body).toContain('Withdrawn');
    const coursePageAfter = await t.app.inject({ url: `/en/courses/${courseSlug}` });
    expect(coursePageAfter.body).not.toContain('Recognised credits');
  });

  it('lets the partnership’s managers mark an organisation as awarding credits', async () => {
    const coordinator = await session([{ role: 'coordinator' }]);
    const { page } = await openForm(t, coordinator, `/en/admin/organisations/${schoolId}`);
    expect(page.body).toContain('name="awardsCredits"');
    const saved = await submitForm(
      t,
      coordinator,
      `/en/admin/organisations/${schoolId}`,
      `/en/admin/organisations/${schoolId}`,
      {
        name: 'Police School',
        type: 'police-school',
        country: 'IT',
        awardsCredits: 'yes',
      },
    );
    expect(saved.statusCode, saved.body).toBe(303);
    const row = await t.deps.db
      .selectFrom('organisation')
      .select('awards_credits')
      .where('id', '=', schoolId)
      .executeTakeFirstOrThrow();
    expect(row.awards_credits).toBe(1);

    // A partner admin of the organisation cannot change it: the box is not theirs.
    const own = await session([{ role: 'partner-admin', scopeType: 'organisation', scopeId: schoolId }]);
    const { page: ownPage } = await openForm(t, own, `/en/admin/organisations/${schoolId}`);
    expect(ownPage.body).not.toContain('name="awardsCredits"');
    const kept = await submitForm(
      t,
      own,
      `/en/admin/organisations/${schoolId}`,
      `/en/admin/organisations/${schoolId}`,
      {
        name: 'Police School',
        type: 'police-school',
        country: 'IT',
      },
    );
    expect(kept.statusCode, kept.body).toBe(303);
    const after = await t.deps.db
      .selectFrom('organisation')
      .select('awards_credits')
      .where('id', '=', schoolId)
      .executeTakeFirstOrThrow();
    expect(after.awards_credits).toBe(1);
    const ownDesk = await t.app.inject({ url: desk, headers: { cookie: own } });
    expect(ownDesk.body).toContain('Record a recognition');
  });
});

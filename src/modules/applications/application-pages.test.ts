import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, signedInCookie, type TestApp } from '../../../test/app.js';
import { createTestVisitor } from '../../../test/browser-session.js';
import { seedOrganisation } from '../organisations/organisations.test-kit.js';
import {
  act,
  applied,
  contactPointOf,
  learnerOf,
  openSession,
  statusOf,
  type TestSession,
} from './applications.test-kit.js';

const motivation = 'I prosecute <terrorism> cases & need FD 2008/909 in practice.';

describe('the learner’s application pages', () => {
  let t: TestApp;
  let national: TestSession;
  let open: TestSession;

  /** A browser signed in as a new learner; `country: null` leaves the profile without one. */
  const signedInVisitor = async (options: { country?: string | null } = {}) => {
    const organisationId = await seedOrganisation(t.deps.db, { name: 'Tribunale di Milano' });
    const user = await createUser(t.deps, { country: 'IT', profession: 'prosecutor' });
    await t.deps.db
      .updateTable('user_account')
      .set({
        organisation_id: organisationId,
        country: options.country === undefined ? 'IT' : options.country,
      })
      .where('id', '=', user.id)
      .execute();
    const visitor = createTestVisitor(t.app);
    const [name = '', value = ''] = (await signedInCookie(t.deps, user.id)).split('=');
    visitor.setCookie(name, value);
    return { visitor, userId: user.id };
  };
  const applyPath = (session: TestSession) => `/en/sessions/${session.sessionId}/apply`;
  const applyFields = (overrides: Record<string, string> = {}) => ({
    motivation,
    profession: 'prosecutor',
    organisation: 'Procura della Repubblica di Milano',
    position: 'Deputy prosecutor',
    consentShare: 'yes',
    ...overrides,
  });
  const applicationsOf = (userId: string) =>
    t.deps.db.selectFrom('application').selectAll().where('user_id', '=', userId).execute();

  beforeAll(async () => {
    t = await createTestApp();
    national = await openSession(t, {
      capacity: 20,
      quotas: [
        { country: 'IT', places: 3 },
        { country: 'RO', places: 2 },
      ],
      selectionDeadline: '2027-02-01T12:00:00Z',
    });
    open = await openSession(t, { capacity: 1 });
  });
  afterAll(() => t.close());

  it('sends visitors to sign in, and back to the apply page afterwards', async () => {
    const response = await createTestVisitor(t.app).get(applyPath(national));
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/en/login?next=${encodeURIComponent(applyPath(national))}`);
  });

  it('names the session, explains national selection, and pre-fills the form from the profile', async () => {
    const { visitor } = await signedInVisitor();
    const page = await visitor.get(applyPath(national));
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toMatch(/<h1 lang="en">Course \d+<\/h1>/);
    expect(page.body).toContain('March 10, 2027 at 9:00 AM GMT+1');
    expect(page.body).toContain('Palazzo di Giustizia, Rome, Italy');
    expect(page.body).toContain('The national contact point of your country selects applicants');
    expect(page.body).toContain('by February 1, 2027 at 1:00 PM GMT+1');
    expect(page.body).toContain('This session has 3 places for applicants from Italy');
    expect(page.body).toContain('<option value="prosecutor" selected>');
    expect(page.body).toContain('value="Tribunale di Milano"');
    expect(page.body).toMatch(/shared with the national contact point of Italy and with Judicial school \d+/);
    expect(page.body).toContain('name="_csrf"');
  });

  it('refuses an application without consent (400), keeping everything typed', async () => {
    const { visitor, userId } = await signedInVisitor();
    const response = await visitor.submit(applyPath(national), applyFields({ consentShare: '' }));
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('class="error-summary"');
    expect(response.body).toContain('href="#apply-consentShare"');
    expect(response.body).toContain('id="apply-consentShare-error"');
    expect(response.body).toContain('I prosecute &lt;terrorism> cases &amp; need FD 2008/909 in practice.');
    expect(response.body).toContain('value="Procura della Repubblica di Milano"');
    expect(response.body).toContain('value="Deputy prosecutor"');
    expect(await applicationsOf(userId)).toEqual([]);
  });

  it('lists every problem of the form at once', async () => {
    const { visitor } = await signedInVisitor();
    const response = await visitor.submit(
      applyPath(national),
      applyFields({ motivation: '  ', profession: 'astronaut', consentShare: '' }),
    );
    expect(response.statusCode).toBe(400);
    for (const field of ['motivation', 'profession', 'consentShare']) {
      expect(response.body).toContain(`href="#apply-${field}"`);
    }
    expect(response.body).toContain('Say why you want to take part.');
  });

  it('takes the application and sends the applicant to their list (303); a second one is refused (409)', async () => {
    const { visitor, userId } = await signedInVisitor();
    const response = await visitor.submit(applyPath(national), applyFields());
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/en/account/applications?done=applied');
    expect(await applicationsOf(userId)).toEqual([
      expect.objectContaining({
        session_id: national.sessionId,
        status: 'submitted',
        country: 'IT',
        motivation,
        profession: 'prosecutor',
        organisation: 'Procura della Repubblica di Milano',
        position: 'Deputy prosecutor',
      }),
    ]);
    const list = await visitor.get(response.headers.location!);
    expect(list.body).toContain('Your application has been sent.');

    const again = await visitor.get(applyPath(national));
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain('You have already applied to this session.');
    expect(again.body).not.toContain('name="motivation"');
    const posted = await visitor.post(applyPath(national), applyFields({ motivation: 'Once more, typed' }));
    expect(posted.statusCode).toBe(409);
    expect(posted.body).toContain('href="#apply-form"');
    expect(posted.body).toContain('You have already applied to this session.');
    expect(posted.body).toContain('Once more, typed');
    expect(await applicationsOf(userId)).toHaveLength(1);
  });

  it('explains refusals by country: none in the profile (400), no quota for it (409)', async () => {
    const withoutCountry = await signedInVisitor({ country: null });
    const page = await withoutCountry.visitor.get(applyPath(national));
    expect(page.body).toContain('your profile does not say which country you work in');
    const refused = await withoutCountry.visitor.post(applyPath(national), applyFields());
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('add your country to your profile first');
    expect(refused.body).toContain('href="/en/account/data"');

    const french = await signedInVisitor({ country: 'FR' });
    const frenchPage = await french.visitor.get(applyPath(national));
    expect(frenchPage.body).toContain('This session has no places for applicants from France');
    const noQuota = await french.visitor.post(applyPath(national), applyFields());
    expect(noQuota.statusCode).toBe(409);
    expect(noQuota.body).toContain('This session has no places for applicants from your country.');
  });

  it('shows a closed session without a form, and refuses a post to it (409)', async () => {
    const past = await openSession(t, { applicationDeadline: '2026-01-01T00:00:00Z' });
    const { visitor } = await signedInVisitor();
    const page = await visitor.get(applyPath(past));
    expect(page.body).toContain('The application deadline of this session has passed.');
    expect(page.body).not.toContain('name="motivation"');
    await visitor.get(applyPath(national));
    const posted = await visitor.post(applyPath(past), applyFields());
    expect(posted.statusCode).toBe(409);
    expect(posted.body).toContain('The application deadline of this session has passed.');
    expect((await visitor.get('/en/sessions/no-such-session/apply')).statusCode).toBe(404);
  });

  it('lists the applicant’s applications with who decided what and when', async () => {
    const { visitor } = await signedInVisitor();
    expect((await visitor.submit(applyPath(national), applyFields())).statusCode).toBe(303);
    const [application] = await t.deps.db
      .selectFrom('application')
      .select('id')
      .where('session_id', '=', national.sessionId)
      .orderBy('created_at', 'desc')
      .limit(1)
      .execute();
    const nominated = await act(t, await contactPointOf(t, 'IT'), application!.id, 'nominate', {
      reason: 'Strong experience of transfers',
    });
    expect(nominated.statusCode).toBe(200);
    const list = await visitor.get('/en/account/applications');
    expect(list.statusCode).toBe(200);
    expect(list.headers['cache-control']).toBe('no-store');
    expect(list.body).toMatch(
      /<h2 id="application-[\w-]+-title"><a href="\/en\/courses\/course-[\w-]+">Course \d+<\/a><\/h2>/,
    );
    expect(list.body).toContain('<strong>Nominated</strong>');
    expect(list.body).toContain('Submitted → Nominated');
    expect(list.body).toContain('<td>the applicant</td>');
    expect(list.body).toContain('<td>the national contact point</td>');
    expect(list.body).toContain('Strong experience of transfers');
    expect(list.body).toContain('Withdraw this application…');
    expect(list.body).not.toContain('Confirm my place');
  });

  it('confirms an offered place and withdraws through the forms', async () => {
    const { visitor, userId } = await signedInVisitor();
    const response = await visitor.submit(applyPath(open), applyFields());
    expect(response.headers.location).toBe('/en/account/applications?done=accepted');
    const [application] = await applicationsOf(userId);
    const list = await visitor.get(response.headers.location!);
    expect(list.body).toContain('a place is yours');
    expect(list.body).toContain('Places are given in order of application');
    expect(list.body).toContain('<td>the platform</td>');
    const confirmPath = `/en/account/applications/${application!.id}/confirm`;
    expect(list.body).toContain(`action="${confirmPath}"`);

    const confirmed = await visitor.post(confirmPath, {});
    expect(confirmed.statusCode).toBe(303);
    expect(confirmed.headers.location).toBe('/en/account/applications?done=confirmed');
    expect(await statusOf(t, application!.id)).toBe('confirmed');
    expect((await visitor.get(confirmed.headers.location!)).body).toContain('Your place is confirmed.');

    const withdrawn = await visitor.post(`/en/account/applications/${application!.id}/withdraw`, {
      reason: 'My hearing was moved to that week',
    });
    expect(withdrawn.statusCode).toBe(303);
    expect(await statusOf(t, application!.id)).toBe('withdrawn');
    const after = await visitor.get(withdrawn.headers.location!);
    expect(after.body).toContain('Your application has been withdrawn.');
    expect(after.body).toContain('Place confirmed → Withdrawn');
    expect(after.body).toContain('My hearing was moved to that week');
    expect(after.body).not.toContain(`action="${confirmPath}"`);

    const again = await visitor.post(confirmPath, {});
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain(`href="#application-${application!.id}-action"`);
    expect(again.body).toContain('This can no longer be done');
  });

  it('puts later applicants of a full open session on the waiting list, and shows an offer’s expiry', async () => {
    const full = await openSession(t, { capacity: 1 });
    await applied(t, (await learnerOf(t)).headers, full.sessionId);
    const { visitor, userId } = await signedInVisitor();
    const response = await visitor.submit(applyPath(full), applyFields());
    expect(response.headers.location).toBe('/en/account/applications?done=waitlisted');
    expect((await visitor.get(response.headers.location!)).body).toContain('you are on the waiting list');
    const [application] = await applicationsOf(userId);
    await t.deps.db
      .updateTable('application')
      .set({ status: 'accepted', offer_expires_at: '2027-01-05T11:00:00.000Z' })
      .where('id', '=', application!.id)
      .execute();
    const list = await visitor.get('/en/account/applications');
    expect(list.body).toContain('Confirm it by January 5, 2027 at 12:00 PM GMT+1');
  });

  it('answers 404 to another person’s application, changing nothing', async () => {
    const other = await learnerOf(t, 'RO');
    const id = await applied(t, other.headers, national.sessionId);
    const { visitor } = await signedInVisitor();
    await visitor.get('/en/account/applications');
    for (const action of ['confirm', 'withdraw']) {
      const response = await visitor.post(`/en/account/applications/${id}/${action}`, {});
      expect(response.statusCode).toBe(404);
    }
    expect(await statusOf(t, id)).toBe('submitted');
    expect((await visitor.get('/en/account/applications')).body).not.toContain(id);
  });

  it('links the account page and each session taking applications on the course page', async () => {
    const { visitor } = await signedInVisitor();
    expect((await visitor.get('/en/account')).body).toContain('href="/en/account/applications"');
    expect((await visitor.get('/it/account/applications')).body).toContain('Le mie candidature');
    const course = await t.deps.db
      .selectFrom('course')
      .select('slug')
      .where('id', '=', national.courseId)
      .executeTakeFirstOrThrow();
    const page = await t.app.inject({ url: `/en/courses/${course.slug}` });
    expect(page.body).toContain(`href="/en/sessions/${national.sessionId}/apply"`);
    const past = await openSession(t, { applicationDeadline: '2026-01-01T00:00:00Z' });
    const closedCourse = await t.deps.db
      .selectFrom('course')
      .select('slug')
      .where('id', '=', past.courseId)
      .executeTakeFirstOrThrow();
    const closedPage = await t.app.inject({ url: `/en/courses/${closedCourse.slug}` });
    expect(closedPage.body).not.toContain('/apply"');
    expect(closedPage.body).toContain('Not open');
  });
});

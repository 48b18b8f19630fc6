import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, csrfTokenFrom, signedInCookie, type TestApp } from '../../../test/app.js';
import { linkFromMail, readOutbox, runDueJobs } from '../../../test/outbox.js';
import { openSession } from './applications.test-kit.js';
import { applicationsOf, enrolViaApi, invitationsOf } from './enrolment.test-kit.js';

describe('enrolment invitations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  let count = 0;
  /** A session and an invitation mailed to a new address; returns the link's path. */
  async function invited(capacity = 10) {
    count += 1;
    const session = await openSession(t, { capacity, selectionDeadline: '2027-02-01T00:00:00Z' });
    const email = `Invited.Person${count}@Example.NET`;
    const response = await enrolViaApi(t, session.manager, session.sessionId, {
      participants: [{ email, name: 'Ștefan Țîrcă' }],
    });
    expect(response.statusCode).toBe(200);
    await runDueJobs(t);
    return { session, email: email.toLowerCase(), link: linkFromMail(t, email.toLowerCase(), '/enrolment/') };
  }

  /** GETs the link as `cookie`, then presses "Take my place" with the page's CSRF token. */
  async function takePlace(link: string, cookie: string) {
    const page = await t.app.inject({ url: link, headers: { cookie } });
    const setCookie = page.headers['set-cookie'];
    const csrfCookie = (Array.isArray(setCookie) ? setCookie : [setCookie ?? ''])
      .map((value) => value.split(';')[0])
      .join('; ');
    const response = await t.app.inject({
      method: 'POST',
      url: link,
      headers: { cookie: `${cookie}; ${csrfCookie}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrfTokenFrom(page.body) }).toString(),
    });
    return { page, response };
  }

  it('mails a localised invitation whose link shows visitors who invited them to what', async () => {
    const { session, email, link } = await invited();
    const mail = readOutbox(t).find((candidate) => candidate.to.includes(email))!;
    expect(mail.subject).toMatch(/^Your place in “Course \d+”$/);
    expect(mail.text).toContain('Dear Ștefan Țîrcă,');
    expect(mail.text).toContain('Judicial school');
    const [invitation] = await invitationsOf(t, session.sessionId);
    expect(invitation?.email).toBe(email);
    const token = link.split('/').pop()!;
    expect(invitation?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(invitation?.token_hash).not.toContain(token);
    const payloads = await t.deps.db.selectFrom('job').select('payload').execute();
    expect(
      payloads.filter((job) => String(job.payload).includes(token) || String(job.payload).includes('@')),
    ).toEqual([]);

    const page = await t.app.inject({ url: link });
    expect(page.statusCode).toBe(200);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.body).toContain('Dear Ștefan Țîrcă,');
    expect(page.body).toMatch(/Judicial school \d+ has enrolled you in the course “Course \d+”/);
    expect(page.body).toContain('href="/en/register"');
    expect(page.body).toContain(`href="/en/login?next=${encodeURIComponent(link)}"`);
    expect(page.body).not.toContain('Take my place');
  });

  it('gives the invited account its place, accepted, and the link is used up', async () => {
    const { session, email, link } = await invited();
    const person = await createUser(t.deps, { email, country: 'PT' });
    const cookie = await signedInCookie(t.deps, person.id);
    const { page, response } = await takePlace(link, cookie);
    expect(page.body).toContain('Take my place');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/en/account/applications');

    const [application] = await applicationsOf(t, session.sessionId);
    expect(application).toMatchObject({ user_id: person.id, status: 'accepted' });
    const events = await t.deps.db
      .selectFrom('application_event')
      .select(['to_status', 'actor_role', 'reason'])
      .where('application_id', '=', application!.id)
      .execute();
    expect(events).toEqual([
      { to_status: 'submitted', actor_role: 'provider', reason: 'enrolled-by-provider' },
      { to_status: 'accepted', actor_role: 'provider', reason: 'enrolled-by-provider' },
    ]);
    const [invitation] = await invitationsOf(t, session.sessionId);
    expect(invitation).toMatchObject({ claimed_by_user_id: person.id });
    expect(invitation?.claimed_at).not.toBeNull();

    const usedUp = await t.app.inject({ url: link, headers: { cookie } });
    expect(usedUp.statusCode).toBe(410);
    expect(usedUp.body).toContain('This invitation has already been used.');
    const again = await enrolViaApi(t, session.manager, session.sessionId, { participants: [{ email }] });
    expect(again.json()).toMatchObject({ counts: { unchanged: 1, invited: 0 } });
  });

  it('refuses another account with 403 and a clear message, and writes nothing', async () => {
    const { session, link } = await invited();
    const someoneElse = await createUser(t.deps);
    const cookie = await signedInCookie(t.deps, someoneElse.id);
    const page = await t.app.inject({ url: link, headers: { cookie } });
    expect(page.statusCode).toBe(403);
    expect(page.body).toContain('This invitation was sent to a different email address.');
    expect(page.body).not.toContain('Take my place');

    const owner = await createUser(t.deps, { email: `owner-${count}@example.net` });
    const valid = await t.app.inject({
      url: link,
      headers: { cookie: await signedInCookie(t.deps, owner.id) },
    });
    const response = await t.app.inject({
      method: 'POST',
      url: link,
      headers: {
        cookie: `${cookie}; ${String(valid.headers['set-cookie']).split(';')[0]}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams({ _csrf: csrfTokenFrom(valid.body) }).toString(),
    });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('This invitation was sent to a different email address.');
    expect(await applicationsOf(t, session.sessionId)).toEqual([]);
    expect((await invitationsOf(t, session.sessionId))[0]?.claimed_at).toBeNull();
  });

  it('refuses an expired link with 410 and an unknown one with 404', async () => {
    const { session, email, link } = await invited();
    await t.deps.db
      .updateTable('enrolment_invitation')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('session_id', '=', session.sessionId)
      .execute();
    const person = await createUser(t.deps, { email });
    const cookie = await signedInCookie(t.deps, person.id);
    const page = await t.app.inject({ url: link, headers: { cookie } });
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('This invitation has expired.');
    const { response } = await takePlaceOnOtherPage(cookie, link);
    expect(response.statusCode).toBe(410);
    expect(await applicationsOf(t, session.sessionId)).toEqual([]);

    const unknown = await t.app.inject({ url: `/en/enrolment/${'x'.repeat(43)}` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('This invitation link is not valid.');
    const expiredAgain = await enrolViaApi(t, session.manager, session.sessionId, {
      participants: [{ email: 'nobody-yet@example.net' }],
      dryRun: true,
    });
    expect(expiredAgain.json()).toMatchObject({ counts: { invited: 1 } });
  });

  it('refuses the place when the session is full, and keeps the invitation', async () => {
    const { session, email, link } = await invited(1);
    const first = await createUser(t.deps);
    await enrolViaApi(t, session.manager, session.sessionId, { participants: [{ email: first.email }] });
    const person = await createUser(t.deps, { email });
    const { response } = await takePlace(link, await signedInCookie(t.deps, person.id));
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('All places of this session are taken.');
    expect((await invitationsOf(t, session.sessionId))[0]?.claimed_at).toBeNull();
  });

  /** A POST with a CSRF token from a page that still works (the expired link's page has no form). */
  async function takePlaceOnOtherPage(cookie: string, link: string) {
    const page = await t.app.inject({ url: '/en/account', headers: { cookie } });
    const response = await t.app.inject({
      method: 'POST',
      url: link,
      headers: {
        cookie: `${cookie}; ${String(page.headers['set-cookie']).split(';')[0]}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams({ _csrf: csrfTokenFrom(page.body) }).toString(),
    });
    return { response };
  }
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp } from '../../../test/app.js';
import { sessionHeaders } from '../api-tokens/api-tokens.test-kit.js';
import { managerHeaders } from '../catalogue/catalogue.test-kit.js';
import { applied, codeOf, openSession, type TestSession } from './applications.test-kit.js';
import {
  applicationsOf,
  commitContent,
  enrolmentUrl,
  enrolViaApi,
  invitationsOf,
  uploadAndCommit,
  uploadForPreview,
} from './enrolment.test-kit.js';

describe('bulk enrolment by a provider', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** A session with `capacity` places, an account with no application and one that applied. */
  async function setting(capacity = 10) {
    const session = await openSession(t, { capacity, selectionDeadline: '2027-02-01T00:00:00Z' });
    const newcomer = await createUser(t.deps, { country: 'RO', profession: 'prosecutor' });
    const applicant = await createUser(t.deps);
    await applied(t, await sessionHeaders(t, applicant.id), session.sessionId);
    return { session, newcomer, applicant };
  }

  it('previews every row with what will happen, and writes nothing', async () => {
    const { session, newcomer, applicant } = await setting();
    const csv = [
      'Name;EMAIL',
      `Ioana Popescu;${newcomer.email.toUpperCase()}`,
      `;${applicant.email}`,
      'Łukasz Żółć;lukasz@example.net',
      'Somebody;not-an-email',
      `Again;${newcomer.email}`,
    ].join('\r\n');
    const { response } = await uploadForPreview(t, session.manager.cookie!, session.sessionId, csv);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const rows = [
      ...response.body.matchAll(/<tr><td>(\d+)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td>/g),
    ].map((match) => [match[1], match[2], match[4]]);
    expect(rows).toEqual([
      ['2', newcomer.email.toLowerCase(), 'Will be enrolled'],
      ['3', applicant.email.toLowerCase(), 'Already applied or enrolled: unchanged'],
      ['4', 'lukasz@example.net', 'No account: will be invited by email'],
      ['5', 'not-an-email', 'Invalid: not an email address'],
      ['6', newcomer.email.toLowerCase(), 'Invalid: the same address is in an earlier row'],
    ]);
    expect(response.body).toContain('This list cannot be enrolled');
    // The preview exists only as the answer to the upload: other languages lead to the upload form.
    expect(response.body).toContain(`href="/it/manage/sessions/${session.sessionId}/enrolment"`);
    expect(response.body).not.toContain(`/it/manage/sessions/${session.sessionId}/enrolment/preview`);
    expect(response.body).not.toContain('name="content"');
    expect(await applicationsOf(t, session.sessionId)).toHaveLength(1);
    expect(await invitationsOf(t, session.sessionId)).toHaveLength(0);
  });

  it('enrols existing accounts as accepted, with the provider and its reason in their history', async () => {
    const { session, newcomer, applicant } = await setting();
    const csv = `email,name\n${newcomer.email},Ioana\n${applicant.email},\nnew-person@example.net,Nuno Pires\n`;
    const response = await uploadAndCommit(t, session.manager.cookie!, session.sessionId, csv);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('1 person enrolled');
    expect(response.body).toContain('1 person unchanged');
    expect(response.body).toContain('1 invitation sent');

    const enrolled = (await applicationsOf(t, session.sessionId)).find((row) => row.user_id === newcomer.id);
    expect(enrolled?.status).toBe('accepted');
    const application = await t.deps.db
      .selectFrom('application')
      .selectAll()
      .where('id', '=', enrolled!.id)
      .executeTakeFirstOrThrow();
    expect(application).toMatchObject({ country: 'RO', profession: 'prosecutor', consent_share: 1 });
    const history = await t.deps.db
      .selectFrom('application_event')
      .select(['from_status', 'to_status', 'actor_role', 'actor_user_id', 'reason'])
      .where('application_id', '=', enrolled!.id)
      .orderBy('at')
      .orderBy('id')
      .execute();
    const managerId = await managerIdOf(session);
    expect(history).toEqual([
      {
        from_status: null,
        to_status: 'submitted',
        actor_role: 'provider',
        actor_user_id: managerId,
        reason: 'enrolled-by-provider',
      },
      {
        from_status: 'submitted',
        to_status: 'accepted',
        actor_role: 'provider',
        actor_user_id: managerId,
        reason: 'enrolled-by-provider',
      },
    ]);
    const mine = await t.app.inject({
      url: '/api/v1/me/applications',
      headers: await sessionHeaders(t, newcomer.id),
    });
    expect(JSON.stringify(mine.json())).toContain('enrolled-by-provider');

    const audit = await t.deps.db
      .selectFrom('audit_entry')
      .select(['action', 'details'])
      .where('target_id', '=', session.sessionId)
      .execute();
    expect(audit.map((entry) => entry.action)).toEqual(['applications-viewed', 'participants-enrolled']);
    expect(JSON.parse(String(audit[1]!.details))).toEqual({
      enrolled: 1,
      unchanged: 1,
      invited: 1,
      alreadyInvited: 0,
    });
    const allDetails = await t.deps.db.selectFrom('audit_entry').select('details').execute();
    expect(allDetails.filter((entry) => String(entry.details).includes('@'))).toEqual([]);
  });

  it('changes nothing when the same file is uploaded again', async () => {
    const { session, newcomer } = await setting();
    const csv = `email,name\n${newcomer.email},Ioana\nsomeone-new@example.net,Ana\n`;
    expect((await uploadAndCommit(t, session.manager.cookie!, session.sessionId, csv)).statusCode).toBe(200);
    const applications = await applicationsOf(t, session.sessionId);
    const invitations = await invitationsOf(t, session.sessionId);

    const again = await uploadAndCommit(t, session.manager.cookie!, session.sessionId, csv);
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain('0 people enrolled');
    expect(again.body).toContain('1 person unchanged');
    expect(again.body).toContain('0 invitations sent');
    expect(again.body).toContain('1 address already invited');
    expect(await applicationsOf(t, session.sessionId)).toEqual(applications);
    expect(await invitationsOf(t, session.sessionId)).toEqual(invitations);
  });

  it('refuses more enrolments than free places, and writes nothing', async () => {
    const { session, newcomer } = await setting(1);
    const other = await createUser(t.deps);
    const csv = `email\n${newcomer.email}\n${other.email}\nwho@example.net\n`;
    const { response } = await uploadForPreview(t, session.manager.cookie!, session.sessionId, csv);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('2 people would be enrolled, but only one place is free');
    expect(response.body).not.toContain('name="content"');

    const forced = await commitContent(
      t,
      session.manager.cookie!,
      session.sessionId,
      Buffer.from(csv).toString('base64'),
    );
    expect(forced.statusCode).toBe(409);
    const api = await enrolViaApi(t, session.manager, session.sessionId, {
      participants: [{ email: newcomer.email }, { email: other.email }, { email: 'who@example.net' }],
    });
    expect(api.statusCode).toBe(409);
    expect(codeOf(api)).toBe('capacity-full');
    expect(await applicationsOf(t, session.sessionId)).toHaveLength(1);
    expect(await invitationsOf(t, session.sessionId)).toHaveLength(0);
  });

  it('refuses the manager of another provider with 403', async () => {
    const { session, newcomer } = await setting();
    const elsewhere = await openSession(t);
    const stranger = elsewhere.manager;
    const page = await t.app.inject({
      url: enrolmentUrl(session.sessionId),
      headers: { cookie: stranger.cookie! },
    });
    expect(page.statusCode).toBe(403);
    const api = await enrolViaApi(t, stranger, session.sessionId, {
      participants: [{ email: newcomer.email }],
    });
    expect(api.statusCode).toBe(403);
    const learner = await createUser(t.deps);
    const refused = await enrolViaApi(t, await sessionHeaders(t, learner.id), session.sessionId, {
      participants: [{ email: newcomer.email }],
    });
    expect(refused.statusCode).toBe(403);
    expect(await applicationsOf(t, session.sessionId)).toHaveLength(1);
  });

  it('says clearly that a file without an email column cannot be read, with 400', async () => {
    const { session } = await setting();
    const { response } = await uploadForPreview(
      t,
      session.manager.cookie!,
      session.sessionId,
      'mail,name\na@b.org,A\n',
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('The file has no &quot;email&quot; column');
    const empty = await uploadForPreview(t, session.manager.cookie!, session.sessionId, Buffer.alloc(0));
    expect(empty.response.statusCode).toBe(422);
    const tooLarge = await uploadForPreview(
      t,
      session.manager.cookie!,
      session.sessionId,
      Buffer.alloc(1024 * 1024 + 10, 'a'),
    );
    expect(tooLarge.response.statusCode).toBe(413);
    const garbage = await commitContent(t, session.manager.cookie!, session.sessionId, 'not base64!');
    expect(garbage.statusCode).toBe(400);
  });

  it('reads Windows-1252 files with a byte order mark-less header and keeps row numbers', async () => {
    const { session } = await setting();
    const csv = Buffer.from('email;name\r\n\r\nfrancois@example.net;Fran\xe7ois M\xfcller\r\n', 'latin1');
    const { response } = await uploadForPreview(t, session.manager.cookie!, session.sessionId, csv);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<td>3</td><td>francois@example.net</td><td>François Müller</td>');
  });

  it('answers the same outcomes through the API, dry run first', async () => {
    const { session, newcomer, applicant } = await setting();
    const participants = [
      { email: newcomer.email.toUpperCase(), name: 'Ioana' },
      { email: applicant.email },
      { email: 'api-invite@example.net', name: 'Api' },
    ];
    const dry = await enrolViaApi(t, session.manager, session.sessionId, { participants, dryRun: true });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({
      committed: false,
      overCapacity: false,
      freePlaces: 10,
      counts: { enrolled: 1, unchanged: 1, invited: 1, alreadyInvited: 0, invalid: 0 },
      rows: [
        { row: 1, email: newcomer.email.toLowerCase(), outcome: 'enrol', invalidReason: null },
        { row: 2, outcome: 'unchanged' },
        { row: 3, outcome: 'invite' },
      ],
    });
    expect(await applicationsOf(t, session.sessionId)).toHaveLength(1);

    const done = await enrolViaApi(t, session.manager, session.sessionId, { participants });
    expect(done.json()).toMatchObject({ committed: true, counts: { enrolled: 1, invited: 1 } });
    const again = await enrolViaApi(t, session.manager, session.sessionId, { participants });
    expect(again.json()).toMatchObject({
      counts: { enrolled: 0, unchanged: 2, invited: 0, alreadyInvited: 1 },
    });

    const invalid = await enrolViaApi(t, session.manager, session.sessionId, {
      participants: [{ email: 'nope' }, { email: 'fine@example.net' }],
    });
    expect(invalid.statusCode).toBe(400);
    expect(codeOf(invalid)).toBe('validation-failed');
    expect(await invitationsOf(t, session.sessionId)).toHaveLength(1);
    const document = (await t.app.inject({ url: '/api/v1/openapi.json' })).json<{ paths: object }>();
    expect(Object.keys(document.paths)).toContain('/api/v1/sessions/{id}/enrolments');
  });

  async function managerIdOf(session: TestSession): Promise<string> {
    const row = await t.deps.db
      .selectFrom('role_grant')
      .select('user_id')
      .where('role', '=', 'provider-manager')
      .where('scope_id', '=', session.providerId)
      .executeTakeFirstOrThrow();
    return row.user_id;
  }

  it('needs a provider manager in the route table', async () => {
    const { session } = await setting();
    const visitor = await t.app.inject({ url: enrolmentUrl(session.sessionId) });
    expect(visitor.statusCode).toBe(303);
    const anotherManager = await managerHeaders(t, session.providerId);
    const page = await t.app.inject({
      url: enrolmentUrl(session.sessionId),
      headers: { cookie: anotherManager.cookie! },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('enctype="multipart/form-data"');
  });
});

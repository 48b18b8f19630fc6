import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp } from '../../../test/app.js';
import { leafParts, readMime } from '../../../test/mime-reader.js';
import { readOutbox } from '../../../test/outbox.js';
import { sessionHeaders } from '../api-tokens/api-tokens.test-kit.js';
import { sendStatusMails } from './application-mail.js';
import { maxNotifyAttempts } from './application-mail.repo.js';
import { sendReminders } from './application-reminders.js';
import { act, applied, learnerOf, openSession } from './applications.test-kit.js';

const emailOf = async (t: TestApp, userId: string) =>
  (
    await t.deps.db
      .selectFrom('user_account')
      .select('email')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow()
  ).email;

describe('mails about applications', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const mailsTo = (email: string) => readOutbox(t).filter((mail) => mail.to.includes(email));

  it('mails each change of status once, in the applicant’s language, with who decided and why', async () => {
    const session = await openSession(t, { capacity: 1 });
    const learner = await learnerOf(t, 'IT');
    await t.deps.db
      .updateTable('user_account')
      .set({ preferred_language: 'it' })
      .where('id', '=', learner.id)
      .execute();
    const applicationId = await applied(t, learner.headers, session.sessionId);
    await act(t, session.manager, applicationId, 'reject', {
      reason: 'Riservato ai giudici di sorveglianza.',
    });

    expect(await sendStatusMails(t.deps)).toEqual({ sent: 3, failed: 0 });
    const mails = mailsTo(await emailOf(t, learner.id));
    expect(mails.map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^Inviata – Course \d+$/),
      expect.stringMatching(/^Posto offerto – Course \d+$/),
      expect.stringMatching(/^Non accettata – Course \d+$/),
    ]);
    expect(mails[1]!.text).toContain('I posti di questa sessione sono assegnati in ordine di candidatura.');
    expect(mails[2]!.text).toContain(
      'Motivo indicato da l’ente di formazione: Riservato ai giudici di sorveglianza.',
    );
    expect(mails[2]!.text).toContain('10 marzo 2027');
    expect(mails[2]!.text).toContain('http://localhost:3000/it/account/applications');

    expect(await sendStatusMails(t.deps)).toEqual({ sent: 0, failed: 0 });
    expect(mailsTo(await emailOf(t, learner.id))).toHaveLength(3);
  });

  it('attaches the session as an iCalendar event to the mail confirming a place', async () => {
    const session = await openSession(t);
    const learner = await learnerOf(t, 'IT');
    const applicationId = await applied(t, learner.headers, session.sessionId);
    await act(t, learner.headers, applicationId, 'confirm');
    await sendStatusMails(t.deps);

    const confirmation = mailsTo(await emailOf(t, learner.id)).find((mail) =>
      mail.subject.startsWith('Place confirmed'),
    )!;
    expect(confirmation.text).toContain('The attached calendar file (session.ics)');
    const raw = fs.readFileSync(path.join(t.database.dataDir, 'outbox', confirmation.file), 'utf8');
    const part = leafParts(readMime(raw)).find((leaf) =>
      (leaf.headers.get('content-type') ?? '').startsWith('text/calendar'),
    )!;
    const event = new ICAL.Event(
      ICAL.Component.fromString(part.body.toString('utf8')).getFirstSubcomponent('vevent')!,
    );
    expect(event.uid).toBe(`session-${session.sessionId}@localhost:3000`);
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-10T08:00:00.000Z');
    expect(event.location).toBe('Palazzo di Giustizia, Rome, Italy');
  });

  it('tries a failing mail again, without holding up the others, and gives up after a few tries', async () => {
    const session = await openSession(t);
    const learner = await learnerOf(t, 'IT');
    await applied(t, learner.headers, session.sessionId);
    const failingMailer = {
      ...t.deps.mailer,
      send: () => Promise.reject(new Error('SMTP server unreachable')),
    };
    const failing = { ...t.deps, mailer: failingMailer };
    expect(await sendStatusMails(failing)).toEqual({ sent: 0, failed: 2 });
    for (let attempt = 2; attempt <= maxNotifyAttempts; attempt += 1) await sendStatusMails(failing);
    expect(await sendStatusMails(failing)).toEqual({ sent: 0, failed: 0 });
    expect(await sendStatusMails(t.deps)).toEqual({ sent: 0, failed: 0 });
  });
});

describe('reminders before deadlines and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const mailsTo = (email: string) => readOutbox(t).filter((mail) => mail.to.includes(email));
  const staff = async (
    role: 'contact-point' | 'provider-manager',
    scopeType: 'country' | 'organisation',
    scopeId: string,
    secondFactor = true,
  ) => {
    const user = await createUser(t.deps, { grants: [{ role, scopeType, scopeId }], secondFactor });
    return { ...user, headers: await sessionHeaders(t, user.id) };
  };

  it('reminds each country’s contact points of the application deadline once, with their figures', async () => {
    const session = await openSession(t, {
      quotas: [
        { country: 'IT', places: 2 },
        { country: 'RO', places: 1 },
      ],
      applicationDeadline: '2027-02-01T12:00:00Z',
      selectionDeadline: '2027-02-15T12:00:00Z',
    });
    const italian = await staff('contact-point', 'country', 'IT');
    const romanian = await staff('contact-point', 'country', 'RO');
    const withoutSecondFactor = await staff('contact-point', 'country', 'IT', false);
    const portuguese = await staff('contact-point', 'country', 'PT');
    await applied(t, (await learnerOf(t, 'IT')).headers, session.sessionId);

    expect((await sendReminders(t.deps, new Date('2027-01-25T12:00:00Z')))['application-deadline']).toBe(0);
    const due = new Date('2027-01-30T12:00:00Z');
    expect((await sendReminders(t.deps, due))['application-deadline']).toBe(2);
    expect((await sendReminders(t.deps, due))['application-deadline']).toBe(0);

    const [toItaly] = mailsTo(italian.email);
    expect(toItaly!.subject).toMatch(/^Applications close on February 1, 2027 at 13:00 GMT\+1 – Course \d+$/);
    expect(toItaly!.text).toContain(
      'Italy has 2 places in this session; 1 person has applied from it so far.',
    );
    expect(toItaly!.text).toContain(`http://localhost:3000/en/desk/selection/${session.sessionId}`);
    expect(mailsTo(romanian.email)[0]!.text).toContain(
      'Romania has 1 place in this session; nobody has applied',
    );
    expect(mailsTo(withoutSecondFactor.email)).toEqual([]);
    expect(mailsTo(portuguese.email)).toEqual([]);
  });

  it('reminds whoever still has to select before the selection deadline: contact points or the provider', async () => {
    const national = await openSession(t, {
      quotas: [{ country: 'IT', places: 2 }],
      selectionDeadline: '2027-02-15T12:00:00Z',
    });
    const italian = await staff('contact-point', 'country', 'IT');
    const first = await applied(t, (await learnerOf(t, 'IT')).headers, national.sessionId);
    await applied(t, (await learnerOf(t, 'IT')).headers, national.sessionId);
    await act(t, italian.headers, first, 'nominate');

    const byProvider = await openSession(t, { selectionDeadline: '2027-02-15T12:00:00Z' });
    const manager = await staff('provider-manager', 'organisation', byProvider.providerId);
    await applied(t, (await learnerOf(t, 'PT')).headers, byProvider.sessionId);

    const sent = await sendReminders(t.deps, new Date('2027-02-13T12:00:00Z'));
    expect(sent['selection-deadline']).toBeGreaterThanOrEqual(2);
    const toItaly = mailsTo(italian.email).find((mail) => mail.subject.startsWith('Selection closes'))!;
    expect(toItaly.text).toContain('1 application awaits your decision');
    const toProvider = mailsTo(manager.email)[0]!;
    expect(toProvider.text).toContain('1 application awaits your decision');
    expect(toProvider.text).toContain(`/en/manage/sessions/${byProvider.sessionId}/applications`);
  });

  it('reminds people with a place seven days before the session, asking for confirmation when missing', async () => {
    const session = await openSession(t);
    const confirmed = await learnerOf(t, 'IT');
    const unconfirmed = await learnerOf(t, 'IT');
    const withdrawn = await learnerOf(t, 'IT');
    await act(t, confirmed.headers, await applied(t, confirmed.headers, session.sessionId), 'confirm');
    await applied(t, unconfirmed.headers, session.sessionId);
    await act(t, withdrawn.headers, await applied(t, withdrawn.headers, session.sessionId), 'withdraw');

    const sent = await sendReminders(t.deps, new Date('2027-03-04T09:00:00Z'));
    expect(sent['session-start']).toBe(2);
    const [toConfirmed] = mailsTo(await emailOf(t, confirmed.id));
    expect(toConfirmed!.text).toContain('starts on March 10, 2027 at 09:00 GMT+1. Your place is confirmed.');
    const [toUnconfirmed] = mailsTo(await emailOf(t, unconfirmed.id));
    expect(toUnconfirmed!.text).toContain('you have not confirmed your place yet');
    expect(mailsTo(await emailOf(t, withdrawn.id))).toEqual([]);
  });
});

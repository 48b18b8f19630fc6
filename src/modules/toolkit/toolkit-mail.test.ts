import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { readOutbox, runDueJobs } from '../../../test/outbox.js';
import {
  callApi,
  contributeViaApi,
  contributionBody,
  memberOf,
  person,
  publishedContribution,
  seedPartner,
  type Person,
} from './contribution.test-kit.js';

describe('mails telling contributors of review decisions', () => {
  let t: TestApp;
  let partnerId: string;
  let contributor: Person;
  let contributorEmail: string;
  let reviewer: Person;

  const emailOf = async (userId: string) =>
    (
      await t.deps.db
        .selectFrom('user_account')
        .select('email')
        .where('id', '=', userId)
        .executeTakeFirstOrThrow()
    ).email;
  const submitted = async (title: string) => {
    const body = contributionBody(partnerId, {
      texts: [
        { language: 'it', title, summary: 'Pratiche con i giovani.' },
        { language: 'en', title: `${title} (en)`, summary: 'Practices with young people.' },
      ],
    });
    const id = await contributeViaApi(t, contributor, body);
    await callApi(t, contributor, 'POST', `/api/v1/resources/${id}/submit`);
    return id;
  };
  const decide = async (id: string, body: Record<string, unknown>) => {
    const response = await callApi(t, reviewer, 'POST', `/api/v1/resources/${id}/reviews`, body);
    expect(response.statusCode, response.body).toBe(200);
  };
  /** Runs the queued jobs and returns the mails they wrote. */
  const newMails = async (run: () => Promise<void>) => {
    const before = readOutbox(t).length;
    await run();
    await runDueJobs(t);
    return readOutbox(t).slice(before);
  };

  beforeAll(async () => {
    t = await createTestApp();
    partnerId = await seedPartner(t);
    contributor = await memberOf(t, partnerId);
    contributorEmail = await emailOf(contributor.userId);
    await t.deps.db
      .updateTable('user_account')
      .set({ preferred_language: 'it' })
      .where('id', '=', contributor.userId)
      .execute();
    reviewer = await person(t, [
      { role: 'partner-admin', scopeType: 'organisation', scopeId: await seedPartner(t, 'EJTN') },
    ]);
  });
  afterAll(async () => t.close());

  it('mails an approval once, in the contributor’s language, with the label, comment and public link', async () => {
    const id = await submitted('Mediazione minorile');
    await runDueJobs(t);
    const mails = await newMails(() =>
      decide(id, { decision: 'approve', evidence: 'peer-reviewed', comment: 'Ottimo lavoro.' }),
    );
    expect(mails.map((mail) => mail.to)).toEqual([contributorEmail]);
    expect(mails[0]!.subject).toBe('Pubblicato: Mediazione minorile');
    expect(mails[0]!.text).toContain('ha approvato il suo contributo “Mediazione minorile”');
    expect(mails[0]!.text).toContain('Livello di evidenza: Revisione tra pari');
    expect(mails[0]!.text).toContain('Commento del revisore: Ottimo lavoro.');
    expect(mails[0]!.text).toContain(`http://localhost:3000/it/toolkit/resources/${id}\n`);
    // The job is done: running the queue again sends nothing more.
    expect(await newMails(async () => {})).toEqual([]);
  });

  it('mails a request for changes with the comment and the link to change the contribution', async () => {
    const id = await submitted('Colloqui in carcere');
    const mails = await newMails(() =>
      decide(id, { decision: 'request-changes', comment: 'Aggiungete la valutazione.' }),
    );
    expect(mails.map((mail) => mail.to)).toEqual([contributorEmail]);
    expect(mails[0]!.subject).toBe('Modifiche richieste: Colloqui in carcere');
    expect(mails[0]!.text).toContain('Commento del revisore: Aggiungete la valutazione.');
    expect(mails[0]!.text).toContain(`http://localhost:3000/it/toolkit/resources/${id}/edit`);
    expect(mails[0]!.text).not.toContain('Livello di evidenza');
  });

  it('mails the rejection of an edit of a published resource, and nothing to anyone else', async () => {
    const id = await publishedContribution(t, contributor, reviewer, contributionBody(partnerId));
    await runDueJobs(t);
    await callApi(t, contributor, 'PATCH', `/api/v1/resources/${id}`, { licence: 'CC BY-SA 4.0' });
    await callApi(t, contributor, 'POST', `/api/v1/resources/${id}/submit`);
    const mails = await newMails(() =>
      decide(id, { decision: 'reject', comment: 'Licenza non verificabile.' }),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toBe(contributorEmail);
    expect(mails[0]!.subject).toBe('Non accettato: Colloqui motivazionali in carcere');
    expect(mails[0]!.text).toContain('Commento del revisore: Licenza non verificabile.');
    expect(mails[0]!.text).toContain(`/it/toolkit/resources/${id}/edit`);
    // Who reviewed is the network's business, not named in the mail.
    const reviewerEmail = await emailOf(reviewer.userId);
    expect(readOutbox(t).filter((mail) => mail.to.includes(reviewerEmail))).toEqual([]);
    expect(mails[0]!.text).not.toContain(reviewerEmail);
  });

  it('writes in English to a contributor whose language is English, and sends nothing for a refused decision', async () => {
    const english = await memberOf(t, partnerId);
    const id = await contributeViaApi(t, english, contributionBody(partnerId));
    await callApi(t, english, 'POST', `/api/v1/resources/${id}/submit`);
    const refused = await newMails(async () => {
      const response = await callApi(t, reviewer, 'POST', `/api/v1/resources/${id}/reviews`, {
        decision: 'reject',
        comment: '',
      });
      expect(response.statusCode).toBe(400);
    });
    expect(refused).toEqual([]);
    const mails = await newMails(() => decide(id, { decision: 'reject', comment: 'Out of scope.' }));
    expect(mails.map((mail) => [mail.to, mail.subject])).toEqual([
      [await emailOf(english.userId), 'Not accepted: Motivational interviews in prison'],
    ]);
    expect(mails[0]!.text).toContain('Reviewer’s comment: Out of scope.');
  });
});

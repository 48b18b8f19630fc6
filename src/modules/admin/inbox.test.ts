import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { decodeHeader, readMime } from '../../../test/mime-reader.js';
import { listJobs } from '../../jobs.js';
import { createWorker } from '../../platform/jobs/index.js';
import {
  auditEntries,
  expectSignInRedirect,
  get,
  postForm,
  signedIn,
  type SignedInUser,
} from './admin.test-kit.js';

describe('staff inbox /{lang}/admin/messages', () => {
  let t: TestApp;
  let coordinator: SignedInUser;
  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await signedIn(t, [{ role: 'coordinator' }]);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.deps.db.deleteFrom('contact_message').execute();
    await t.deps.db.deleteFrom('job').execute();
  });

  async function leaveMessage(fields: {
    subject: string;
    language?: string;
    createdAt?: string;
    status?: 'new' | 'handled';
  }) {
    const id = uuidv7();
    await t.deps.db
      .insertInto('contact_message')
      .values({
        id,
        name: 'Ștefan Țîrcă',
        email: 'stefan@example.ro',
        subject: fields.subject,
        message: 'Are there places left for prison staff from Romania?\nThank you.',
        language: fields.language ?? 'en',
        status: fields.status ?? 'new',
        created_at: fields.createdAt ?? new Date().toISOString(),
        handled_at: null,
      })
      .execute();
    return id;
  }
  const stored = (id: string) =>
    t.deps.db.selectFrom('contact_message').selectAll().where('id', '=', id).executeTakeFirst();

  it('lists messages newest first for a coordinator, filtered by status', async () => {
    await leaveMessage({ subject: 'Older question', createdAt: '2026-01-05T10:00:00.000Z' });
    await leaveMessage({ subject: 'Newer question', createdAt: '2026-02-05T10:00:00.000Z' });
    await leaveMessage({ subject: 'Answered question', status: 'handled' });
    const all = await get(t, '/en/admin/messages', coordinator.cookie);
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain('3 messages');
    expect(all.body.indexOf('Newer question')).toBeLessThan(all.body.indexOf('Older question'));
    const handled = await get(t, '/en/admin/messages?status=handled', coordinator.cookie);
    expect(handled.body).toContain('Answered question');
    expect(handled.body).not.toContain('Newer question');
    const fresh = await get(t, '/en/admin/messages?status=new', coordinator.cookie);
    expect(fresh.body).toContain('2 messages');
  });

  it('refuses anonymous visitors, learners, trainers and staff without a second factor', async () => {
    const id = await leaveMessage({ subject: 'Private question' });
    expectSignInRedirect(await get(t, '/en/admin/messages'));
    expectSignInRedirect(await get(t, `/en/admin/messages/${id}`));
    const learner = await signedIn(t);
    const trainer = await signedIn(t, [{ role: 'trainer' }]);
    const unenrolled = await signedIn(t, [{ role: 'coordinator' }], { secondFactor: false });
    for (const who of [learner, trainer, unenrolled]) {
      expect((await get(t, '/en/admin/messages', who.cookie)).statusCode).toBe(403);
      const one = await get(t, `/en/admin/messages/${id}`, who.cookie);
      expect(one.statusCode).toBe(403);
      expect(one.body).not.toContain('Private question');
    }
    expect(await auditEntries(t, 'contact-message-viewed')).toEqual([]);
  });

  it('shows a message in full and audits the view; an unknown id is a 404', async () => {
    const id = await leaveMessage({ subject: 'Places for prison staff' });
    const response = await get(t, `/en/admin/messages/${id}`, coordinator.cookie);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toContain('stefan@example.ro');
    expect(response.body).toContain('Are there places left for prison staff from Romania?');
    const views = (await auditEntries(t, 'contact-message-viewed')).filter((entry) => entry.target_id === id);
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ actor_id: coordinator.id, target_type: 'contact-message' });
    expect((await get(t, `/en/admin/messages/${uuidv7()}`, coordinator.cookie)).statusCode).toBe(404);
  });

  it('marks a message handled and reopens it', async () => {
    const id = await leaveMessage({ subject: 'To handle' });
    const handled = await postForm(t, {
      formPage: `/en/admin/messages/${id}`,
      url: `/en/admin/messages/${id}/status`,
      cookie: coordinator.cookie,
      fields: { status: 'handled' },
    });
    expect(handled.statusCode).toBe(303);
    expect(handled.headers.location).toBe(`/en/admin/messages/${id}?done=handled`);
    expect(await stored(id)).toMatchObject({ status: 'handled' });
    expect((await stored(id))?.handled_at).not.toBeNull();
    const page = await get(t, handled.headers.location as string, coordinator.cookie);
    expect(page.body).toContain('The message is marked as handled.');
    expect(page.body).toContain('Reopen');

    const reopened = await postForm(t, {
      formPage: `/en/admin/messages/${id}`,
      url: `/en/admin/messages/${id}/status`,
      cookie: coordinator.cookie,
      fields: { status: 'new' },
    });
    expect(reopened.statusCode).toBe(303);
    expect(await stored(id)).toMatchObject({ status: 'new', handled_at: null });
    const invalid = await postForm(t, {
      formPage: `/en/admin/messages/${id}`,
      url: `/en/admin/messages/${id}/status`,
      cookie: coordinator.cookie,
      fields: { status: 'archived' },
    });
    expect(invalid.statusCode).toBe(400);
  });

  it('refuses an empty reply with 422 and queues nothing', async () => {
    const id = await leaveMessage({ subject: 'Needs an answer' });
    const response = await postForm(t, {
      formPage: `/en/admin/messages/${id}`,
      url: `/en/admin/messages/${id}/reply`,
      cookie: coordinator.cookie,
      fields: { text: '   ' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Write your reply.');
    expect(response.body).toContain('aria-invalid="true"');
    expect(await t.deps.db.selectFrom('job').select('id').execute()).toHaveLength(0);
    expect(await stored(id)).toMatchObject({ status: 'new' });
  });

  it('replies by email in the sender’s language, with the staff address to answer to', async () => {
    const id = await leaveMessage({ subject: 'Posti per il personale penitenziario', language: 'it' });
    const response = await postForm(t, {
      formPage: `/en/admin/messages/${id}`,
      url: `/en/admin/messages/${id}/reply`,
      cookie: coordinator.cookie,
      fields: { text: 'Yes: 4 places are left for Romania in the spring session.' },
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/en/admin/messages/${id}?done=replied`);
    expect(await stored(id)).toMatchObject({ status: 'handled' });
    const worker = createWorker({
      handle: t.database,
      jobs: listJobs(t.deps.jobs),
      logger: pino({ level: 'silent' }),
    });
    expect(await worker.runDueJobsOnce()).toBe(1);
    await worker.stop();
    const outbox = path.join(t.database.dataDir, 'outbox');
    const mails = fs.readdirSync(outbox).map((file) => fs.readFileSync(path.join(outbox, file), 'utf8'));
    const reply = mails.find((mail) => mail.includes('To: stefan@example.ro'));
    expect(reply).toBeDefined();
    const parsed = readMime(reply!);
    expect(parsed.headers.get('reply-to')).toContain('staff@jp-coops.localhost');
    expect(decodeHeader(parsed.headers.get('subject') ?? '')).toBe('R: Posti per il personale penitenziario');
    expect(parsed.body.toString('utf8')).toContain('Gentile Ștefan Țîrcă');
    expect(parsed.body.toString('utf8')).toContain(
      'Yes: 4 places are left for Romania in the spring session.',
    );
    expect(parsed.body.toString('utf8')).toContain('> Are there places left for prison staff from Romania?');
  });

  it('gives up a reply whose message was deleted before it was sent', async () => {
    const id = await leaveMessage({ subject: 'Soon gone' });
    await postForm(t, {
      formPage: `/en/admin/messages/${id}`,
      url: `/en/admin/messages/${id}/reply`,
      cookie: coordinator.cookie,
      fields: { text: 'An answer.' },
    });
    await t.deps.db.deleteFrom('contact_message').where('id', '=', id).execute();
    const worker = createWorker({
      handle: t.database,
      jobs: listJobs(t.deps.jobs),
      logger: pino({ level: 'silent' }),
    });
    await worker.runDueJobsOnce();
    await worker.stop();
    const [job] = await t.deps.db.selectFrom('job').select(['name', 'status']).execute();
    expect(job).toEqual({ name: 'admin.send-reply', status: 'failed' });
  });

  it('deletes a message and audits who did it; deleting it again is a 404', async () => {
    const id = await leaveMessage({ subject: 'To delete' });
    const response = await postForm(t, {
      formPage: `/en/admin/messages/${id}`,
      url: `/en/admin/messages/${id}/delete`,
      cookie: coordinator.cookie,
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/en/admin/messages?done=deleted');
    expect(await stored(id)).toBeUndefined();
    const [entry] = (await auditEntries(t, 'contact-message-deleted')).filter((row) => row.target_id === id);
    expect(entry).toMatchObject({ actor_id: coordinator.id, target_type: 'contact-message' });
    expect(entry!.details).not.toContain('stefan');
    const again = await postForm(t, {
      formPage: '/en/admin/messages',
      url: `/en/admin/messages/${id}/delete`,
      cookie: coordinator.cookie,
    });
    expect(again.statusCode).toBe(404);
    const list = await get(t, '/en/admin/messages?done=deleted', coordinator.cookie);
    expect(list.body).toContain('The message has been deleted.');
  });

  it('lets a learner neither reply to nor delete a message', async () => {
    const id = await leaveMessage({ subject: 'Not for learners' });
    const learner = await signedIn(t);
    for (const action of ['reply', 'delete', 'status']) {
      const response = await postForm(t, {
        formPage: '/en/contact',
        url: `/en/admin/messages/${id}/${action}`,
        cookie: learner.cookie,
        fields: { text: 'Hijacked', status: 'handled' },
      });
      expect(response.statusCode).toBe(403);
    }
    expect(await stored(id)).toMatchObject({ status: 'new' });
    expect(await t.deps.db.selectFrom('job').select('id').execute()).toHaveLength(0);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cookieHeader, createTestApp, csrfTokenFrom, type TestApp } from '../../../test/app.js';
import { listJobs } from '../../jobs.js';
import { createWorker } from '../../platform/jobs/index.js';
import { decodeHeader, readMime } from '../../../test/mime-reader.js';

const valid = {
  name: 'Ștefan Țîrcă',
  email: 'stefan@example.ro',
  subject: 'Places for prison staff',
  message: 'Are there places left for prison staff from Romania in the spring session?',
  consent: 'yes',
};

describe('contact form "Leave a message"', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.deps.db.deleteFrom('contact_message').execute();
    await t.deps.db.deleteFrom('job').execute();
    await t.deps.db.deleteFrom('rate_limit_counter').execute();
  });

  /** GETs the form, then POSTs `fields` with its CSRF token and cookie, as a browser would. */
  async function submit(fields: Record<string, string>, options: { language?: string; ip?: string } = {}) {
    const language = options.language ?? 'en';
    const form = await t.app.inject({ url: `/${language}/contact` });
    return t.app.inject({
      method: 'POST',
      url: `/${language}/contact`,
      remoteAddress: options.ip ?? '198.51.100.7',
      headers: {
        cookie: cookieHeader(form.headers['set-cookie']),
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams({ ...fields, _csrf: csrfTokenFrom(form.body) }).toString(),
    });
  }

  it('shows a form with every field labelled and a CSRF token', async () => {
    const response = await t.app.inject({ url: '/it/contact' });
    expect(response.statusCode).toBe(200);
    for (const field of ['name', 'email', 'subject', 'message', 'consent']) {
      expect(response.body).toContain(`for="contact-${field}"`);
    }
    expect(csrfTokenFrom(response.body)).not.toBe('');
  });

  it('refuses a submission without a CSRF token with 403 and stores nothing', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/en/contact',
      payload: new URLSearchParams(valid).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain('text/html');
    expect(await t.deps.db.selectFrom('contact_message').select('id').execute()).toHaveLength(0);
  });

  it('refuses a forged CSRF token', async () => {
    const form = await t.app.inject({ url: '/en/contact' });
    const response = await t.app.inject({
      method: 'POST',
      url: '/en/contact',
      headers: {
        cookie: cookieHeader(form.headers['set-cookie']),
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams({ ...valid, _csrf: 'forged-token' }).toString(),
    });
    expect(response.statusCode).toBe(403);
  });

  it('stores the message, queues both mails in one go, and redirects to the thank-you page', async () => {
    const response = await submit(valid, { language: 'ro' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/ro/contact/sent');
    const [stored] = await t.deps.db.selectFrom('contact_message').selectAll().execute();
    expect(stored).toMatchObject({ name: valid.name, email: valid.email, language: 'ro', status: 'new' });
    const jobs = await t.deps.db.selectFrom('job').select('name').orderBy('name').execute();
    expect(jobs.map((job) => job.name)).toEqual(['contact.acknowledge', 'contact.notify-staff']);
  });

  it('sends the staff notification and the acknowledgement in the sender’s language when the jobs run', async () => {
    await submit(valid, { language: 'it' });
    const worker = createWorker({
      handle: t.database,
      jobs: listJobs(t.deps.jobs),
      logger: pino({ level: 'silent' }),
    });
    expect(await worker.runDueJobsOnce()).toBe(2);
    const outbox = path.join(t.database.dataDir, 'outbox');
    const mails = fs.readdirSync(outbox).map((file) => fs.readFileSync(path.join(outbox, file), 'utf8'));
    expect(mails).toHaveLength(2);
    const toStaff = mails.find((mail) => mail.includes('To: staff@jp-coops.localhost'));
    const toSender = mails.find(
      (mail) => mail.includes('stefan@example.ro') && !mail.includes('To: staff@jp-coops.localhost'),
    );
    expect(toStaff).toContain('Reply-To:');
    expect(toSender).toBeDefined();
    const subject = decodeHeader(readMime(toSender!).headers.get('subject') ?? '');
    expect(subject).toBe(t.deps.translators('it').t('mail.contactAck.subject'));
    await worker.stop();
  });

  it('keeps what was typed and explains each problem when fields are invalid', async () => {
    const response = await submit({
      name: 'Łukasz Żółć',
      email: 'not-an-email',
      subject: '',
      message: 'short',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('value="Łukasz Żółć"');
    expect(response.body).toContain('value="not-an-email"');
    expect(response.body).toContain('>short</textarea>');
    expect(response.body).toContain('Enter an email address in the form name@example.org.');
    expect(response.body).toContain('Enter a subject.');
    expect(response.body).toContain('Write a message of at least 10 characters.');
    expect(response.body).toContain('Tick the box');
    expect(response.body).toContain('There are 4 problems');
    expect(response.body).toContain('aria-invalid="true"');
    expect(await t.deps.db.selectFrom('contact_message').select('id').execute()).toHaveLength(0);
  });

  it('escapes what was typed when showing it back', async () => {
    const response = await submit({ ...valid, name: '<script>alert(1)</script>', email: 'x' });
    expect(response.statusCode).toBe(422);
    expect(response.body).not.toContain('<script>alert(1)</script>');
    expect(response.body).toContain('&lt;script>alert(1)&lt;/script>');
  });

  it('tells a robot that filled the honeypot it succeeded, and keeps nothing', async () => {
    const response = await submit({ ...valid, website: 'https://spam.example' });
    expect(response.statusCode).toBe(303);
    expect(await t.deps.db.selectFrom('contact_message').select('id').execute()).toHaveLength(0);
    expect(await t.deps.db.selectFrom('job').select('id').execute()).toHaveLength(0);
  });

  it('accepts 5 messages an hour from one address, then answers 429 keeping the message', async () => {
    for (let i = 0; i < 5; i += 1) expect((await submit(valid, { ip: '203.0.113.9' })).statusCode).toBe(303);
    const limited = await submit({ ...valid, subject: 'Sixth message' }, { ip: '203.0.113.9' });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.body).toContain('value="Sixth message"');
    expect((await submit(valid, { ip: '203.0.113.10' })).statusCode).toBe(303);
    expect(await t.deps.db.selectFrom('contact_message').select('id').execute()).toHaveLength(6);
    const counters = await t.deps.db.selectFrom('rate_limit_counter').select('key').execute();
    expect(counters.map((counter) => counter.key).join()).not.toContain('203.0.113');
  });
});

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHeader, leafParts, readMime } from '../mime-reader.js';
import { findAccessibilityViolations, launchBrowser } from './browser.js';
import { signUpPerson, type Person } from './people.js';
import { startServer, type RunningServer } from './server.js';

const run = promisify(execFile);

/**
 * The whole way into a training, in a real browser against the built server: a judge applies to a
 * session with an Italian quota, the contact point nominates her, the provider accepts her, she
 * confirms, the session takes place and the register is closed, and she has completed it. The
 * administrator acts as contact point and provider (an administrator holds every role). Every page on
 * the way passes axe.
 */
describe('apply → nominate → accept → confirm → attendance → completion', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: Person;
  let learner: Person;
  let course: { slug: string; sessionId: string; startsAt: Date };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await run(process.execPath, ['bin/jpcoops.js', 'seed', '--demo'], {
      env: { PATH: process.env.PATH, DATA_DIR: server.dataDir, PUBLIC_URL: server.url, LOG_LEVEL: 'warn' },
    });
    admin = await signUpPerson(server, browser, {
      email: 'ada@example.org',
      name: 'Ada Admin',
      role: 'admin',
    });
    learner = await signUpPerson(server, browser, { email: 'stefan@example.it', name: 'Ștefan Țîrcă' });
    await learner.page.goto(`${server.url}/en/account/data`);
    await learner.page.selectOption('#profile-profession', 'judge');
    await learner.page.selectOption('#profile-country', 'IT');
    await Promise.all([
      learner.page.waitForURL(/\/en\/account\/data\?done=/),
      learner.page.click('form[action="/en/account/data/profile"] button[type=submit]'),
    ]);
    course = await createCourseStartingSoon(server, admin.page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const expectAccessible = async (page: Page, label: string) => {
    const violations = await findAccessibilityViolations(page);
    expect(violations, `${label}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  };
  const statusShown = (page: Page) => page.locator('main').textContent();

  it('takes a judge from her application to a completion record', { timeout: 240_000 }, async () => {
    // She applies from the course page.
    const { page } = learner;
    await page.goto(`${server.url}/en/courses/${course.slug}`);
    await Promise.all([
      page.waitForURL(new RegExp(`/en/sessions/${course.sessionId}/apply$`)),
      page.click(`a[href="/en/sessions/${course.sessionId}/apply"]`),
    ]);
    await page.fill('#apply-motivation', 'I execute European Arrest Warrants and want to compare practice.');
    await page.check('#apply-consentShare');
    await Promise.all([
      page.waitForURL(/\/en\/account\/applications\?done=applied$/),
      page.click('main form.form button[type=submit]'),
    ]);
    expect(await statusShown(page)).toContain('Submitted');

    // The contact point of Italy nominates her.
    const desk = admin.page;
    await desk.goto(`${server.url}/en/desk/selection`);
    await expectAccessible(desk, 'selection desk');
    await desk.goto(`${server.url}/en/desk/selection/${course.sessionId}`);
    expect(await statusShown(desk)).toContain('Ștefan Țîrcă');
    await expectAccessible(desk, 'selection desk of the session');
    await Promise.all([desk.waitForNavigation(), desk.click('button[formaction$="/nominate"]')]);
    expect(await statusShown(desk)).toContain('Nominated');

    // The provider gives her a place.
    await desk.goto(`${server.url}/en/manage/sessions/${course.sessionId}/applications`);
    await expectAccessible(desk, 'provider desk');
    await Promise.all([desk.waitForNavigation(), desk.click('button[formaction$="/accept"]')]);
    expect(await statusShown(desk)).toContain('Place offered');

    // She confirms it, and sees who decided what.
    await page.goto(`${server.url}/en/account/applications`);
    await Promise.all([
      page.waitForURL(/\/en\/account\/applications\?done=confirmed$/),
      page.click('form[action$="/confirm"] button[type=submit]'),
    ]);
    const history = await statusShown(page);
    expect(history).toContain('Nominated → Place offered');
    expect(history).toContain('the national contact point');
    expect(history).toContain('Place confirmed');
    await expectAccessible(page, 'my applications');

    // The session starts; the register is filled from the keyboard and closed.
    await waitUntil(new Date(course.startsAt.getTime() + 2_000));
    await desk.goto(`${server.url}/en/manage/sessions/${course.sessionId}/attendance`);
    await expectAccessible(desk, 'attendance register');
    const boxes = desk.locator('input[name=present]');
    expect(await boxes.count()).toBeGreaterThan(0);
    for (let index = 0; index < (await boxes.count()); index += 1) {
      await boxes.nth(index).focus();
      await desk.keyboard.press('Space');
    }
    await Promise.all([desk.waitForNavigation(), desk.click('button[name=action][value=close]')]);
    expect(await statusShown(desk)).toContain('Completed');
    await expectAccessible(desk, 'closed register');

    // Her application is completed, with a completion record of the course's hours.
    await page.goto(`${server.url}/en/account/applications`);
    expect(await statusShown(page)).toContain('Attended → Completed');
    const records = await desk.request.get(`${server.url}/api/v1/sessions/${course.sessionId}/attendance`);
    const register = (await records.json()) as {
      participants: { name: string; status: string; completion: { hours: number } | null }[];
    };
    expect(
      register.participants.map(({ name, status, completion }) => [name, status, completion?.hours]),
    ).toEqual([['Ștefan Țîrcă', 'completed', 12]]);

    // The worker mailed her each step; the confirmation carries the session as a calendar event.
    const confirmation = await pollOutbox(server, (subject) => subject.startsWith('Place confirmed'));
    const calendar = leafParts(confirmation).find((part) =>
      (part.headers.get('content-type') ?? '').startsWith('text/calendar'),
    );
    expect(calendar?.body.toString('utf8')).toContain(`UID:session-${course.sessionId}@`);
  });
});

/** A published course of the JP-COOPS provider whose one session starts in about a minute and a half. */
async function createCourseStartingSoon(server: RunningServer, page: Page) {
  const headers = { origin: server.url };
  const provider = (await (await page.request.get(`${server.url}/api/v1/organisations/jp-coops`)).json()) as {
    id: string;
  };
  const slug = `cross-border-warrants-${Date.now().toString(36)}`;
  const created = await page.request.post(`${server.url}/api/v1/courses`, {
    headers,
    data: {
      providerId: provider.id,
      slug,
      sourceLanguage: 'en',
      format: 'face-to-face',
      level: 'continuing',
      hours: 12,
      topics: ['radicalisation'],
      professions: ['judge'],
      instruments: ['32002F0584'],
      languages: ['en'],
      translations: [
        {
          language: 'en',
          title: 'European Arrest Warrants in practice',
          summary: 'Issuing and executing EAWs.',
          description: 'A two-day workshop.',
        },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const courseId = ((await created.json()) as { id: string }).id;
  const now = Date.now();
  const startsAt = new Date(now + 90_000);
  const session = await page.request.post(`${server.url}/api/v1/courses/${courseId}/sessions`, {
    headers,
    data: {
      startsAt: startsAt.toISOString(),
      endsAt: new Date(now + 90_000 + 8 * 3_600_000).toISOString(),
      timeZone: 'Europe/Rome',
      venue: 'Scuola Superiore della Magistratura',
      city: 'Florence',
      country: 'IT',
      language: 'en',
      capacity: 10,
      status: 'open',
      quotas: [{ country: 'IT', places: 2 }],
      selectionDeadline: new Date(now + 80_000).toISOString(),
    },
  });
  expect(session.status(), await session.text()).toBe(201);
  const sessionId = ((await session.json()) as { id: string }).id;
  const published = await page.request.post(`${server.url}/api/v1/courses/${courseId}/publish`, { headers });
  expect(published.status()).toBe(200);
  return { slug, sessionId, startsAt };
}

async function waitUntil(moment: Date): Promise<void> {
  const delay = moment.getTime() - Date.now();
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
}

/** The first mail in the server's outbox whose subject `matches`, waiting for the worker's next run. */
async function pollOutbox(server: RunningServer, matches: (subject: string) => boolean) {
  const folder = path.join(server.dataDir, 'outbox');
  const deadline = Date.now() + 90_000;
  for (;;) {
    const files = fs.existsSync(folder) ? fs.readdirSync(folder) : [];
    const found = files
      .map((file) => readMime(fs.readFileSync(path.join(folder, file), 'utf8')))
      .find((mail) => matches(decodeHeader(mail.headers.get('subject') ?? '')));
    if (found) return found;
    if (Date.now() > deadline) throw new Error('No such mail in the outbox');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

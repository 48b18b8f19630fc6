import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccessibilityViolations, launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

const run = promisify(execFile);
const screenshots = process.env.SCREENSHOT_DIR;

/** Sessions of the demo catalogue taking applications without national quotas, with their course. */
function sessionsTakingApplications(dataDir: string): { sessionId: string; slug: string }[] {
  const db = new SQLite(path.join(dataDir, 'jpcoops.sqlite'), { readonly: true });
  try {
    const now = new Date().toISOString();
    return db
      .prepare(
        `select s.id as sessionId, c.slug as slug from course_session s join course c on c.id = s.course_id
         where s.status = 'open' and c.status = 'published' and s.starts_at > ?
           and (s.application_deadline is null or s.application_deadline > ?)
           and not exists (select 1 from course_session_quota q where q.session_id = s.id)
         order by s.starts_at limit 3`,
      )
      .all(now, now) as { sessionId: string; slug: string }[];
  } finally {
    db.close();
  }
}

/**
 * axe-core on the learner's application pages — the apply form with an error shown, and "my
 * applications" with a history — in English and Italian, as a learner made with `jpcoops user create`
 * who reaches the form from a course page of the demo catalogue.
 */
describe('accessibility of the application pages', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let sessions: { sessionId: string; slug: string }[];

  const cli = (args: string[]) =>
    run(process.execPath, ['bin/jpcoops.js', ...args], {
      env: { PATH: process.env.PATH, DATA_DIR: server.dataDir, PUBLIC_URL: server.url, LOG_LEVEL: 'warn' },
    });
  const expectAccessible = async (label: string) => {
    if (screenshots) await page.screenshot({ path: path.join(screenshots, `${label}.png`), fullPage: true });
    const violations = await findAccessibilityViolations(page);
    expect(violations, `${label}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  };
  const submitApplyForm = (url: RegExp) =>
    Promise.all([page.waitForURL(url), page.click('main form.form button[type=submit]')]);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await cli(['seed', '--demo']);
    sessions = sessionsTakingApplications(server.dataDir);
    const created = await cli(['user', 'create', '--email', 'lukasz@example.pl', '--name', 'Łukasz Żółć']);
    const link = /(http:\/\/\S+\/password-reset\/new\?token=[\w-]+)/.exec(created.stdout)![1]!;
    page = await browser.newPage();
    await page.goto(link);
    await page.fill('#new-password-password', 'amber harbour violin seventeen');
    await page.fill('#new-password-passwordConfirmation', 'amber harbour violin seventeen');
    await Promise.all([page.waitForNavigation(), page.click('form.form button[type=submit]')]);
    await page.waitForSelector('#sign-in-email');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('applies from a course page, with an error first, and lists the application with its history', async () => {
    expect(sessions.length).toBeGreaterThanOrEqual(3);
    const [first, second] = sessions as [(typeof sessions)[0], (typeof sessions)[0]];
    await page.goto(`${server.url}/en/courses/${first.slug}`);
    await expectAccessible('course-page-en');
    await Promise.all([
      page.waitForURL(/\/en\/login\?next=/),
      page.click(`a[href="/en/sessions/${first.sessionId}/apply"]`),
    ]);
    await page.fill('#sign-in-email', 'lukasz@example.pl');
    await page.fill('#sign-in-password', 'amber harbour violin seventeen');
    await Promise.all([
      page.waitForURL(new RegExp(`/en/sessions/${first.sessionId}/apply$`)),
      page.click('form.form button[type=submit]'),
    ]);
    await expectAccessible('apply-en');

    await page.fill('#apply-motivation', 'Cross-border transfers of sentenced persons are my daily work.');
    await page.selectOption('#apply-profession', 'judge');
    await submitApplyForm(new RegExp(`/en/sessions/${first.sessionId}/apply$`));
    await page.waitForSelector('.error-summary a[href="#apply-consentShare"]');
    expect(await page.inputValue('#apply-motivation')).toContain('Cross-border transfers');
    await expectAccessible('apply-en-error');

    await page.check('#apply-consentShare');
    await submitApplyForm(/\/en\/account\/applications\?done=applied$/);
    await page.goto(`${server.url}/en/sessions/${second.sessionId}/apply`);
    await page.fill('#apply-motivation', 'I supervise probation measures across borders.');
    await page.selectOption('#apply-profession', 'judge');
    await page.check('#apply-consentShare');
    await submitApplyForm(/\/en\/account\/applications\?done=applied$/);

    // Withdrawing the first application (its button behind a disclosure) gives it a history of two steps.
    const firstSection = page.locator('section', {
      has: page.locator(`form[action$="/withdraw"]`),
    });
    await expect.poll(() => firstSection.count()).toBe(2);
    const oldest = firstSection.last();
    await oldest.locator('summary').click();
    await oldest.locator('input[name=reason]').fill('The dates clash with a trial');
    await Promise.all([
      page.waitForURL(/\/en\/account\/applications\?done=withdrawn$/),
      oldest.locator('button[type=submit]').click(),
    ]);
    expect(await page.locator('main').textContent()).toContain('Submitted → Withdrawn');
    await page.locator('details summary').first().click();
    await expectAccessible('my-applications-en');
  });

  it('has no violation in Italian, with an error and with the history', async () => {
    const third = sessions[2]!;
    await page.goto(`${server.url}/it/sessions/${third.sessionId}/apply`);
    await submitApplyForm(new RegExp(`/it/sessions/${third.sessionId}/apply$`));
    await page.waitForSelector('.error-summary');
    expect(await page.locator('.error-summary').textContent()).toContain(
      'Spieghi perché desidera partecipare',
    );
    await expectAccessible('apply-it-error');
    await page.goto(`${server.url}/it/account/applications`);
    expect(await page.locator('main').textContent()).toContain('Inviata → Ritirata');
    await expectAccessible('my-applications-it');
  });
});

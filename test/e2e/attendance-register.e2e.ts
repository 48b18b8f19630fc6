import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseBody, sessionBody } from '../../src/modules/catalogue/catalogue.test-kit.js';
import { createUser, signedInCookie } from '../app.js';
import { findAccessibilityViolations, launchBrowser } from './browser.js';
import { openServerData, type ServerData } from './server-data.js';
import { startServer, type RunningServer } from './server.js';

/**
 * The attendance register in Chromium, as a provider's manager: axe-core on the open register and on
 * the closed one, filled in from the keyboard. The course requires an assessment, so that its column
 * is checked too. Participants apply and confirm through the API; the session is then moved into the
 * past, since applications are only taken before a session starts.
 */
describe('attendance register in the browser', () => {
  let server: RunningServer;
  let data: ServerData;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let registerUrl: string;

  beforeAll(async () => {
    server = await startServer();
    data = openServerData(server);
    const { deps, call } = data;
    const { providerId, managerCookie } = await data.providerWithManager(
      'Scuola Superiore della Magistratura',
      'Giulia Manager',
    );
    const course = await call(managerCookie, 'POST', '/api/v1/courses', {
      ...courseBody(providerId, { assessmentRequired: true }),
    });
    const session = await call(
      managerCookie,
      'POST',
      `/api/v1/courses/${course.id}/sessions`,
      sessionBody({
        status: 'open',
        startsAt: '2027-03-08T09:00:00+01:00',
        endsAt: '2027-03-10T17:00:00+01:00',
      }),
    );
    await call(managerCookie, 'POST', `/api/v1/courses/${course.id}/publish`);
    for (const name of ['Ștefan Țîrcă', 'Łukasz Żółć', 'Maria Fernández']) {
      const learner = await createUser(deps, { name, country: 'RO' });
      const cookie = await signedInCookie(deps, learner.id);
      const application = await call(cookie, 'POST', `/api/v1/sessions/${session.id}/applications`, {
        motivation: 'I handle transfers of sentenced persons under FD 2008/909.',
        consentShare: true,
      });
      await call(cookie, 'POST', `/api/v1/applications/${application.id}/confirm`);
    }
    await data.database.db
      .updateTable('course_session')
      .set({ starts_at: '2026-11-23T08:00:00.000Z', ends_at: '2026-11-25T16:00:00.000Z' })
      .where('id', '=', session.id)
      .execute();

    browser = await launchBrowser();
    context = await browser.newContext();
    const [name = '', value = ''] = managerCookie.split('=');
    await context.addCookies([{ name, value, url: server.url }]);
    page = await context.newPage();
    registerUrl = `${server.url}/en/manage/sessions/${session.id}/attendance`;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await data?.database.destroy();
    await server?.stop();
  });

  it('has no axe violations while open, and fills in from the keyboard', async () => {
    await page.goto(registerUrl);
    expect(await page.locator('h1').textContent()).toBe('Attendance register');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(os.tmpdir(), 'attendance-register-open.png'), fullPage: true });

    // Space ticks the focused box; Tab goes to the next day of the same participant.
    const boxes = page.locator('input[type=checkbox]');
    expect(await boxes.count()).toBe(9);
    await boxes.first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toBe('Maria Fernández, Tuesday, November 24, 2026');

    // Enter saves, as the Save button does (not the first day's "everyone present" button).
    await Promise.all([page.waitForURL(/done=saved$/), page.keyboard.press('Enter')]);
    expect(
      await boxes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).checked)),
    ).toEqual([true, true, false, false, false, false, false, false, false]);

    await Promise.all([
      page.waitForURL(/done=saved$/),
      page.getByRole('button', { name: 'Everyone present on Wednesday, November 25, 2026' }).click(),
    ]);
    await page.getByLabel('Assessment of Maria Fernández').selectOption('passed');
    await Promise.all([
      page.waitForURL(/done=saved$/),
      page.getByRole('button', { name: 'Save', exact: true }).click(),
    ]);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('keeps its grid on a narrow screen, scrolling sideways inside the page, not the page itself', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(registerUrl);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      region: document.querySelector('.table-scroll')!.scrollWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(320);
    expect(widths.region).toBeGreaterThan(320);
    expect(
      await page.getByRole('button', { name: 'Everyone present on Monday, November 23, 2026' }).isVisible(),
    ).toBe(true);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(os.tmpdir(), 'attendance-register-narrow.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('closes into a read-only record that has no axe violations either', async () => {
    await Promise.all([
      page.waitForURL(/done=closed$/),
      page.getByRole('button', { name: 'Save and close the register' }).click(),
    ]);
    expect(await page.locator('input[type=checkbox]').count()).toBe(0);
    const mariaRow = page.locator('tr', { hasText: 'Maria Fernández' });
    expect(await mariaRow.textContent()).toContain('Completed');
    expect(await mariaRow.textContent()).toContain('16 h');
    expect(await page.locator('tr', { hasText: 'Łukasz Żółć' }).textContent()).toContain('Attended');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(os.tmpdir(), 'attendance-register-closed.png'), fullPage: true });
  });
});

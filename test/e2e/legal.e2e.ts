import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signedInCookie } from '../app.js';
import { findAccessibilityViolations, launchBrowser } from './browser.js';
import { openServerData, type ServerData } from './server-data.js';
import { startServer, type RunningServer } from './server.js';

/**
 * The legal instruments reference in Chromium: axe-core (WCAG 2.1 AA) on the list, an instrument page in
 * two languages, and the staff form, with and without errors; the reference needs no demo content.
 */
describe('legal instruments in Chromium', () => {
  let server: RunningServer;
  let data: ServerData;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ SEED_DEMO: 'false' });
    data = openServerData(server);
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await data?.database.destroy();
    await server?.stop();
  });

  async function expectNoViolations(page: Page, url: string, status = 200) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(status);
    const violations = await findAccessibilityViolations(page);
    expect(violations, `${url}\n${JSON.stringify(violations, null, 2)}`).toEqual([]);
  }

  for (const path of [
    '/en/instruments',
    '/en/instruments/32014L0041',
    '/it/instruments',
    '/it/instruments/32016L0680',
  ]) {
    it(`${path} has no violations`, async () => {
      const page = await browser.newPage();
      await expectNoViolations(page, `${server.url}${path}`);
      await page.close();
    });
  }

  it('shows the 27 Member States and fits 320 CSS pixels', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/en/instruments/32014L0041`);
    expect(await page.locator('.participation-table tbody tr').count()).toBe(27);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('the staff form, and the form with errors, have no violations', async () => {
    const coordinator = await createUser(data.deps, {
      grants: [{ role: 'coordinator' }],
      secondFactor: true,
    });
    const [name = '', value = ''] = (await signedInCookie(data.deps, coordinator.id)).split('=');
    const context = await browser.newContext();
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await expectNoViolations(page, `${server.url}/en/admin/instruments`);
    await expectNoViolations(page, `${server.url}/en/admin/instruments/32009F0829`);
    await page.fill('#instrument-shortTitle', '');
    await page.fill('#instrument-deadlines', 'decision | soon | days | Art. 12');
    await page.click('main form button[type=submit]');
    await page.waitForSelector('.error-summary');
    expect(await page.inputValue('#instrument-deadlines')).toBe('decision | soon | days | Art. 12');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

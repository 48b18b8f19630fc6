import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

/** Presses Tab until the element matching `selector` has focus; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((target) => document.activeElement?.matches(target) ?? false, selector)) return;
  }
  throw new Error(`Could not reach ${selector} with the keyboard`);
}

describe('keyboard only', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the skip link is the first stop and moves focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/en`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.close();
  });

  it('the contact form can be filled and sent with the keyboard alone', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/it/contact`);
    await tabTo(page, '#contact-name');
    await page.keyboard.type('Ștefan Țîrcă');
    await page.keyboard.press('Tab');
    await page.keyboard.type('stefan@example.ro');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Posti per il personale penitenziario');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ci sono ancora posti per la sessione di primavera?');
    await tabTo(page, '#contact-consent');
    await page.keyboard.press('Space');
    await tabTo(page, 'button[type=submit]');
    await Promise.all([page.waitForURL(/\/it\/contact\/sent$/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).not.toBe('');
    const outbox = path.join(server.dataDir, 'outbox');
    await expect
      .poll(() => (fs.existsSync(outbox) ? fs.readdirSync(outbox).length : 0), { timeout: 15_000 })
      .toBe(2);
    await page.close();
    // Staff read messages with the CLI until the staff inbox arrives with accounts.
    const listed = await promisify(execFile)(process.execPath, ['bin/jpcoops.js', 'messages', 'list'], {
      env: { PATH: process.env.PATH, DATA_DIR: server.dataDir },
    });
    expect(listed.stdout).toContain('Ștefan Țîrcă <stefan@example.ro>');
    expect(listed.stdout).toContain('Posti per il personale penitenziario');
  });
});

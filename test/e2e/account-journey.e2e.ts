import fs from 'node:fs';
import path from 'node:path';
import { generateSync } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHeader, leafParts, readMime } from '../mime-reader.js';
import { findAccessibilityViolations, launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

/** The link to `pathPart` in the newest mail of the outbox that contains one. */
async function linkFromOutbox(dataDir: string, pathPart: string): Promise<string> {
  const outbox = path.join(dataDir, 'outbox');
  const find = () => {
    if (!fs.existsSync(outbox)) return undefined;
    for (const file of fs.readdirSync(outbox).sort().reverse()) {
      const mime = readMime(fs.readFileSync(path.join(outbox, file), 'utf8'));
      const text = leafParts(mime)
        .map((part) => part.body.toString('utf8'))
        .join('\n');
      const link = text.match(/https?:\/\/\S+/g)?.find((url) => url.includes(pathPart));
      if (link) return { link, subject: decodeHeader(mime.headers.get('subject') ?? '') };
    }
    return undefined;
  };
  await expect.poll(find, { timeout: 15_000 }).toBeDefined();
  return find()!.link;
}

async function expectAccessible(page: Page): Promise<void> {
  const violations = await findAccessibilityViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

describe('account journey in Chromium', () => {
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

  it('register → verify from the .eml → sign in → enrol two-factor → sign out → sign in with a code', async () => {
    const page = await browser.newPage();
    const email = 'stefan.tirca@example.ro';
    const password = 'orchard lanterns drift slowly';

    await page.goto(`${server.url}/ro/register`);
    await expectAccessible(page);
    await page.fill('#register-name', 'Ștefan Țîrcă');
    await page.fill('#register-email', email);
    await page.fill('#register-password', password);
    await page.selectOption('#register-profession', 'probation-officer');
    await page.selectOption('#register-country', 'RO');
    await page.check('input[name=preferredLanguages][value=ro]');
    await Promise.all([
      page.waitForURL(/\/ro\/register\/check-email$/),
      page.click('form.form button[type=submit]'),
    ]);

    const verification = await linkFromOutbox(server.dataDir, '/verify-email');
    await page.goto(verification);
    await page.waitForURL(/\/ro\/login\?verified=1$/);
    await expectAccessible(page);
    await page.fill('#sign-in-email', email);
    await page.fill('#sign-in-password', password);
    await Promise.all([page.waitForURL(/\/ro\/account$/), page.click('form.form button[type=submit]')]);
    await expectAccessible(page);

    await page.goto(`${server.url}/ro/account/two-factor`);
    await expectAccessible(page);
    await page.click('form[action="/ro/account/two-factor/setup"] button');
    const secret = (await page.locator('code.two-factor-secret').textContent())!.replace(/\s+/g, '');
    await expectAccessible(page);
    await page.fill('input[name=code]', generateSync({ secret }));
    await page.click('form[action="/ro/account/two-factor/confirm"] button');
    await expect.poll(() => page.locator('.two-factor-codes li').count()).toBe(10);
    await expectAccessible(page);

    await page.click('.account-menu button[type=submit]');
    await page.waitForURL(new RegExp(`${server.url}/ro$`));

    await page.goto(`${server.url}/ro/login`);
    await page.fill('#sign-in-email', email);
    await page.fill('#sign-in-password', password);
    await Promise.all([
      page.waitForURL(/\/ro\/login\/second-factor/),
      page.click('form.form button[type=submit]'),
    ]);
    await expectAccessible(page);
    // A fresh step: the enrolment code's step cannot be replayed.
    await page.waitForTimeout(Math.max(0, 30_000 - (Date.now() % 30_000)) + 200);
    await page.locator('input[name=code]').first().fill(generateSync({ secret }));
    await Promise.all([
      page.waitForURL(/\/ro\/account$/),
      page.locator('form.form button[type=submit]').first().click(),
    ]);
    expect(await page.locator('.account-menu').textContent()).toContain('Ștefan Țîrcă');
  }, 90_000);

  it('the sign-in, registration and password-reset pages pass axe', async () => {
    const page = await browser.newPage();
    for (const url of ['/en/login', '/en/register', '/en/password-reset']) {
      await page.goto(`${server.url}${url}`);
      await expectAccessible(page);
    }
  });
});

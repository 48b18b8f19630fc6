import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseBody, sessionBody } from '../../src/modules/catalogue/catalogue.test-kit.js';
import { createUser, signedInCookie } from '../app.js';
import { leafParts, readMime } from '../mime-reader.js';
import { findAccessibilityViolations, launchBrowser } from './browser.js';
import { openServerData, type ServerData } from './server-data.js';
import { startServer, type RunningServer } from './server.js';

const screenshots = process.env.E2E_SCREENSHOTS;

/**
 * Bulk enrolment in Chromium: axe-core on the upload form, the preview (with refused rows and
 * without), the result, and the invitation link as a visitor, as another account and as the invited
 * person, who takes the place.
 */
describe('bulk enrolment in the browser', () => {
  let server: RunningServer;
  let data: ServerData;
  let browser: Browser;
  let deps: ServerData['deps'];
  let enrolmentUrl: string;
  let learner: { id: string; email: string };

  beforeAll(async () => {
    server = await startServer();
    data = openServerData(server);
    deps = data.deps;
    const { call } = data;
    const { providerId, managerCookie } = await data.providerWithManager(
      'Institutul Național al Magistraturii',
    );
    const course = await call(managerCookie, 'POST', '/api/v1/courses', courseBody(providerId));
    const session = await call(
      managerCookie,
      'POST',
      `/api/v1/courses/${course.id}/sessions`,
      sessionBody({ status: 'open', capacity: 10 }),
    );
    await call(managerCookie, 'POST', `/api/v1/courses/${course.id}/publish`);
    learner = await createUser(deps, { name: 'Ștefan Țîrcă', country: 'RO' });
    enrolmentUrl = `${server.url}/en/manage/sessions/${session.id}/enrolment`;
    browser = await launchBrowser();
    managerPage = await pageWithCookie(managerCookie);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await data?.database.destroy();
    await server?.stop();
  });

  let managerPage: Page;
  async function pageWithCookie(cookie?: string): Promise<Page> {
    const context = await browser.newContext();
    if (cookie) {
      const [name = '', value = ''] = cookie.split('=');
      await context.addCookies([{ name, value, url: server.url }]);
    }
    return context.newPage();
  }

  async function violations(page: Page, label: string): Promise<string[]> {
    if (screenshots) await page.screenshot({ path: path.join(screenshots, `${label}.png`), fullPage: true });
    return (await findAccessibilityViolations(page)).map(
      (violation) =>
        `${label}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  }

  async function upload(csv: string): Promise<void> {
    await managerPage.goto(enrolmentUrl);
    await managerPage.setInputFiles('input[name=file]', {
      name: 'participants.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await Promise.all([
      managerPage.waitForURL(/\/enrolment\/preview$/),
      managerPage.locator('main form button[type=submit]').click(),
    ]);
  }

  /** The invitation link of the latest mail to `address`, once the server's worker has sent it. */
  async function invitationLink(address: string): Promise<string> {
    const folder = path.join(server.dataDir, 'outbox');
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const files = fs.existsSync(folder) ? fs.readdirSync(folder).sort().reverse() : [];
      for (const file of files) {
        const mime = readMime(fs.readFileSync(path.join(folder, file), 'utf8'));
        if (!(mime.headers.get('to') ?? '').includes(address)) continue;
        const text = leafParts(mime)
          .map((part) => part.body.toString('utf8'))
          .join('\n');
        const link = /https?:\/\/\S+\/enrolment\/[\w-]+/.exec(text)?.[0];
        if (link) return link;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`no invitation mailed to ${address}`);
  }

  it('has no axe violations on the upload form, the previews and the result', async () => {
    const problems: string[] = [];
    await managerPage.goto(enrolmentUrl);
    expect(await managerPage.locator('h1').textContent()).toBe('Enrol participants');
    problems.push(...(await violations(managerPage, 'enrolment-upload')));

    await managerPage.locator('main form button[type=submit]').click();
    await managerPage.waitForSelector('.error-summary');
    problems.push(...(await violations(managerPage, 'enrolment-upload-error')));

    await upload(`email,name\n${learner.email},Ștefan\nnot-an-email,X\n`);
    await managerPage.waitForSelector('.error-summary');
    problems.push(...(await violations(managerPage, 'enrolment-preview-refused')));

    await upload(`email,name\n${learner.email},Ștefan\nana.invited@example.net,Ana Pereira\n`);
    expect(await managerPage.locator('main table tbody tr').count()).toBe(2);
    problems.push(...(await violations(managerPage, 'enrolment-preview')));
    await managerPage.locator('main form button[type=submit]').click();
    await managerPage.waitForSelector('.notice--success');
    expect(await managerPage.locator('.notice--success').textContent()).toContain('1 person enrolled');
    problems.push(...(await violations(managerPage, 'enrolment-result')));
    expect(problems).toEqual([]);
  });

  it('has no axe violations on the invitation link, and the invited person takes the place', async () => {
    const link = await invitationLink('ana.invited@example.net');
    const problems: string[] = [];
    const visitor = await pageWithCookie();
    expect((await visitor.goto(link))?.status()).toBe(200);
    problems.push(...(await violations(visitor, 'invitation-visitor')));

    const wrong = await pageWithCookie(await signedInCookie(deps, learner.id));
    expect((await wrong.goto(link))?.status()).toBe(403);
    problems.push(...(await violations(wrong, 'invitation-other-account')));

    const invited = await createUser(deps, { email: 'ana.invited@example.net', name: 'Ana Pereira' });
    const invitee = await pageWithCookie(await signedInCookie(deps, invited.id));
    await invitee.goto(link.replace('/en/', '/pt/'));
    problems.push(...(await violations(invitee, 'invitation-invitee-pt')));
    await Promise.all([
      invitee.waitForURL(/\/pt\/account\/applications$/),
      invitee.locator('main form button[type=submit]').click(),
    ]);
    expect((await invitee.goto(link))?.status()).toBe(410);
    problems.push(...(await violations(invitee, 'invitation-used')));
    expect(problems).toEqual([]);
  });
});

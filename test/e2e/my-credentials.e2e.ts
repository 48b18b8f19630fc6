import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/compose.js';
import { marksFor } from '../../src/modules/attendance/attendance.test-kit.js';
import { courseBody, sessionBody } from '../../src/modules/catalogue/catalogue.test-kit.js';
import { issueForCompletions } from '../../src/modules/credentials/index.js';
import { loadAppSecret } from '../../src/modules/setup/app-secret.js';
import { createTranslators, loadCatalog } from '../../src/platform/i18n/index.js';
import { createUser, signedInCookie } from '../app.js';
import { findAccessibilityViolations, launchBrowser } from './browser.js';
import { openServerData, type ServerData } from './server-data.js';
import { startServer, type RunningServer } from './server.js';

/**
 * "My credentials" and the transcript in Chromium, as a learner who completed a course worth ECTS and
 * UFC credits: the register is closed through the API and the credential issued as the job would.
 */
describe('my credentials in the browser', () => {
  let server: RunningServer;
  let data: ServerData;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let sessionId: string;
  let managerCookie: string;

  beforeAll(async () => {
    server = await startServer();
    data = openServerData(server);
    const { deps, call } = data;
    const provider = await data.providerWithManager('Institutul Național al Magistraturii');
    const { providerId } = provider;
    managerCookie = provider.managerCookie;
    const course = await call(managerCookie, 'POST', '/api/v1/courses', {
      ...courseBody(providerId, {
        hours: 16,
        credits: [
          { system: 'ECTS', amount: 2, awardingBody: 'Universitatea din București' },
          { system: 'UFC', amount: 12, awardingBody: 'Scuola Superiore della Magistratura' },
        ],
      }),
    });
    const session = await call(managerCookie, 'POST', `/api/v1/courses/${course.id}/sessions`, {
      ...sessionBody({
        status: 'open',
        startsAt: '2027-03-08T09:00:00+01:00',
        endsAt: '2027-03-12T17:00:00+01:00',
      }),
    });
    sessionId = session.id;
    await call(managerCookie, 'POST', `/api/v1/courses/${course.id}/publish`);
    const learner = await createUser(deps, { name: 'Ștefan Țîrcă', country: 'RO' });
    const learnerCookie = await signedInCookie(deps, learner.id);
    const application = await call(learnerCookie, 'POST', `/api/v1/sessions/${session.id}/applications`, {
      motivation: 'I handle European Investigation Orders every week.',
      consentShare: true,
    });
    await call(learnerCookie, 'POST', `/api/v1/applications/${application.id}/confirm`);
    await data.database.db
      .updateTable('course_session')
      .set({ starts_at: '2026-11-23T08:00:00.000Z', ends_at: '2026-11-27T16:00:00.000Z' })
      .where('id', '=', session.id)
      .execute();
    await call(managerCookie, 'PUT', `/api/v1/sessions/${session.id}/attendance`, {
      marks: marksFor(application.id, 5),
      close: true,
    });
    const issuing = {
      ...deps,
      secret: await loadAppSecret(data.database.db, deps.config.sessionSecret),
      translators: createTranslators(loadCatalog()),
      logger: createLogger(deps.config),
    };
    expect(await issueForCompletions(issuing)).toEqual({ issued: 1, failed: 0 });

    browser = await launchBrowser();
    context = await browser.newContext();
    const [name = '', value = ''] = learnerCookie.split('=');
    await context.addCookies([{ name, value, url: server.url }]);
    page = await context.newPage();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await data?.database.destroy();
    await server?.stop();
  });

  it('lists the credential without axe violations, and shows a share link once created', async () => {
    await page.goto(`${server.url}/en/account/credentials`);
    expect(await page.locator('h1').textContent()).toBe('My credentials');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await Promise.all([
      page.waitForURL(/done=shared/),
      page.getByRole('button', { name: 'Create a share link' }).click(),
    ]);
    const link = await page.getByLabel('Share link').inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/en/verify\\?credential=[0-9a-f-]+&share=`));
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(os.tmpdir(), 'my-credentials.png'), fullPage: true });
  });

  it('shows the transcript with its totals, without axe violations', async () => {
    await page.goto(`${server.url}/en/account/transcript`);
    expect(await page.locator('h1').textContent()).toBe('Transcript');
    const ects = page.getByRole('row', { name: /^ECTS Universitatea din București/ });
    expect(await ects.textContent()).toContain('2');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(os.tmpdir(), 'my-credentials-transcript.png'), fullPage: true });
  });

  it('lets the provider revoke it with a reason, without axe violations; the holder sees it revoked', async () => {
    const managerContext = await browser.newContext();
    const [name = '', value = ''] = managerCookie.split('=');
    await managerContext.addCookies([{ name, value, url: server.url }]);
    const managerPage = await managerContext.newPage();
    await managerPage.goto(`${server.url}/en/manage/sessions/${sessionId}/credentials`);
    expect(await managerPage.locator('h1').textContent()).toBe('Certificates of this session');
    expect(await findAccessibilityViolations(managerPage)).toEqual([]);
    await managerPage.getByLabel('Reason for revoking').fill('Attendance was recorded by mistake');
    await Promise.all([
      managerPage.waitForURL(/done=revoked/),
      managerPage.getByRole('button', { name: 'Revoke the certificate of Ștefan Țîrcă' }).click(),
    ]);
    expect(await managerPage.getByRole('status').textContent()).toContain('The certificate is revoked.');
    expect(await findAccessibilityViolations(managerPage)).toEqual([]);
    await managerPage.screenshot({ path: path.join(os.tmpdir(), 'session-credentials.png'), fullPage: true });
    await managerContext.close();
    await page.goto(`${server.url}/en/account/credentials`);
    expect(await page.locator('main').textContent()).toContain('Revoked');
  });
});

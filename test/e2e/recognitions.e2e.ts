import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseBody } from '../../src/modules/catalogue/catalogue.test-kit.js';
import { seedOrganisation } from '../../src/modules/organisations/organisations.test-kit.js';
import { createUser, signedInCookie } from '../app.js';
import { accessibilityProblems, launchBrowser } from './browser.js';
import { openServerData, type ServerData } from './server-data.js';
import { startServer, type RunningServer } from './server.js';

/**
 * The recognitions desk in Chromium: a university's partner admin records a recognition (first with
 * mistakes, shown next to the fields), then the course page shows it. axe-core on every state.
 */
describe('recognitions of course credits in the browser', () => {
  let server: RunningServer;
  let data: ServerData;
  let browser: Browser;
  let partnerAdmin: Page;
  let courseSlug: string;

  beforeAll(async () => {
    server = await startServer();
    data = openServerData(server);
    const { deps, call } = data;
    const { providerId, managerCookie } = await data.providerWithManager(
      'Scuola Superiore della Magistratura',
    );
    const body = courseBody(providerId);
    courseSlug = body.slug;
    const course = await call(managerCookie, 'POST', '/api/v1/courses', body);
    await call(managerCookie, 'POST', `/api/v1/courses/${course.id}/publish`);
    const universityId = await seedOrganisation(deps.db, {
      name: 'Università degli Studi di Padova',
      slug: 'unipd',
      type: 'university',
    });
    const admin = await createUser(deps, {
      name: 'Giulia Accademica',
      grants: [{ role: 'partner-admin', scopeType: 'organisation', scopeId: universityId }],
      secondFactor: true,
    });
    browser = await launchBrowser();
    partnerAdmin = await signedInPage(browser, server.url, await signedInCookie(deps, admin.id));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await data?.database.destroy();
    await server?.stop();
  });

  it('records a recognition, showing mistakes inline, with no axe violation', async () => {
    const problems: string[] = [];
    for (const locale of ['en', 'it']) {
      await partnerAdmin.goto(`${server.url}/${locale}/manage/recognitions`);
      problems.push(...(await accessibilityProblems(partnerAdmin, `recognitions-${locale}`)));
    }
    await partnerAdmin.goto(`${server.url}/en/manage/recognitions`);
    await partnerAdmin.getByLabel('Or the course’s address').fill(courseSlug);
    await partnerAdmin.getByLabel('Credit system').selectOption('ECTS');
    await partnerAdmin.getByLabel('Credits', { exact: true }).fill('0');
    await partnerAdmin.getByLabel('Conditions').fill('Final assessment passed');
    await partnerAdmin.getByLabel('Valid from').fill('2026-01-01');
    await partnerAdmin.getByLabel('Valid until (optional)').fill('2025-12-31');
    await partnerAdmin.getByRole('button', { name: 'Record the recognition' }).click();
    await partnerAdmin.waitForSelector('#error-summary');
    const summary = (await partnerAdmin.locator('#error-summary').textContent()) ?? '';
    expect(summary).toContain('Enter a number of credits more than 0');
    expect(summary).toContain('The last valid day cannot come before the first.');
    expect(await partnerAdmin.getByLabel('Conditions').inputValue()).toBe('Final assessment passed');
    problems.push(...(await accessibilityProblems(partnerAdmin, 'recognitions-errors')));

    await partnerAdmin.getByLabel('Credits', { exact: true }).fill('4');
    await partnerAdmin.getByLabel('Valid until (optional)').fill('');
    await Promise.all([
      partnerAdmin.waitForURL(/done=recorded$/),
      partnerAdmin.getByRole('button', { name: 'Record the recognition' }).click(),
    ]);
    expect(await partnerAdmin.locator('table').textContent()).toContain('4 ECTS');
    problems.push(...(await accessibilityProblems(partnerAdmin, 'recognitions-recorded')));
    expect(problems).toEqual([]);
  });

  it('shows the recognition on the course page, with no axe violation', async () => {
    const problems: string[] = [];
    const visitor = await browser.newPage();
    for (const locale of ['en', 'it']) {
      await visitor.goto(`${server.url}/${locale}/courses/${courseSlug}`);
      problems.push(...(await accessibilityProblems(visitor, `course-recognised-${locale}`)));
    }
    await visitor.goto(`${server.url}/en/courses/${courseSlug}`);
    const section = visitor.getByRole('region', { name: 'Recognised credits' });
    expect(await section.textContent()).toContain('4 ECTS');
    expect(
      await section.getByRole('link', { name: 'Università degli Studi di Padova' }).getAttribute('href'),
    ).toBe('/en/partners/unipd');
    await visitor.close();
    expect(problems).toEqual([]);
  });
});

async function signedInPage(browser: Browser, url: string, cookie: string): Promise<Page> {
  const context = await browser.newContext();
  const [name = '', value = ''] = cookie.split('=');
  await context.addCookies([{ name, value, url }]);
  return context.newPage();
}

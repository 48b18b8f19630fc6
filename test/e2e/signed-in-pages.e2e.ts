import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { generateSync } from 'otplib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccessibilityViolations, launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

const run = promisify(execFile);

/**
 * axe-core on every page type of the account area, the administration and the Knowledge Partnership,
 * as a real administrator who was created with `jpcoops user create`, chose a password from the link
 * and enrolled two-factor authentication.
 */
describe('accessibility of the account area and the administration', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const created = await run(
      process.execPath,
      [
        'bin/jpcoops.js',
        'user',
        'create',
        '--email',
        'ada@example.org',
        '--name',
        'Ada Amministratrice',
        '--role',
        'admin',
      ],
      {
        env: { PATH: process.env.PATH, DATA_DIR: server.dataDir, PUBLIC_URL: server.url, LOG_LEVEL: 'warn' },
      },
    );
    const link = /(http:\/\/\S+\/password-reset\/new\?token=[\w-]+)/.exec(created.stdout)![1]!;
    context = await browser.newContext();
    page = await context.newPage();
    await page.goto(link);
    await page.fill('#new-password-password', 'meadow copper lantern thirteen');
    await page.fill('#new-password-passwordConfirmation', 'meadow copper lantern thirteen');
    await page.click('form.form button[type=submit]');
    await page.fill('#sign-in-email', 'ada@example.org');
    await page.fill('#sign-in-password', 'meadow copper lantern thirteen');
    await Promise.all([
      page.waitForURL(/\/en\/account\/two-factor$/),
      page.click('form.form button[type=submit]'),
    ]);
    await page.click('form[action="/en/account/two-factor/setup"] button');
    const secret = (await page.locator('code.two-factor-secret').textContent())!.replace(/\s+/g, '');
    await page.fill('input[name=code]', generateSync({ secret }));
    await page.click('form[action="/en/account/two-factor/confirm"] button');
    await page.waitForSelector('.two-factor-codes');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const pages = [
    '/account',
    '/account/security',
    '/account/two-factor',
    '/account/tokens',
    '/account/data',
    '/account/data/erase',
    '/admin',
    '/admin/users',
    '/admin/messages',
    '/admin/audit',
    '/admin/organisations',
    '/admin/organisations/new',
    '/admin/contact-points',
    '/admin/contact-points/new',
    '/partners',
    '/partners/jp-coops',
    '/contact-points',
    '/manage/courses',
    '/manage/courses/new',
    '/manage/courses/import',
  ];

  for (const locale of ['en', 'it']) {
    it(`has no WCAG 2.1 AA violation on ${pages.length} page types in ${locale}`, async () => {
      const problems: string[] = [];
      for (const path of pages) {
        const response = await page.goto(`${server.url}/${locale}${path}`);
        if (response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`);
        const violations = await findAccessibilityViolations(page);
        for (const violation of violations) {
          problems.push(
            `${path}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('has no violation on a user page and with form errors', async () => {
    await page.goto(`${server.url}/en/admin/users`);
    await page.locator('main a[href*="/en/admin/users/"]').first().click();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.goto(`${server.url}/en/admin/organisations/new`);
    await page.locator('main form button[type=submit]').first().click();
    await page.waitForSelector('.error-summary');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('has no violation on the course management pages, with and without form errors', async () => {
    const violations = async (label: string) =>
      (await findAccessibilityViolations(page)).map(
        (violation) =>
          `${label}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    const problems: string[] = [];
    await page.goto(`${server.url}/en/manage/courses/new`);
    await page.locator('main form.form button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    problems.push(...(await violations('new course with errors')));
    await page.selectOption('#course-providerId', { index: 1 });
    await page.fill('#course-title', 'Cross-border evidence in practice');
    await page.selectOption('#course-format', 'online');
    await page.selectOption('#course-level', 'continuing');
    await page.fill('#course-hours', '8');
    await Promise.all([
      page.waitForURL(/\/en\/manage\/courses\/[\w-]+\?done=created$/),
      page.locator('main form.form button[type=submit]').first().click(),
    ]);
    const editUrl = page.url().split('?')[0]!;
    problems.push(...(await violations('edit course')));
    await page.goto(`${editUrl}/sessions/new`);
    problems.push(...(await violations('new session')));
    await page.locator('main form.form button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    problems.push(...(await violations('new session with errors')));
    await page.goto(`${editUrl}/translations/it`);
    problems.push(...(await violations('translation')));
    await page.goto(`${editUrl}/preview`);
    problems.push(...(await violations('preview')));
    await page.goto(`${server.url}/it/manage/courses`);
    problems.push(...(await violations('list in Italian')));
    // An import whose dry run finds problems: the report table by row and column.
    await page.goto(`${server.url}/en/manage/courses/import`);
    await page.selectOption('select[name=providerId]', { index: 1 });
    await page.setInputFiles('input[name=file]', {
      name: 'courses.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('external_id;title_en;format\nA-1;Evidence;by pigeon\n'),
    });
    await Promise.all([
      page.waitForURL(/\/en\/manage\/courses\/import\/[\w-]+$/),
      page.locator('main form button[type=submit]').first().click(),
    ]);
    await page.waitForSelector('#import-problems');
    problems.push(...(await violations('import report with problems')));
    expect(problems).toEqual([]);
  });
});

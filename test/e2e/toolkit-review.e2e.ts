import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contributionBody } from '../../src/modules/toolkit/contribution.test-kit.js';
import { seedOrganisation } from '../../src/modules/organisations/organisations.test-kit.js';
import { createUser, signedInCookie } from '../app.js';
import { accessibilityProblems, launchBrowser } from './browser.js';
import { openServerData, type ServerData } from './server-data.js';
import { startServer, type RunningServer } from './server.js';

/**
 * Toolkit contributions in Chromium: a partner member writes a resource (first with mistakes, shown next
 * to the fields), a reviewer approves it, an edit is approved as version 2, and the versions page shows
 * what changed. axe-core on the contribute, edit, review and versions pages.
 */
describe('toolkit contributions and reviews in the browser', () => {
  let server: RunningServer;
  let data: ServerData;
  let browser: Browser;
  let contributor: Page;
  let reviewer: Page;
  let partnerId: string;
  let contributorCookie: string;
  let reviewerCookie: string;

  beforeAll(async () => {
    server = await startServer();
    data = openServerData(server);
    partnerId = await seedOrganisation(data.deps.db, {
      name: 'Scuola Superiore della Magistratura',
      type: 'judicial-school',
    });
    const member = await createUser(data.deps, {
      name: 'Chiara Formatrice',
      grants: [{ role: 'trainer', scopeType: 'organisation', scopeId: partnerId }],
      secondFactor: true,
    });
    const coordinator = await createUser(data.deps, {
      name: 'Marco Coordinatore',
      grants: [{ role: 'coordinator' }],
      secondFactor: true,
    });
    contributorCookie = await signedInCookie(data.deps, member.id);
    reviewerCookie = await signedInCookie(data.deps, coordinator.id);
    browser = await launchBrowser();
    contributor = await signedInPage(browser, server.url, contributorCookie);
    reviewer = await signedInPage(browser, server.url, reviewerCookie);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await data?.database.destroy();
    await server?.stop();
  });

  it('contributes with mistakes shown inline, then saves and submits, with no axe violation', async () => {
    const problems: string[] = [];
    for (const locale of ['en', 'it']) {
      await contributor.goto(`${server.url}/${locale}/toolkit/contribute`);
      problems.push(...(await accessibilityProblems(contributor, `toolkit-contribute-${locale}`)));
    }
    await contributor.goto(`${server.url}/en/toolkit/contribute`);
    await contributor.getByLabel('Type of resource').selectOption('practice');
    await contributor.getByLabel('Language it is written in').selectOption('en');
    await contributor
      .getByLabel('Summary', { exact: true })
      .first()
      .fill('Structured exit talks with inmates.');
    await contributor.getByLabel('Date of publication (optional)').fill('last spring');
    await contributor.getByRole('button', { name: 'Save the draft' }).click();
    await contributor.waitForSelector('#error-summary');
    const summary = (await contributor.locator('#error-summary').textContent()) ?? '';
    expect(summary).toContain('Enter the title');
    expect(summary).toContain('Enter a year, a month or a day');
    expect(await contributor.getByLabel('Summary', { exact: true }).first().inputValue()).toBe(
      'Structured exit talks with inmates.',
    );
    problems.push(...(await accessibilityProblems(contributor, 'toolkit-contribute-errors')));

    await contributor.getByLabel('Title', { exact: true }).first().fill('Exit talks in prison');
    await contributor.getByLabel('Date of publication (optional)').fill('2025');
    await Promise.all([
      contributor.waitForURL(/done=created$/),
      contributor.getByRole('button', { name: 'Save the draft' }).click(),
    ]);
    problems.push(...(await accessibilityProblems(contributor, 'toolkit-edit-draft')));
    await Promise.all([
      contributor.waitForURL(/done=submitted$/),
      contributor.getByRole('button', { name: 'Submit for review' }).click(),
    ]);
    expect(await contributor.locator('main').textContent()).toContain('Waiting for a review');
    expect(problems).toEqual([]);
  });

  it('reviews from the queue, publishes an edit as version 2 and shows the changes, with no axe violation', async () => {
    const problems: string[] = [];
    await reviewer.goto(`${server.url}/en/toolkit/review`);
    problems.push(...(await accessibilityProblems(reviewer, 'toolkit-review-queue')));
    const entry = reviewer.locator('article', { hasText: 'Exit talks in prison' });
    await entry.getByRole('button', { name: 'Record the decision' }).click();
    await reviewer.waitForSelector('#error-summary');
    problems.push(...(await accessibilityProblems(reviewer, 'toolkit-review-errors')));
    const again = reviewer.locator('article', { hasText: 'Exit talks in prison' });
    await again.getByLabel('Approve and publish').check();
    await again.getByLabel('Evidence label').selectOption('inspiring');
    await Promise.all([
      reviewer.waitForURL(/done=approve$/),
      again.getByRole('button', { name: 'Record the decision' }).click(),
    ]);
    expect(await reviewer.locator('[role=status]').textContent()).toContain('Approved and published.');

    // A second contribution, published and edited through the API, for a version with changes.
    const created = await data.call(
      contributorCookie,
      'POST',
      '/api/v1/resources',
      contributionBody(partnerId),
    );
    await data.call(contributorCookie, 'POST', `/api/v1/resources/${created.id}/submit`);
    await data.call(reviewerCookie, 'POST', `/api/v1/resources/${created.id}/reviews`, {
      decision: 'approve',
      evidence: 'inspiring',
    });
    await data.call(contributorCookie, 'PATCH', `/api/v1/resources/${created.id}`, {
      texts: [
        {
          language: 'it',
          title: 'Colloqui motivazionali in carcere: seconda edizione',
          summary: 'Nuova sintesi.',
        },
      ],
      countries: ['IT', 'MT'],
    });
    await data.call(contributorCookie, 'POST', `/api/v1/resources/${created.id}/submit`);
    await contributor.goto(`${server.url}/en/toolkit/resources/${created.id}/edit`);
    problems.push(...(await accessibilityProblems(contributor, 'toolkit-edit-pending')));
    await data.call(reviewerCookie, 'POST', `/api/v1/resources/${created.id}/reviews`, {
      decision: 'approve',
      evidence: 'evaluated',
    });

    const visitor = await browser.newPage();
    for (const locale of ['en', 'it']) {
      await visitor.goto(`${server.url}/${locale}/toolkit/resources/${created.id}/versions`);
      problems.push(...(await accessibilityProblems(visitor, `toolkit-versions-${locale}`)));
    }
    expect((await visitor.locator('ins').allTextContents()).join(' ')).toMatch(
      /\[aggiunto: [^\]]*seconda edizione/,
    );
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

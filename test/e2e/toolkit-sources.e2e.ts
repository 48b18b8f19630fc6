import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listRecordsXml,
  startServer as startRepository,
  type LocalServer,
} from '../../src/modules/toolkit/harvest/harvest.test-kit.js';
import { createUser, signedInCookie } from '../app.js';
import { accessibilityProblems, launchBrowser } from './browser.js';
import { openServerData, type ServerData } from './server-data.js';
import { startServer, type RunningServer } from './server.js';

/**
 * Toolkit harvest sources in Chromium: a coordinator adds a source (first with mistakes, shown next to
 * the fields), harvests it now, follows it to the end and reads the run's report. axe-core on every state.
 */
describe('toolkit harvest sources in the browser', () => {
  let server: RunningServer;
  let repository: LocalServer;
  let data: ServerData;
  let browser: Browser;
  let coordinator: Page;

  beforeAll(async () => {
    server = await startServer();
    repository = await startRepository(() => ({
      body: listRecordsXml(
        [
          { identifier: 'oai:ran:1', title: 'Manual on prison radicalisation' },
          { identifier: 'oai:ran:2', extra: '<dc:x>broken</dc:y>' },
        ],
        null,
      ),
    }));
    data = openServerData(server);
    const user = await createUser(data.deps, {
      name: 'Chiara Coordinatrice',
      grants: [{ role: 'coordinator' }],
      secondFactor: true,
    });
    browser = await launchBrowser();
    const context = await browser.newContext();
    const [name = '', value = ''] = (await signedInCookie(data.deps, user.id)).split('=');
    await context.addCookies([{ name, value, url: server.url }]);
    coordinator = await context.newPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await repository?.close();
    await data?.database.destroy();
    await server?.stop();
  });

  it('adds a source, harvests it and shows the report, with no axe violation', async () => {
    const problems: string[] = [];
    for (const locale of ['en', 'it']) {
      await coordinator.goto(`${server.url}/${locale}/toolkit/sources`);
      problems.push(...(await accessibilityProblems(coordinator, `sources-${locale}`)));
    }
    await coordinator.goto(`${server.url}/en/toolkit/sources`);
    await coordinator.getByLabel('Name', { exact: true }).fill('RAN Collection');
    await coordinator.getByLabel('Network').fill('RAN');
    await coordinator.getByLabel('Address (URL)').fill('not an address');
    await coordinator.getByRole('button', { name: 'Add the source' }).click();
    await coordinator.waitForSelector('#error-summary');
    expect(await coordinator.locator('#error-summary').textContent()).toContain(
      'Enter an address starting with http:// or https://.',
    );
    expect(await coordinator.getByLabel('Name', { exact: true }).inputValue()).toBe('RAN Collection');
    problems.push(...(await accessibilityProblems(coordinator, 'sources-errors')));

    await coordinator.getByLabel('Address (URL)').fill(`${repository.url}/oai`);
    await Promise.all([
      coordinator.waitForURL(/done=created$/),
      coordinator.getByRole('button', { name: 'Add the source' }).click(),
    ]);
    await Promise.all([
      coordinator.waitForURL(/done=queued$/),
      coordinator.getByRole('button', { name: 'Harvest now' }).click(),
    ]);
    const sourceUrl = coordinator.url().split('?')[0]!;
    const deadline = Date.now() + 30_000;
    while (!(await coordinator.content()).includes('Completed (asked for)')) {
      if (Date.now() > deadline) throw new Error('the harvest did not complete');
      await new Promise((resolve) => setTimeout(resolve, 500));
      await coordinator.goto(sourceUrl);
    }
    await coordinator.getByText('Report of the run started').click();
    expect(await coordinator.locator('details').first().textContent()).toContain('oai:ran:2');
    problems.push(...(await accessibilityProblems(coordinator, 'source-harvested')));
    await coordinator.setViewportSize({ width: 320, height: 800 });
    const overflow = await coordinator.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(problems).toEqual([]);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

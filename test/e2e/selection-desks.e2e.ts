import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseBody, sessionBody } from '../../src/modules/catalogue/catalogue.test-kit.js';
import { createUser, signedInCookie } from '../app.js';
import { accessibilityProblems, launchBrowser } from './browser.js';
import { openServerData, type ServerData } from './server-data.js';
import { startServer, type RunningServer } from './server.js';

/**
 * Both staff desks in Chromium, with data: the Italian contact point ranks and nominates (and meets a
 * full quota), the provider's manager accepts up to capacity and fills the waiting list. axe-core on
 * every state, in English and Italian.
 */
describe('the selection desk and the provider’s desk in the browser', () => {
  let server: RunningServer;
  let data: ServerData;
  let browser: Browser;
  let contactPoint: Page;
  let manager: Page;
  let sessionId: string;

  beforeAll(async () => {
    server = await startServer();
    data = openServerData(server);
    const { deps, call } = data;
    const { providerId, managerCookie } = await data.providerWithManager(
      'Scuola Superiore della Magistratura',
      'Paola Gestore',
    );
    const course = await call(managerCookie, 'POST', '/api/v1/courses', courseBody(providerId));
    const session = await call(
      managerCookie,
      'POST',
      `/api/v1/courses/${course.id}/sessions`,
      sessionBody({
        status: 'open',
        capacity: 4,
        quotas: [
          { country: 'IT', places: 2 },
          { country: 'RO', places: 2 },
        ],
        selectionDeadline: '2027-02-01T00:00:00Z',
      }),
    );
    sessionId = session.id;
    await call(managerCookie, 'POST', `/api/v1/courses/${course.id}/publish`);
    const contactPointUser = await createUser(deps, {
      name: 'Luca Punto di Contatto',
      grants: [{ role: 'contact-point', scopeType: 'country', scopeId: 'IT' }],
      secondFactor: true,
    });
    const contactPointCookie = await signedInCookie(deps, contactPointUser.id);
    const romanianContactPoint = await createUser(deps, {
      grants: [{ role: 'contact-point', scopeType: 'country', scopeId: 'RO' }],
      secondFactor: true,
    });
    const romanianCookie = await signedInCookie(deps, romanianContactPoint.id);
    for (const [name, country] of [
      ['Chiara Bellandi', 'IT'],
      ['Davide Montanari', 'IT'],
      ['Elena Sbarbaro', 'IT'],
      ['Ștefan Țîrcă', 'RO'],
      ['Ioana Mărgărit', 'RO'],
    ] as const) {
      const learner = await createUser(deps, { name, country });
      const application = await call(
        await signedInCookie(deps, learner.id),
        'POST',
        `/api/v1/sessions/${sessionId}/applications`,
        {
          motivation: `I handle transfers of sentenced persons under FD 2008/909.\n\nMy court sees many cases.`,
          organisation: 'Tribunale di Milano',
          position: 'Investigating judge',
          consentShare: true,
        },
      );
      if (country === 'RO') {
        await call(romanianCookie, 'POST', `/api/v1/applications/${application.id}/nominate`, {});
      }
    }

    browser = await launchBrowser();
    contactPoint = await signedInPage(browser, server.url, contactPointCookie);
    manager = await signedInPage(browser, server.url, managerCookie);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await data?.database.destroy();
    await server?.stop();
  });

  it('lets the contact point rank and nominate, with no axe violation', async () => {
    const problems: string[] = [];
    for (const locale of ['en', 'it']) {
      await contactPoint.goto(`${server.url}/${locale}/desk/selection`);
      problems.push(...(await accessibilityProblems(contactPoint, `selection-list-${locale}`)));
    }
    await contactPoint.goto(`${server.url}/en/desk/selection/${sessionId}`);
    problems.push(...(await accessibilityProblems(contactPoint, 'selection-session')));
    expect(await contactPoint.content()).not.toContain('Țîrcă');

    await contactPoint.getByRole('spinbutton', { name: 'Chiara Bellandi' }).fill('2');
    await contactPoint.getByRole('spinbutton', { name: 'Davide Montanari' }).fill('1');
    await Promise.all([
      contactPoint.waitForURL(/done=ranked$/),
      contactPoint.getByRole('button', { name: 'Save ranking' }).click(),
    ]);
    for (const name of ['Davide Montanari', 'Chiara Bellandi']) {
      await clickAndFollow(
        contactPoint,
        contactPoint.getByRole('article', { name }).getByRole('button', { name: 'Nominate', exact: true }),
      );
    }
    problems.push(...(await accessibilityProblems(contactPoint, 'selection-nominated')));
    await contactPoint.getByLabel('Reason for Elena Sbarbaro (optional)').fill('A strong profile.');
    await contactPoint
      .getByRole('article', { name: 'Elena Sbarbaro' })
      .getByRole('button', { name: 'Nominate', exact: true })
      .click();
    await contactPoint.waitForSelector('#error-summary');
    expect(await contactPoint.locator('#error-summary').textContent()).toContain(
      'quota for this session is full',
    );
    expect(await contactPoint.getByLabel('Reason for Elena Sbarbaro (optional)').inputValue()).toBe(
      'A strong profile.',
    );
    problems.push(...(await accessibilityProblems(contactPoint, 'selection-quota-full')));
    expect(problems).toEqual([]);
  });

  it('lets the provider accept up to capacity and keep a waiting list, with no axe violation', async () => {
    const problems: string[] = [];
    const desk = `${server.url}/en/manage/sessions/${sessionId}/applications`;
    await manager.goto(desk);
    problems.push(...(await accessibilityProblems(manager, 'provider-desk')));
    const decide = (name: string, button: string) =>
      clickAndFollow(
        manager,
        manager.getByRole('article', { name }).getByRole('button', { name: button, exact: true }),
      );
    await decide('Davide Montanari', 'Accept');
    await decide('Ștefan Țîrcă', 'Accept');
    await decide('Chiara Bellandi', 'Waitlist');
    await decide('Ioana Mărgărit', 'Waitlist');
    await manager.goto(desk);
    const waiting = (await manager
      .locator('#group-waiting + p, section:has(#group-waiting)')
      .last()
      .textContent())!;
    expect(waiting.indexOf('Chiara Bellandi')).toBeLessThan(waiting.indexOf('Ioana Mărgărit'));
    problems.push(...(await accessibilityProblems(manager, 'provider-desk-filled')));
    for (const locale of ['it']) {
      await manager.goto(`${server.url}/${locale}/manage/sessions/${sessionId}/applications`);
      problems.push(...(await accessibilityProblems(manager, `provider-desk-${locale}`)));
    }
    expect(problems).toEqual([]);
  });
});

async function signedInPage(browser: Browser, url: string, cookie: string): Promise<Page> {
  const context = await browser.newContext();
  const [name = '', value = ''] = cookie.split('=');
  await context.addCookies([{ name, value, url }]);
  return context.newPage();
}

/** Clicks a decision's button and waits for the page it redirects to (a new address each time). */
async function clickAndFollow(page: Page, button: Locator): Promise<void> {
  const before = page.url();
  await button.click();
  await page.waitForURL((url) => url.href !== before && url.searchParams.has('done'));
}

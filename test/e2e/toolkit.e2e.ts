import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccessibilityViolations, launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

/** The public Super Toolkit on the demo content: axe, CSP, narrow screens, and no JavaScript. */
describe('Super Toolkit pages in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let resourcePath: string;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // The demo's RAN manual on returnees: translated, linked to EuroPris's copy.
    const list = (await (await fetch(`${server.url}/api/v1/resources?q=returnees&source=RAN`)).json()) as {
      items: { id: string }[];
    };
    resourcePath = `/toolkit/resources/${list.items[0]!.id}`;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const pages = () => ['/toolkit', '/toolkit?q=prison&type=handbook', '/toolkit/networks', resourcePath];

  for (const locale of ['en', 'it']) {
    it(`/${locale} toolkit pages have no axe violations nor CSP errors`, async () => {
      for (const page of pages()) {
        const tab = await browser.newPage();
        const cspErrors: string[] = [];
        tab.on('console', (message) => {
          if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
            cspErrors.push(message.text());
        });
        const response = await tab.goto(`${server.url}/${locale}${page}`);
        expect(response?.status(), page).toBe(200);
        const violations = await findAccessibilityViolations(tab);
        expect(violations, `${page}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
        expect(cspErrors, page).toEqual([]);
        await tab.close();
      }
    });
  }

  it('highlights the words searched and reads the resource’s JSON-LD', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}/en/toolkit?q=prison`);
    expect(await tab.locator('.resource-card__snippet mark').count()).toBeGreaterThan(0);
    await tab.goto(`${server.url}/en${resourcePath}`);
    const jsonLd = JSON.parse(
      (await tab.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    ) as Record<string, unknown>;
    expect(jsonLd['@type']).toBe('LearningResource');
    expect(await tab.getByRole('link', { name: /returnees/i }).count()).toBeGreaterThan(0);
    await tab.close();
  });

  it('fits 320 CSS pixels without horizontal scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const tab = await context.newPage();
    for (const page of pages()) {
      await tab.goto(`${server.url}/en${page}`);
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, page).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it('filters by a facet without JavaScript, through the plain GET form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${server.url}/en/toolkit`);
    await tab.check('#toolkit-source-EJTN');
    await tab.click('form[role=search] button[type=submit]');
    await tab.waitForURL(/source=EJTN/);
    const networks = await tab.locator('.resource-card dd').allTextContents();
    expect(networks).toContain('European Judicial Training Network');
    expect(networks).not.toContain('Radicalisation Awareness Network');
    await context.close();
  });

  it('updates the results live with htmx when a facet is ticked', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}/en/toolkit`);
    await tab.check('#toolkit-source-CEPOL');
    await tab.waitForURL(/source=CEPOL/);
    await expect.poll(async () => tab.locator('#toolkit-results h2').textContent()).toMatch(/^3 resources/);
    await tab.close();
  });
});

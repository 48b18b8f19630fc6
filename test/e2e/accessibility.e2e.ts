import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccessibilityViolations, launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

const pages = ['', '/contact', '/privacy', '/accessibility', '/courses', '/no-such-page'];

describe('accessibility in Chromium (axe-core, WCAG 2.1 AA)', () => {
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

  for (const locale of ['en', 'it']) {
    for (const page of pages) {
      it(`/${locale}${page} has no violations`, async () => {
        const tab = await browser.newPage();
        const cspErrors: string[] = [];
        tab.on('console', (message) => {
          if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
            cspErrors.push(message.text());
        });
        const response = await tab.goto(`${server.url}/${locale}${page}`);
        expect(response?.status()).toBe(page === '/no-such-page' ? 404 : 200);
        const violations = await findAccessibilityViolations(tab);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        expect(cspErrors).toEqual([]);
        await tab.close();
      });
    }
  }

  it('contact form with errors has no violations', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}/en/contact`);
    await tab.click('button[type=submit]');
    await tab.waitForSelector('.error-summary');
    expect(await findAccessibilityViolations(tab)).toEqual([]);
    await tab.close();
  });

  it('fits 320 CSS pixels without horizontal scrolling, and reflows at 200% zoom', async () => {
    for (const width of [320, 640]) {
      // 640 CSS pixels is a 1280-pixel window at 200% zoom.
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const tab = await context.newPage();
      for (const page of ['', '/contact', '/privacy']) {
        await tab.goto(`${server.url}/en${page}`);
        const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${page} at ${width}px`).toBeLessThanOrEqual(0);
      }
      await context.close();
    }
  });

  it('works without JavaScript: the contact form posts and shows its errors', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${server.url}/en/contact`);
    await tab.fill('#contact-name', 'Łukasz Żółć');
    await tab.click('button[type=submit]');
    await tab.waitForSelector('.error-summary');
    expect(await tab.inputValue('#contact-name')).toBe('Łukasz Żółć');
    await context.close();
  });
});

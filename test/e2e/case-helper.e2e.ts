import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccessibilityViolations, launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

const helper = '/case-helper';
const answered = 'need=surrender&issuingState=IT&executingState=PT&personAge=17&agency=competent-authority';
const pagesToCheck = [
  ['the need step', ''],
  ['the states step', '?step=states&need=evidence'],
  ['the person step', '?step=person&need=evidence&issuingState=IT&executingState=PT'],
  ['the date step', `?step=date&${answered}`],
  ['an answer with due dates', `?step=answer&${answered}&receivedOn=2026-01-30`],
  [
    'an answer that is not applicable',
    '?step=answer&need=evidence&issuingState=DK&executingState=IE&agency=other',
  ],
  ['a step with errors', '?step=answer&need=evidence&issuingState=IT&executingState=IT'],
] as const;

/** Presses Tab until the element matching `selector` has focus; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((target) => document.activeElement?.matches(target) ?? false, selector)) return;
  }
  throw new Error(`Could not reach ${selector} with the keyboard`);
}

describe('case helper in Chromium', () => {
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

  for (const locale of ['en', 'ro']) {
    for (const [name, query] of pagesToCheck) {
      it(`${locale}: ${name} has no axe violations (WCAG 2.1 AA)`, async () => {
        const page = await browser.newPage();
        const cspErrors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
            cspErrors.push(message.text());
        });
        const response = await page.goto(`${server.url}/${locale}${helper}${query}`);
        expect(response?.status()).toBe(name === 'a step with errors' ? 400 : 200);
        const violations = await findAccessibilityViolations(page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        expect(cspErrors).toEqual([]);
        await page.close();
      });
    }
  }

  it('walks every step with the keyboard alone, and goes back with the answers kept', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/en${helper}`);
    await tabTo(page, 'input[name=need]');
    // Arrow keys move between radio buttons and select the one they reach.
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name=need]:checked').getAttribute('value')).toBe('surrender');
    await tabTo(page, 'button[value=states]');
    await Promise.all([page.waitForURL(/step=states/), page.keyboard.press('Enter')]);
    await tabTo(page, '#case-issuingState');
    await page.keyboard.type('Italy');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Portugal');
    await tabTo(page, 'button[value=person]');
    await Promise.all([page.waitForURL(/step=person/), page.keyboard.press('Enter')]);
    await tabTo(page, '#case-personAge');
    await page.keyboard.type('17');
    await Promise.all([page.waitForURL(/step=date/), page.keyboard.press('Enter')]);
    await tabTo(page, '#case-receivedOn');
    await page.keyboard.type('2026-01-30');
    await Promise.all([page.waitForURL(/step=answer/), page.keyboard.press('Enter')]);
    const answer = page.locator('.case-answer');
    expect(await answer.getAttribute('data-celex')).toBe('32002F0584');
    expect(await page.locator('.case-answer__safeguards li[data-celex="32016L0800"]').count()).toBe(1);
    expect(await page.locator('.case-answer__deadlines time').first().getAttribute('datetime')).toBe(
      '2026-02-09',
    );
    // Back to the date step, then back again with the button: every answer is still there.
    await tabTo(page, 'a.case-answer__back', 120);
    await Promise.all([page.waitForURL(/step=date/), page.keyboard.press('Enter')]);
    expect(await page.inputValue('#case-receivedOn')).toBe('2026-01-30');
    await tabTo(page, 'button[value=person]');
    await Promise.all([page.waitForURL(/step=person/), page.keyboard.press('Enter')]);
    expect(await page.inputValue('#case-personAge')).toBe('17');
    await page.close();
  });

  it('works without JavaScript, and shows an impossible date inline with what was typed', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/en${helper}`);
    await page.check('input[name=need][value=evidence]');
    await page.click('button[value=states]');
    await page.selectOption('#case-issuingState', 'DK');
    await page.selectOption('#case-executingState', 'IT');
    await page.click('button[value=person]');
    await page.check('input[name=agency][value=other]');
    await page.click('button[value=date]');
    await page.fill('#case-receivedOn', '2026-02-30');
    await page.click('button[value=answer]');
    await page.waitForSelector('.error-summary');
    expect(await page.inputValue('#case-receivedOn')).toBe('2026-02-30');
    await page.fill('#case-receivedOn', '2026-03-02');
    await page.click('button[value=answer]');
    await page.waitForSelector('.case-answer');
    expect(await page.locator('.case-answer').getAttribute('data-applicable')).toBe('false');
    expect(await page.locator('.case-answer__alternatives li').count()).toBe(1);
    expect(await page.locator('.case-answer__data-protection').getAttribute('data-celex')).toBe('32016R0679');
    await context.close();
  });

  it('fits 320 CSS pixels: the answer’s tables scroll inside their region, not the page', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/en${helper}?step=answer&${answered}&receivedOn=2026-01-30`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

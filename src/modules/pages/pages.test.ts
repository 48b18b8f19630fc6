import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { seedDemoContent } from '../demo/index.js';
import { locales } from '../../platform/i18n/index.js';

describe('public pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(
      { DPO_EMAIL: 'dpo@jpcoops.example', CONTROLLER_NAME: 'Test Controller Ltd' },
      { hasDemoContent: true },
    );
    await seedDemoContent(t.deps);
  });
  afterAll(() => t.close());

  it.each(locales)(
    'home in %s: the five topics, the demo providers marked as demo, the targets',
    async (locale) => {
      const response = await t.app.inject({ url: `/${locale}` });
      expect(response.statusCode).toBe(200);
      const t9n = t.deps.translators(locale).t;
      for (const topic of [
        'radicalisation',
        'digital-forensics',
        'mediation',
        'data-protection',
        'psychology',
      ]) {
        expect(response.body).toContain(t9n(`topic.${topic}.name`));
      }
      for (const provider of ['JP-COOPS', 'J-SAFE', 'MINDb4ACT']) expect(response.body).toContain(provider);
      expect(response.body).toContain(t9n('layout.demoBanner').replaceAll('“', '“'));
      expect(response.body).toContain(t.deps.translators(locale).formatNumber(1000));
      for (const anchor of [
        'catalogue',
        'toolkit',
        'partners',
        'living-labs',
        'audience',
        'instruments',
        'handbook',
      ]) {
        expect(response.body).toContain(`id="${anchor}"`);
      }
    },
  );

  it('has landmarks, a skip link and a language switcher marking the current language', async () => {
    const { body } = await t.app.inject({ url: '/it' });
    expect(body).toContain('<a class="skip-link" href="#main">');
    expect(body).toContain('<main id="main"');
    expect(body).toContain('<header');
    expect(body).toContain('<footer');
    expect(body).toMatch(/<a href="\/it" hreflang="it" lang="it" aria-current="true">/);
  });

  it('lists the consortium members', async () => {
    const response = await t.app.inject({ url: '/en/consortium' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('University of Malta');
    expect(response.body).not.toContain('MINDb4ACT</h4>');
  });

  it('names the controller and the DPO from configuration in the privacy policy', async () => {
    const response = await t.app.inject({ url: '/de/privacy' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Test Controller Ltd');
    expect(response.body).toContain('mailto:dpo@jpcoops.example');
    expect(response.body).toContain('29. November 2026');
  });

  it('publishes an accessibility statement with status, limitations, feedback and enforcement', async () => {
    const response = await t.app.inject({ url: '/en/accessibility' });
    expect(response.statusCode).toBe(200);
    for (const heading of [
      'Compliance status',
      'Non-accessible content',
      'Feedback and contact',
      'Enforcement procedure',
    ]) {
      expect(response.body).toContain(heading);
    }
  });

  it('shows an English description in another language marked with its language', async () => {
    const { body } = await t.app.inject({ url: '/pt' });
    expect(body).toMatch(/<p lang="en">Sibling project/);
  });
});

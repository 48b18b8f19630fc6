import fs from 'node:fs';
import path from 'node:path';
import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { createTranslators, loadCatalog, locales, localesDir, negotiateLocale } from './index.js';

const catalog = loadCatalog();
const english = catalog.en;

/** Placeholder names and, for each plural, the categories it lists. */
function shapeOf(message: string): { placeholders: Set<string>; plurals: Map<string, Set<string>> } {
  const placeholders = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date) {
        placeholders.add(element.value);
      }
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        placeholders.add(element.value);
        if (element.type === TYPE.plural) plurals.set(element.value, new Set(Object.keys(element.options)));
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return { placeholders, plurals };
}

describe('locale catalogues', () => {
  it.each(locales.filter((locale) => locale !== 'en'))(
    '%s has every key that en has, and no other',
    (locale) => {
      const messages = catalog[locale];
      expect(Object.keys(english).filter((key) => !(key in messages))).toEqual([]);
      expect(Object.keys(messages).filter((key) => !(key in english))).toEqual([]);
    },
  );

  it.each(locales)('%s messages parse and keep the placeholders of the English source', (locale) => {
    for (const [key, source] of Object.entries(english)) {
      const message = catalog[locale][key] ?? '';
      const shape = shapeOf(message);
      expect([...shape.placeholders].sort(), `${locale} ${key}`).toEqual(
        [...shapeOf(source).placeholders].sort(),
      );
    }
  });

  it.each(locales)('%s plurals list every plural category of the language', (locale) => {
    const required = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.filter(
      // `many` in French, Spanish, Italian and Portuguese only applies to millions; `other` covers it.
      (category) => category !== 'many',
    );
    for (const [key, message] of Object.entries(catalog[locale])) {
      for (const [argument, categories] of shapeOf(message).plurals) {
        for (const category of required) {
          expect(categories.has(category), `${locale} ${key} {${argument}} lacks "${category}"`).toBe(true);
        }
      }
    }
  });

  it('has an English message for every key the code uses', () => {
    const sourceDir = path.resolve(import.meta.dirname, '../..');
    const used = new Set<string>();
    const files = fs
      .readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file));
    for (const file of files.filter((name) => !name.endsWith('.test.ts'))) {
      const text = fs.readFileSync(path.join(sourceDir, file), 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-z][\w.-]*\.[\w.-]+)'/g)) used.add(match[1]!);
      for (const match of text.matchAll(/'((?:contact|setup)\.error\.\w+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !(key in english))).toEqual([]);
  });
});

describe('translator', () => {
  const translators = createTranslators(catalog);

  it('applies the plural rules of each language', () => {
    expect(translators('en').t('form.errorSummary', { count: 1 })).toBe('There is one problem');
    expect(translators('en').t('form.errorSummary', { count: 3 })).toBe('There are 3 problems');
    const romanian = (count: number) => translators('ro').t('form.errorSummary', { count });
    // Romanian has three forms: one, few (2–19) and other (20 and up, with "de").
    const forms = [romanian(1), romanian(3).replace('3', 'N'), romanian(20).replace('20', 'N')];
    expect(new Set(forms).size).toBe(3);
  });

  it('formats dates and numbers per locale', () => {
    expect(translators('en').formatNumber(1000)).toBe('1,000');
    expect(translators('de').formatNumber(1000)).toBe('1.000');
    expect(translators('fr').formatDate('2026-11-29')).toBe('29 novembre 2026');
    expect(translators('it').countryName('EL')).toBe('Grecia');
  });

  it('falls back to English, then to the key', () => {
    const partial = createTranslators({ ...catalog, fr: { 'site.name': 'Réseau' } });
    expect(partial('fr').t('site.name')).toBe('Réseau');
    expect(partial('fr').t('nav.label')).toBe(english['nav.label']);
    expect(partial('fr').t('no.such.key')).toBe('no.such.key');
  });
});

describe('language negotiation', () => {
  it.each([
    ['it-IT,it;q=0.9,en;q=0.8', 'it'],
    ['pt-BR', 'pt'],
    ['de-CH, fr;q=0.8', 'de'],
    ['ja, ro;q=0.5', 'ro'],
    ['ja', 'en'],
    [undefined, 'en'],
    ['*', 'en'],
    ['garbage;;;q=x', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe('catalogue files', () => {
  it.each(locales)('%s has the same message files as en', (locale) => {
    const files = (folder: string) => fs.readdirSync(path.join(localesDir, folder)).sort();
    expect(files(locale)).toEqual(files('en'));
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales, type Locale } from './locales.js';

export type Messages = Readonly<Record<string, string>>;
export type Catalog = Readonly<Record<Locale, Messages>>;

/** `locales/` at the project root, from both `src/platform/i18n` and `dist/platform/i18n`. */
export const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../locales');

/** Reads every locale's messages (flat JSON objects of ICU MessageFormat strings). */
export function loadCatalog(directory: string = localesDir): Catalog {
  const entries = locales.map((locale) => {
    const file = path.join(directory, `${locale}.json`);
    const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    if (!messages || typeof messages !== 'object' || Array.isArray(messages)) {
      throw new Error(`${file} must hold one JSON object of messages`);
    }
    return [locale, Object.freeze(messages as Record<string, string>)] as const;
  });
  return Object.freeze(Object.fromEntries(entries) as Record<Locale, Messages>);
}

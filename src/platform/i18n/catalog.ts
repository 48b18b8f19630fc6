import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales, type Locale } from './locales.js';

export type Messages = Readonly<Record<string, string>>;
export type Catalog = Readonly<Record<Locale, Messages>>;

/** `locales/` at the project root, from both `src/platform/i18n` and `dist/platform/i18n`. */
export const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../locales');

/**
 * Reads every locale's messages: `locales/<locale>/*.json`, one flat JSON object of ICU MessageFormat
 * strings per file (a file per module), merged. A key defined in two files is an error.
 */
export function loadCatalog(directory: string = localesDir): Catalog {
  const entries = locales.map(
    (locale) => [locale, Object.freeze(readLocale(path.join(directory, locale)))] as const,
  );
  return Object.freeze(Object.fromEntries(entries) as Record<Locale, Messages>);
}

function readLocale(folder: string): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const name of fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const file = path.join(folder, name);
    const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    if (!messages || typeof messages !== 'object' || Array.isArray(messages)) {
      throw new Error(`${file} must hold one JSON object of messages`);
    }
    for (const [key, message] of Object.entries(messages)) {
      if (key in merged) throw new Error(`${file}: the key "${key}" is already defined in another file`);
      if (typeof message !== 'string') throw new Error(`${file}: the message "${key}" must be a string`);
      merged[key] = message;
    }
  }
  return merged;
}

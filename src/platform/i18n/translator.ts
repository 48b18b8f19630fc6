import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { defaultLocale, type Locale } from './locales.js';
import type { Catalog } from './catalog.js';

export type MessageValues = Record<string, PrimitiveType>;

export interface Translator {
  readonly locale: Locale;
  /** The message `key` in this locale (English when a translation is missing), with ICU plurals and values. */
  readonly t: (key: string, values?: MessageValues) => string;
  readonly formatDate: (date: Date | string, options?: Intl.DateTimeFormatOptions) => string;
  readonly formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** A country's name in this locale from its code; the EU's `EL` is Greece (ISO `GR`). */
  readonly countryName: (code: string) => string;
}

/** Compiled messages are cached per locale and key: formatting is on the hot path of every page. */
export function createTranslators(catalog: Catalog): (locale: Locale) => Translator {
  const cache = new Map<string, IntlMessageFormat>();
  const compile = (locale: Locale, key: string): IntlMessageFormat | undefined => {
    const cacheKey = `${locale}\u0000${key}`;
    let format = cache.get(cacheKey);
    if (!format) {
      const source = catalog[locale][key] ?? catalog[defaultLocale][key];
      if (source === undefined) return undefined;
      format = new IntlMessageFormat(source, locale);
      cache.set(cacheKey, format);
    }
    return format;
  };
  const translators = new Map<Locale, Translator>();
  return (locale) => {
    let translator = translators.get(locale);
    if (!translator) {
      // Intl formatters are costly to build and safe to share: one per locale and options.
      const dateFormats = new Map<string, Intl.DateTimeFormat>();
      const numberFormats = new Map<string, Intl.NumberFormat>();
      const regionNames = new Intl.DisplayNames([locale], { type: 'region' });
      translator = {
        locale,
        t: (key, values) => String(compile(locale, key)?.format(values) ?? key),
        formatDate: (date, options = { dateStyle: 'long' }) => {
          const optionsKey = JSON.stringify(options);
          let format = dateFormats.get(optionsKey);
          if (!format) dateFormats.set(optionsKey, (format = new Intl.DateTimeFormat(locale, options)));
          return format.format(typeof date === 'string' ? new Date(date) : date);
        },
        formatNumber: (value, options) => {
          const optionsKey = options ? JSON.stringify(options) : '';
          let format = numberFormats.get(optionsKey);
          if (!format) numberFormats.set(optionsKey, (format = new Intl.NumberFormat(locale, options)));
          return format.format(value);
        },
        countryName: (code) => regionNames.of(code === 'EL' ? 'GR' : code) ?? code,
      };
      translators.set(locale, translator);
    }
    return translator;
  };
}

/** A message, or the code itself when there is none (topics and networks beyond the known ones). */
export function labelOrCode(translator: Pick<Translator, 't'>, key: string, code: string): string {
  const text = translator.t(key);
  return text === key ? code : text;
}

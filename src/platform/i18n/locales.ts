import Negotiator from 'negotiator';

/** The languages the whole UI is translated into; English is the source. */
export const locales = ['en', 'fr', 'de', 'it', 'es', 'pt', 'ro'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** Each language's name in itself, for the language switcher. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  es: 'Español',
  pt: 'Português',
  ro: 'Română',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The visitor's preferred language among ours, from an `Accept-Language` header; English otherwise. */
export function negotiateLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const [best] = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages([...locales]);
  return isLocale(best) ? best : defaultLocale;
}

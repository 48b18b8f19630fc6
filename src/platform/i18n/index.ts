export { defaultLocale, isLocale, localeNames, locales, negotiateLocale, type Locale } from './locales.js';
export { loadCatalog, localesDir, type Catalog, type Messages } from './catalog.js';
export { createTranslators, labelOrCode, type MessageValues, type Translator } from './translator.js';

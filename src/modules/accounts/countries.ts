/**
 * Country codes for forms: the 27 Member States first (EU codes: `EL` is Greece), then the others.
 * Names come from `Intl.DisplayNames` in the visitor's language, so there is nothing to translate.
 */
export const euCountries = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'EL',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;

/** Candidate and neighbouring countries and other states whose practitioners take part. */
export const otherCountries = [
  'AL',
  'AD',
  'AM',
  'AZ',
  'BY',
  'BA',
  'CA',
  'GE',
  'IS',
  'IL',
  'XK',
  'LI',
  'MD',
  'MC',
  'ME',
  'MA',
  'MK',
  'NO',
  'RS',
  'SM',
  'CH',
  'TN',
  'TR',
  'UA',
  'GB',
  'US',
  'VA',
] as const;

export const countryCodes: readonly string[] = [...euCountries, ...otherCountries];

export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && countryCodes.includes(value);
}

/** EU official languages, for "languages I work in". */
export const euLanguages = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
] as const;

/**
 * Country codes as the EU writes them (`EL` for Greece). Names come from `Intl.DisplayNames` in the
 * reader's language (see `Translator.countryName`), so there is nothing to translate.
 */
export const memberStates = [
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
export type MemberState = (typeof memberStates)[number];

/** Candidate countries, the EEA, neighbours and other states whose practitioners train with the network. */
export const otherCountries = [
  'AD',
  'AL',
  'AM',
  'AZ',
  'BA',
  'BY',
  'CA',
  'CH',
  'GB',
  'GE',
  'IL',
  'IS',
  'LI',
  'MA',
  'MC',
  'MD',
  'ME',
  'MK',
  'NO',
  'RS',
  'SM',
  'TN',
  'TR',
  'UA',
  'US',
  'VA',
  'XK',
] as const;

/** Where a person works. */
export const countryCodes: readonly string[] = [...memberStates, ...otherCountries];

/** Where an organisation is: a country, or `EU` for bodies working at the level of the Union. */
export const organisationCountryCodes: readonly string[] = [...memberStates, 'EU', ...otherCountries];

export function isMemberState(value: unknown): value is MemberState {
  return typeof value === 'string' && (memberStates as readonly string[]).includes(value);
}

export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && countryCodes.includes(value);
}

export function isOrganisationCountryCode(value: unknown): value is string {
  return typeof value === 'string' && organisationCountryCodes.includes(value);
}

/** Codes sorted by their name in the reader's language, Member States first, then `EU`, then the others. */
export function countriesByName(
  countryName: (code: string) => string,
  locale: string,
  codes: readonly string[] = organisationCountryCodes,
): string[] {
  const collator = new Intl.Collator(locale);
  const rank = (code: string) => (isMemberState(code) ? 0 : code === 'EU' ? 1 : 2);
  return [...codes].sort((a, b) => rank(a) - rank(b) || collator.compare(countryName(a), countryName(b)));
}

/** The 24 official languages of the EU, for "languages I work in". */
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

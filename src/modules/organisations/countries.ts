/**
 * Country codes of the Knowledge Partnership, as the EU writes them (`EL` for Greece). The Member States
 * come first; `EU` stands for bodies working at the level of the Union (EJTN, CEPOL, the projects).
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

/** Partners outside the Union: candidate countries, the EEA and neighbours that train with the network. */
const otherCountries = [
  'AL',
  'BA',
  'CH',
  'GB',
  'GE',
  'IS',
  'LI',
  'MD',
  'ME',
  'MK',
  'NO',
  'RS',
  'TR',
  'UA',
] as const;

export const countryCodes = [...memberStates, 'EU', ...otherCountries] as const;
export type CountryCode = (typeof countryCodes)[number];

export function isCountryCode(value: unknown): value is CountryCode {
  return typeof value === 'string' && (countryCodes as readonly string[]).includes(value);
}

/** Contact points exist for Member States only. */
export function isMemberState(value: unknown): value is (typeof memberStates)[number] {
  return typeof value === 'string' && (memberStates as readonly string[]).includes(value);
}

/** Codes sorted by their name in the reader's language, Member States first. */
export function countriesByName(
  countryName: (code: string) => string,
  locale: string,
  codes: readonly string[] = countryCodes,
): string[] {
  const collator = new Intl.Collator(locale);
  const rank = (code: string) => (isMemberState(code) ? 0 : code === 'EU' ? 1 : 2);
  return [...codes].sort((a, b) => rank(a) - rank(b) || collator.compare(countryName(a), countryName(b)));
}

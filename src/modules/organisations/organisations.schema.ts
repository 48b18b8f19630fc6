import { z } from 'zod';
import { locales, type Locale } from '../../platform/i18n/index.js';
import { isMemberState, isOrganisationCountryCode as isCountryCode } from '../../platform/i18n/countries.js';
import { organisationTypes } from './organisations.table.js';

/** Form fields holding the description in each UI language: `description_en`, `description_fr`… */
export const descriptionField = (locale: Locale) => `description_${locale}` as const;

const text = (max: number) => z.string().max(max).optional();

/** What was typed in an organisation form, kept as typed so that a form with errors comes back filled in. */
export const organisationFormInputSchema = z
  .object({
    name: text(10_000),
    acronym: text(10_000),
    slug: text(10_000),
    type: text(100),
    country: text(10),
    website: text(10_000),
    isProvider: text(10),
    isConsortiumMember: text(10),
    awardsCredits: text(10),
    ...Object.fromEntries(locales.map((locale) => [descriptionField(locale), text(50_000)])),
  })
  .catch({});
export type OrganisationFormInput = Partial<Record<string, string>>;

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => value || null);

/** An http(s) address, or nothing. */
const website = z
  .string()
  .trim()
  .max(500, 'organisations.error.websiteInvalid')
  .optional()
  .transform((value) => value || null)
  .refine((value) => value === null || isWebAddress(value), 'organisations.error.websiteInvalid');

function isWebAddress(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const descriptions = z
  .object(
    Object.fromEntries(
      locales.map((locale) => [
        descriptionField(locale),
        z.string().trim().max(5000, 'organisations.error.descriptionTooLong').optional(),
      ]),
    ),
  )
  .transform((fields) =>
    Object.fromEntries(locales.map((locale) => [locale, fields[descriptionField(locale)] ?? ''])),
  );

/** A valid organisation form. Messages are translation keys. */
export const organisationFormSchema = z
  .object({
    name: z
      .string('organisations.error.nameRequired')
      .trim()
      .min(1, 'organisations.error.nameRequired')
      .max(200, 'organisations.error.nameTooLong'),
    acronym: optionalText(40, 'organisations.error.acronymTooLong'),
    slug: z
      .string()
      .trim()
      .max(80, 'organisations.error.slugInvalid')
      .optional()
      .transform((value) => value || null)
      .refine((value) => value === null || slugPattern.test(value), 'organisations.error.slugInvalid'),
    type: z.enum(organisationTypes, 'organisations.error.typeRequired'),
    country: z
      .string('organisations.error.countryRequired')
      .refine(isCountryCode, 'organisations.error.countryRequired'),
    website,
    isProvider: z
      .string()
      .optional()
      .transform((value) => value === 'yes'),
    isConsortiumMember: z
      .string()
      .optional()
      .transform((value) => value === 'yes'),
    awardsCredits: z
      .string()
      .optional()
      .transform((value) => value === 'yes'),
  })
  .and(descriptions.transform((byLocale) => ({ descriptions: byLocale })));
export type OrganisationForm = z.infer<typeof organisationFormSchema>;

/** What was typed in a contact-point form. */
export const contactPointFormInputSchema = z
  .object({
    name: text(10_000),
    country: text(10),
    organisationId: text(100),
    email: text(10_000),
    website: text(10_000),
    ...Object.fromEntries(locales.map((locale) => [descriptionField(locale), text(50_000)])),
  })
  .catch({});

export const contactPointFormSchema = z
  .object({
    name: z
      .string('organisations.error.nameRequired')
      .trim()
      .min(1, 'organisations.error.nameRequired')
      .max(200, 'organisations.error.nameTooLong'),
    country: z
      .string('organisations.error.memberStateRequired')
      .refine(isMemberState, 'organisations.error.memberStateRequired'),
    organisationId: optionalText(100, 'organisations.error.organisationInvalid'),
    email: z
      .string()
      .trim()
      .max(254, 'organisations.error.emailInvalid')
      .optional()
      .transform((value) => value || null)
      .refine(
        (value) => value === null || z.email().safeParse(value).success,
        'organisations.error.emailInvalid',
      ),
    website,
  })
  .and(descriptions.transform((byLocale) => ({ descriptions: byLocale })));
export type ContactPointForm = z.infer<typeof contactPointFormSchema>;

/** Field → translation key of what is wrong with it. */
export type FieldErrors = Partial<Record<string, string>>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

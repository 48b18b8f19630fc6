import { z } from 'zod';
import { euLanguages, isCountryCode } from '../../platform/i18n/countries.js';
import { professions, sexes } from '../accounts/index.js';
import { consentKinds } from './privacy.consents.js';

/** Repeated checkboxes arrive as a string (one ticked) or an array (several). */
const listOfStrings = z
  .union([z.string().max(20), z.array(z.string().max(20)).max(64)])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

/** The profile form as typed, kept so that a form with errors comes back filled in. */
export const profileFormInputSchema = z
  .object({
    name: z.string().max(10_000).optional(),
    profession: z.string().max(100).optional(),
    country: z.string().max(10).optional(),
    organisation: z.string().max(100).optional(),
    languages: listOfStrings,
    sex: z.string().max(40).optional(),
  })
  .catch({ languages: [] });
export type ProfileFormInput = z.infer<typeof profileFormInputSchema>;

const emptyAsNull = (value: string | undefined) => (value ? value : null);

/** The profile form, checked; messages are translation keys. */
export const profileFormSchema = z.object({
  name: z.string().trim().min(1, 'privacy.error.nameRequired').max(200, 'privacy.error.nameTooLong'),
  profession: z.enum(professions, 'privacy.error.professionRequired'),
  country: z.string().refine(isCountryCode, 'privacy.error.countryRequired'),
  organisation: z.string().optional().transform(emptyAsNull),
  languages: z.array(z.enum(euLanguages, 'privacy.error.languageUnknown')),
  sex: z
    .union([z.literal(''), z.enum(sexes)], 'privacy.error.sexInvalid')
    .optional()
    .transform((value) => (value ? value : null)),
});
export type ProfileForm = z.output<typeof profileFormSchema>;

export const consentFormSchema = z.object({
  kind: z.enum(consentKinds),
  action: z.enum(['give', 'withdraw']),
});

/** The erasure form: the password again, and a word typed to show it is meant. */
export const eraseFormInputSchema = z
  .object({ password: z.string().max(1_000).optional(), confirmation: z.string().max(200).optional() })
  .catch({});
export type EraseFormInput = z.infer<typeof eraseFormInputSchema>;

/** `DELETE /api/v1/me`: nothing but the password. Strict, so no one can slip in another person's id. */
export const eraseRequestSchema = z.strictObject({
  password: z.string().min(1).max(1_000).describe('The account’s password, to confirm it is its owner.'),
});

export const exportQuerySchema = z.strictObject({});

/** `GET /api/v1/me/export`: the caller's rows from every table that refers to them. */
export const personalDataExportSchema = z.object({
  format: z.literal('jpcoops-personal-data-export'),
  formatVersion: z.literal(1),
  exportedAt: z.string(),
  userId: z.string(),
  privacyPolicyVersion: z.string(),
  secretsNotice: z.string(),
  omittedColumns: z.record(z.string(), z.array(z.string())),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type PersonalDataExport = z.infer<typeof personalDataExportSchema>;

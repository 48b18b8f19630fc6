import { z } from 'zod';
import { countryCodes, euLanguages } from '../../platform/i18n/countries.js';
import { professions, sexes } from './accounts.table.js';
import { passwordLength } from './password.js';

/** Messages are translation keys, shown next to the field in the visitor's language. */
const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'accounts.error.emailRequired')
  .max(254, 'accounts.error.emailInvalid')
  .pipe(z.email('accounts.error.emailInvalid'));

const newPassword = z
  .string()
  .min(passwordLength.min, 'accounts.error.passwordTooShort')
  .max(passwordLength.max, 'accounts.error.passwordTooLong');

/** Form bodies are read leniently first, so that what was typed can always be shown back. */
const text = z.string().max(10_000).optional();
const list = z
  .union([z.string().max(100), z.array(z.string().max(100)).max(50)])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

export const registrationInputSchema = z
  .object({
    email: text,
    password: text,
    name: text,
    profession: text,
    country: text,
    organisationId: text,
    preferredLanguages: list,
    sex: text,
  })
  .catch({ preferredLanguages: [] });
export type RegistrationInput = z.infer<typeof registrationInputSchema>;

export const registrationSchema = z.object({
  email,
  password: newPassword,
  name: z.string().trim().min(1, 'accounts.error.nameRequired').max(200, 'accounts.error.nameTooLong'),
  profession: z.enum(professions, 'accounts.error.professionRequired'),
  country: z.string().refine((value) => countryCodes.includes(value), 'accounts.error.countryRequired'),
  organisationId: z
    .string()
    .max(64)
    .optional()
    .transform((value) => value || undefined),
  preferredLanguages: z
    .array(z.enum(euLanguages, 'accounts.error.languagesInvalid'))
    .min(1, 'accounts.error.languagesRequired')
    .max(24),
  sex: z
    .union([z.enum(sexes, 'accounts.error.sexInvalid'), z.literal('')])
    .optional()
    .transform((value) => value || undefined),
});

export const signInInputSchema = z.object({ email: text, password: text, next: text }).catch({});
export type SignInInput = z.infer<typeof signInInputSchema>;

export const emailOnlyInputSchema = z.object({ email: text }).catch({});

export const newPasswordInputSchema = z
  .object({ token: text, password: text, passwordConfirmation: text })
  .catch({});

export const newPasswordSchema = z
  .object({ password: newPassword, passwordConfirmation: z.string() })
  .refine((value) => value.password === value.passwordConfirmation, {
    message: 'accounts.error.passwordMismatch',
    path: ['passwordConfirmation'],
  });

export const changePasswordInputSchema = z
  .object({ currentPassword: text, password: text, passwordConfirmation: text })
  .catch({});

export const changeEmailInputSchema = z.object({ currentPassword: text, email: text }).catch({});
export const changeEmailSchema = z.object({ email });

/** Field → translation key, from a zod error; the first problem of each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

/** Where to go after signing in: a path on this site only, never another host. */
export function safeNextPath(next: string | undefined, fallback: string): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\') ? next : fallback;
}

import { z } from 'zod';
import { passwordLength } from '../accounts/index.js';

/** The first administrator's details. Messages are translation keys. */
export const firstAdministratorSchema = z
  .object({
    name: z.string().trim().min(1, 'setup.error.nameRequired').max(200, 'setup.error.nameTooLong'),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, 'setup.error.emailInvalid')
      .pipe(z.email('setup.error.emailInvalid')),
    password: z
      .string()
      .min(passwordLength.min, 'setup.error.passwordTooShort')
      .max(passwordLength.max, 'setup.error.passwordTooLong'),
    passwordConfirmation: z.string(),
  })
  .refine((value) => value.password === value.passwordConfirmation, {
    message: 'setup.error.passwordMismatch',
    path: ['passwordConfirmation'],
  });

export const firstAdministratorInputSchema = z
  .object({
    name: z.string().max(10_000).optional(),
    email: z.string().max(10_000).optional(),
    password: z.string().max(10_000).optional(),
    passwordConfirmation: z.string().max(10_000).optional(),
  })
  .catch({});

export type FirstAdministratorInput = z.infer<typeof firstAdministratorInputSchema>;
export type SetupFieldErrors = Partial<Record<keyof FirstAdministratorInput, string>>;

import { z } from 'zod';

// Forms are parsed leniently: whatever arrives becomes strings, and the use cases say what is wrong.
const text = (max: number) => z.string().max(max).catch('').default('');

export const codeFormSchema = z.object({ code: text(100) }).catch({ code: '' });
export type CodeForm = z.infer<typeof codeFormSchema>;

export const disableFormSchema = z
  .object({ password: text(1000), code: text(100) })
  .catch({ password: '', code: '' });
export type DisableForm = z.infer<typeof disableFormSchema>;

/** The sign-in step: a TOTP code, or a recovery code from the second form of the page. */
export const secondFactorFormSchema = z
  .object({ code: text(100), recoveryCode: text(100), next: text(2000) })
  .catch({ code: '', recoveryCode: '', next: '' });

export const nextQuerySchema = z.object({ next: text(2000) }).catch({ next: '' });

/** Where to go after signing in: a path of this site only (`/…`, never `//host` or `/\host`). */
export function safeNextPath(next: string, fallback: string): string {
  return /^\/(?![/\\])[^\s\\\p{Cc}]*$/u.test(next) ? next : fallback;
}

/** Which form of the two-factor page a problem belongs to. */
export type TwoFactorFormName = 'confirm' | 'regenerate' | 'disable';

/** Field → translation key of what is wrong with it. */
export type TwoFactorFieldErrors = Partial<Record<'code' | 'password', string>>;

import { z } from 'zod';
import { roles } from '../accounts/index.js';
import { apiTokenScopes, type ApiTokenScope } from './api-tokens.table.js';

/** Lifetimes offered on the form; the API takes any number of days up to the maximum. */
export const expiryChoices = [7, 30, 90, 180, 365] as const;
export const defaultExpiryDays = 90;
export const maxExpiryDays = 365;

/** A validated request for a new token, from the form or the API. */
export interface NewApiToken {
  readonly name: string;
  readonly scopes: readonly ApiTokenScope[];
  readonly expiresInDays: number;
  readonly organisationId: string | null;
}

/** `POST /api/v1/me/tokens`. */
export const createApiTokenBodySchema = z.object({
  name: z.string().trim().min(1).max(100).describe('What the token is for, to recognise it later'),
  scopes: z.array(z.enum(apiTokenScopes)).min(1).max(10),
  expiresInDays: z.int().min(1).max(maxExpiryDays).default(defaultExpiryDays),
  organisationId: z
    .string()
    .min(1)
    .max(64)
    .nullish()
    .describe('For an organisation token: the organisation it acts for'),
});

/** What the form sent, kept as typed so that a form with errors comes back filled in. */
export const apiTokenFormInputSchema = z
  .object({
    name: z.string().max(10_000).optional(),
    scopes: z.union([z.string().max(20), z.array(z.string().max(20)).max(10)]).optional(),
    expiresInDays: z.string().max(10).optional(),
    organisationId: z.string().max(100).optional(),
  })
  .catch({});
export type ApiTokenFormInput = z.infer<typeof apiTokenFormInputSchema>;

/** The form's rules; messages are translation keys. */
export const apiTokenFormSchema = z.object({
  name: z.string().trim().min(1, 'apiTokens.error.nameRequired').max(100, 'apiTokens.error.nameTooLong'),
  scopes: z.preprocess(
    (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z
      .array(z.enum(apiTokenScopes, 'apiTokens.error.scopesRequired'))
      .min(1, 'apiTokens.error.scopesRequired'),
  ),
  expiresInDays: z
    .enum(
      expiryChoices.map((days) => String(days)),
      'apiTokens.error.expiryInvalid',
    )
    .transform(Number),
  organisationId: z
    .string()
    .optional()
    .transform((value) => value || null),
});

export const apiTokenStatuses = ['active', 'expired', 'revoked'] as const;
export type ApiTokenStatus = (typeof apiTokenStatuses)[number];

/** A token as its owner sees it: never the secret, never its hash. */
export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  scopes: z.array(z.enum(apiTokenScopes)),
  organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  status: z.enum(apiTokenStatuses),
});
export type ApiTokenView = z.infer<typeof apiTokenSchema>;

export const createdApiTokenSchema = apiTokenSchema.extend({
  token: z.string().describe('The token itself. It is shown this once and cannot be retrieved again.'),
});

/** `GET /api/v1/me`. */
export const profileSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  preferredLanguage: z.string(),
  profession: z.string().nullable(),
  country: z.string().nullable(),
  organisationId: z.string().nullable(),
  preferredLanguages: z.array(z.string()),
  roles: z.array(
    z.object({
      role: z.enum(roles),
      scopeType: z.enum(['organisation', 'country']).nullable(),
      scopeId: z.string().nullable(),
    }),
  ),
  hasSecondFactor: z.boolean(),
  authenticatedBy: z.enum(['session', 'token']),
  tokenScopes: z
    .array(z.string())
    .nullable()
    .describe('What the API token used may do; null when signed in with a session'),
});
export type Profile = z.infer<typeof profileSchema>;

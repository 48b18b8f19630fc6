import { z } from 'zod';
import { roles, type Grant, type Role } from '../accounts/index.js';

export const usersPageSize = 25;

/** Filters of the user list. Anything malformed is dropped rather than refused: it is a search form. */
export const userListQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional().catch(undefined),
    role: z.enum(roles).optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined),
  })
  .catch({});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const userIdParamsSchema = z.object({ id: z.string().min(1).max(100) });
export const grantParamsSchema = z.object({
  id: z.string().min(1).max(100),
  grantId: z.string().min(1).max(100),
});

/** The "grant a role" form as typed; checked by the use case (the scope depends on the role). */
export const grantFormInputSchema = z
  .object({
    role: z.string().max(50).optional(),
    organisationId: z.string().max(100).optional(),
    country: z.string().max(10).optional(),
  })
  .catch({});
export type GrantFormInput = z.infer<typeof grantFormInputSchema>;

/** Which scope each role needs: none, an organisation or a country. */
export const roleScopes: Record<Role, Grant['scopeType']> = {
  learner: null,
  trainer: null,
  'provider-manager': 'organisation',
  'contact-point': 'country',
  'partner-admin': 'organisation',
  coordinator: null,
  admin: null,
};

export interface UserSummary {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly country: string | null;
  readonly roles: readonly Role[];
  readonly hasSecondFactor: boolean;
  readonly createdAt: string;
}

export interface UserProfile {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly emailVerifiedAt: string | null;
  readonly preferredLanguage: string;
  readonly profession: string | null;
  readonly country: string | null;
  readonly organisationName: string | null;
  readonly preferredLanguages: readonly string[];
  readonly hasSecondFactor: boolean;
  readonly lockedUntil: string | null;
  readonly createdAt: string;
  readonly lastSeenAt: string | null;
}

export interface GrantView extends Grant {
  readonly id: string;
  /** The organisation's name for an organisation scope. */
  readonly scopeName: string | null;
  readonly grantedAt: string;
  readonly grantedByName: string | null;
}

export interface OrganisationChoice {
  readonly id: string;
  readonly name: string;
}

import type { Generated } from 'kysely';

export const roles = [
  'learner',
  'trainer',
  'provider-manager',
  'contact-point',
  'partner-admin',
  'coordinator',
  'admin',
] as const;
export type Role = (typeof roles)[number];

/** Professions of the people the platform serves (DOMAIN.md); stored as codes, shown translated. */
export const professions = [
  'judge',
  'investigating-judge',
  'juvenile-judge',
  'prosecutor',
  'juvenile-prosecutor',
  'lawyer',
  'court-staff',
  'surveillance-judge',
  'prison-staff',
  'prison-director',
  'probation-officer',
  'police-officer',
  'trainer',
  'researcher',
  'other',
] as const;
export type Profession = (typeof professions)[number];

/** Asked for EU reporting, which counts participants by sex; optional. */
export const sexes = ['female', 'male', 'prefer-not-to-say'] as const;
export type Sex = (typeof sexes)[number];

export interface UserAccountTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  /** The UI language. */
  preferred_language: Generated<string>;
  profession: Profession | null;
  country: string | null;
  organisation_id: string | null;
  /** Languages the person works in, comma-separated codes (`it,en`). */
  preferred_languages: string | null;
  sex: Sex | null;
  email_verified_at: string | null;
  last_seen_at: string | null;
  inactivity_warned_at: string | null;
  failed_sign_ins: Generated<number>;
  locked_until: string | null;
  /** Set while a second factor (TOTP) is enrolled. */
  second_factor_enabled_at: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** A role held by a user, optionally within a scope (an organisation, a country). */
export interface RoleGrantTable {
  id: string;
  user_id: string;
  role: Role;
  scope_type: 'organisation' | 'country' | null;
  scope_id: string | null;
  granted_by: string | null;
  granted_at: Generated<string>;
}

export const userTokenPurposes = ['verify-email', 'reset-password', 'change-email'] as const;
export type UserTokenPurpose = (typeof userTokenPurposes)[number];

/** Single-use tokens sent by email; only their SHA-256 is stored. */
export interface UserTokenTable {
  token_hash: string;
  user_id: string;
  purpose: UserTokenPurpose;
  new_email: string | null;
  created_at: Generated<string>;
  expires_at: string;
  used_at: string | null;
}

export interface AccountTables {
  user_account: UserAccountTable;
  role_grant: RoleGrantTable;
  user_token: UserTokenTable;
}

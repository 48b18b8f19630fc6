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

export interface UserAccountTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  preferred_language: Generated<string>;
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

export interface AccountTables {
  user_account: UserAccountTable;
  role_grant: RoleGrantTable;
}

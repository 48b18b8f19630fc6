import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from './api-tokens.policy.js';
import { findProfileRow } from './api-tokens.repo.js';
import type { Profile } from './api-tokens.schema.js';

/** The caller's own profile, for `GET /api/v1/me`. */
export async function getMyProfile(deps: { readonly db: Kysely<Database> }, actor: Actor): Promise<Profile> {
  requireScope(actor, 'read');
  const row = await findProfileRow(deps.db, actor.userId);
  // The actor was loaded from this row moments ago; it vanishes only if the account was just erased.
  if (!row) throw new AppError('unauthenticated', 'The account no longer exists.');
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    preferredLanguage: row.preferred_language,
    profession: row.profession,
    country: row.country,
    organisationId: row.organisation_id,
    preferredLanguages: (row.preferred_languages ?? '').split(',').filter(Boolean),
    roles: actor.grants.map((grant) => ({ ...grant })),
    hasSecondFactor: row.second_factor_enabled_at !== null,
    authenticatedBy: actor.authenticatedBy,
    tokenScopes: actor.tokenScopes ? [...actor.tokenScopes] : null,
  };
}

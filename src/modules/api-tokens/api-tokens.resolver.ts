import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { loadActor } from '../accounts/index.js';
import { hashApiTokenSecret, isApiTokenShaped } from './api-token-secret.js';
import { canCreateOrganisationToken } from './api-tokens.policy.js';
import { findApiTokenByHash, markApiTokenUsed, type ApiTokenRow } from './api-tokens.repo.js';
import { parseScopes } from './api-tokens.service.js';
import type { ApiTokenScope } from './api-tokens.table.js';

export interface ResolvedApiToken {
  readonly userId: string;
  readonly scopes: readonly ApiTokenScope[];
  /** The organisation an organisation token acts for; null for a personal token. */
  readonly organisationId: string | null;
  readonly tokenId: string;
}

const minuteMs = 60_000;

/** What a bearer token stands for, or undefined when it is unknown, expired or revoked. */
export async function resolveApiToken(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<ResolvedApiToken | undefined> {
  if (!isApiTokenShaped(token)) return undefined;
  const row = await findApiTokenByHash(db, hashApiTokenSecret(token));
  if (!row || row.revoked_at !== null || row.expires_at <= now.toISOString()) return undefined;
  const scopes = parseScopes(row.scopes);
  if (row.organisation_id !== null && !(await ownerStillActsFor(db, row, scopes))) return undefined;
  // A write per request would serialise every API call on SQLite: use is recorded once a minute.
  const notSince = new Date(now.getTime() - minuteMs).toISOString();
  if (row.last_used_at === null || row.last_used_at < notSince) {
    await markApiTokenUsed(db, row.id, now.toISOString(), notSince);
  }
  return { userId: row.owner_user_id, scopes, organisationId: row.organisation_id, tokenId: row.id };
}

/**
 * An organisation token works only while its creator may still create one: when they leave the
 * organisation (their grant is revoked), the token stops with them.
 */
async function ownerStillActsFor(
  db: Kysely<Database>,
  row: ApiTokenRow,
  scopes: readonly string[],
): Promise<boolean> {
  const owner = await loadActor(db, row.owner_user_id, { authenticatedBy: 'token', scopes });
  return row.organisation_id !== null && canCreateOrganisationToken(owner, row.organisation_id);
}

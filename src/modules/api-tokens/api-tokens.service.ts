import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../database.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { generateApiTokenSecret, hashApiTokenSecret } from './api-token-secret.js';
import {
  canCreateOrganisationToken,
  canManageApiTokens,
  organisationsForTokens,
} from './api-tokens.policy.js';
import {
  countUsableApiTokens,
  findApiTokenOfOwner,
  insertApiToken,
  listApiTokensOfOwner,
  listOrganisationNames,
  markApiTokenRevoked,
  type ApiTokenListRow,
} from './api-tokens.repo.js';
import type { ApiTokenView, NewApiToken } from './api-tokens.schema.js';
import { apiTokenScopes, type ApiTokenScope } from './api-tokens.table.js';

export interface ApiTokenDeps {
  readonly db: Kysely<Database>;
}

/** Usable tokens a person may hold at once: enough for every script, too few to hide a leak among. */
export const maxUsableTokens = 50;
const dayMs = 24 * 60 * 60 * 1000;

function authorizeManagement(actor: Actor | undefined): Actor {
  if (!actor) throw new AppError('unauthenticated', 'Please sign in to continue.');
  if (!canManageApiTokens(actor)) {
    throw AppError.forbidden('API tokens are managed when signed in, not with an API token.');
  }
  return actor;
}

export function parseScopes(stored: string): ApiTokenScope[] {
  const parts = stored.split(',');
  return apiTokenScopes.filter((scope) => parts.includes(scope));
}

export function presentApiToken(row: ApiTokenListRow, now = new Date().toISOString()): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    scopes: parseScopes(row.scopes),
    organisation:
      row.organisation_id === null
        ? null
        : { id: row.organisation_id, name: row.organisation_name ?? row.organisation_id },
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    status: row.revoked_at ? 'revoked' : row.expires_at <= now ? 'expired' : 'active',
  };
}

export async function listMyApiTokens(deps: ApiTokenDeps, actor: Actor | undefined) {
  const me = authorizeManagement(actor);
  const now = new Date().toISOString();
  return (await listApiTokensOfOwner(deps.db, me.userId)).map((row) => presentApiToken(row, now));
}

/** The organisations the actor may create a token for, by name. */
export async function listTokenOrganisations(deps: ApiTokenDeps, actor: Actor | undefined) {
  const me = authorizeManagement(actor);
  return listOrganisationNames(deps.db, organisationsForTokens(me));
}

/**
 * Creates a token and returns it: the only moment it exists outside the requester's hands, as only
 * its hash is stored. The row and its audit entry are written together.
 */
export async function createApiToken(
  deps: ApiTokenDeps,
  command: { readonly actor: Actor | undefined; readonly input: NewApiToken },
): Promise<{ readonly token: string; readonly view: ApiTokenView }> {
  const me = authorizeManagement(command.actor);
  const { input } = command;
  if (input.organisationId !== null && !canCreateOrganisationToken(me, input.organisationId)) {
    throw AppError.forbidden('You may not create tokens for this organisation.');
  }
  const organisation = input.organisationId
    ? (await listOrganisationNames(deps.db, [input.organisationId]))[0]
    : undefined;
  if (input.organisationId && !organisation) throw AppError.notFound('The organisation does not exist.');
  const now = new Date();
  if ((await countUsableApiTokens(deps.db, me.userId, now.toISOString())) >= maxUsableTokens) {
    throw new AppError('conflict', `You already have ${maxUsableTokens} tokens: revoke one first.`);
  }
  const token = generateApiTokenSecret();
  const row = {
    id: uuidv7(),
    name: input.name,
    token_hash: hashApiTokenSecret(token),
    owner_user_id: me.userId,
    organisation_id: input.organisationId,
    scopes: apiTokenScopes.filter((scope) => input.scopes.includes(scope)).join(','),
    expires_at: new Date(now.getTime() + input.expiresInDays * dayMs).toISOString(),
    last_used_at: null,
    revoked_at: null,
    created_at: now.toISOString(),
  };
  await deps.db.transaction().execute(async (trx) => {
    await insertApiToken(trx, row);
    await appendAudit(trx, {
      action: 'api-token-created',
      actorId: me.userId,
      subjectUserId: me.userId,
      targetType: 'api-token',
      targetId: row.id,
      details: {
        organisationId: row.organisation_id,
        scopes: row.scopes,
        expiresInDays: input.expiresInDays,
      },
    });
  });
  const view = presentApiToken({ ...row, organisation_name: organisation?.name ?? null });
  return { token, view };
}

/** Revokes one of the actor's own tokens; another person's token is "not found", whatever its id. */
export async function revokeApiToken(
  deps: ApiTokenDeps,
  command: { readonly actor: Actor | undefined; readonly tokenId: string },
): Promise<void> {
  const me = authorizeManagement(command.actor);
  const token = await findApiTokenOfOwner(deps.db, command.tokenId, me.userId);
  if (!token) throw AppError.notFound('There is no such token.');
  if (token.revoked_at) return;
  await deps.db.transaction().execute(async (trx) => {
    await markApiTokenRevoked(trx, token.id, new Date().toISOString());
    await appendAudit(trx, {
      action: 'api-token-revoked',
      actorId: me.userId,
      subjectUserId: me.userId,
      targetType: 'api-token',
      targetId: token.id,
    });
  });
}

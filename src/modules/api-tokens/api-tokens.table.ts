import type { Generated } from 'kysely';

/** What a token may do. Closed: a new scope is added here first, and `write` includes `read`. */
export const apiTokenScopes = ['read', 'write'] as const;
export type ApiTokenScope = (typeof apiTokenScopes)[number];

/**
 * A personal or organisation API token for `Authorization: Bearer`. The token itself is shown once;
 * only its SHA-256 is kept, so a copy of the database opens nothing.
 */
export interface ApiTokenTable {
  id: string;
  name: string;
  token_hash: string;
  /** The person who created it; the API acts as them. */
  owner_user_id: string;
  /** Set for an organisation token, which acts for that organisation. */
  organisation_id: string | null;
  /** Comma-separated scopes (`read,write`). */
  scopes: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  created_at: Generated<string>;
}

export interface ApiTokensTables {
  api_token: ApiTokenTable;
}

import type { Generated } from 'kysely';

/** A signing key of the platform's `did:web` issuer. Old keys stay listed so old credentials verify. */
export interface IssuerKeyTable {
  /** The DID URL fragment: `key-1`, `key-2`… */
  id: string;
  public_key_multibase: string;
  /** AES-256-GCM with a key derived from CREDENTIAL_KEY_SECRET (or the application secret). */
  private_key_sealed: string;
  created_at: Generated<string>;
}

/** An Open Badges 3.0 credential issued from a completion record, in both signed forms. */
export interface CredentialTable {
  id: string;
  /** Null once the course (and its completion records) was deleted. */
  completion_record_id: string | null;
  user_id: string;
  status_index: number;
  issuer_key_id: string;
  /** The JSON-LD credential with its embedded `eddsa-rdfc-2022` proof. */
  document: string;
  /** The same credential as a VC-JWT (EdDSA). */
  jwt: string;
  issued_at: string;
  revoked_at: string | null;
  revocation_reason: string | null;
  superseded_by: string | null;
  is_public: Generated<number>;
  share_token_hash: string | null;
  recipient_salt: string;
  /** The name the credential carries; a correction of the person's name re-issues it. */
  recipient_name: string;
}

/** The revocation status list: its allocation counter and the signed document last served. */
export interface CredentialStatusListTable {
  id: number;
  next_index: number;
  document: string | null;
  revoked_digest: string | null;
  updated_at: Generated<string>;
}

export interface CredentialTables {
  issuer_key: IssuerKeyTable;
  credential: CredentialTable;
  credential_status_list: CredentialStatusListTable;
}

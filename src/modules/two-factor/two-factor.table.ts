/**
 * A person's TOTP credential. Until `confirmed_at` is set it is a pending enrolment: the secret has been
 * shown but never proven to be in an authenticator app, and it signs nobody in.
 */
export interface TotpCredentialTable {
  user_id: string;
  /** The base32 secret sealed with AES-256-GCM under a key derived from the application secret. */
  secret_ciphertext: string;
  /** The last time step (Unix seconds / 30) accepted: a code of that step or earlier is never taken again. */
  last_time_step: number | null;
  created_at: string;
  confirmed_at: string | null;
}

/** Single-use recovery codes; only their SHA-256 is stored (they are random, so a plain hash suffices). */
export interface RecoveryCodeTable {
  user_id: string;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

export interface TwoFactorTables {
  totp_credential: TotpCredentialTable;
  recovery_code: RecoveryCodeTable;
}

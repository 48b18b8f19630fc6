import type { Generated } from 'kysely';

/**
 * A place offered by a provider's bulk enrolment to an email address without an account. Claimed by
 * the account holding that verified address; only the SHA-256 of the mailed token is kept.
 */
export interface EnrolmentInvitationTable {
  id: string;
  session_id: string;
  /** Normalised to lower case. */
  email: string;
  /** As given in the upload, to greet the person; may be empty. */
  name: string | null;
  invited_by_user_id: string | null;
  /** Null until the invitation mail is sent (the job makes the token). */
  token_hash: string | null;
  created_at: Generated<string>;
  expires_at: string;
  claimed_at: string | null;
  claimed_by_user_id: string | null;
}

export interface EnrolmentTables {
  enrolment_invitation: EnrolmentInvitationTable;
}

/**
 * THE MAP OF PERSONAL DATA: every table that holds rows about a person, how to find a person's rows,
 * which columns are secrets (never exported), and what erasure does with the rows.
 *
 * A module that adds a table referring to users (a foreign key to `user_account`, a `user_id`,
 * `*_user_id` or `email` column) adds one entry here, and a label in `locales/<lang>/privacy.json`.
 * `privacy.export.test.ts` reads the live schema of both databases and fails while a table is missing.
 */

/** How a row concerns the person: a column holding their account id, or their email address. */
export type RowMatch =
  | { readonly column: string; readonly holds: 'user-id' }
  /** Compared without regard to case: people type their address in any case. */
  | { readonly column: string; readonly holds: 'email' }
  /** Free text (a job payload) that mentions the account id or the email address anywhere. */
  | { readonly column: string; readonly holds: 'mention' };

export type Erasure =
  /** The rows go. */
  | { readonly action: 'delete' }
  /** The rows stay, but these columns are emptied (nullable columns only). */
  | { readonly action: 'clear'; readonly columns: readonly string[] }
  /** The rows stay as they are, for the reason given: they must hold ids and codes only. */
  | { readonly action: 'keep'; readonly why: string }
  /**
   * The rows must stay (attendance counted for EU reporting): `userColumn` is emptied and
   * `pseudonymColumn` points at a `person_pseudonym` keeping profession, country and sex only.
   */
  | { readonly action: 'pseudonymise'; readonly userColumn: string; readonly pseudonymColumn: string }
  /** The second factor: the two-factor module deletes it (`deleteSecondFactor`, all its tables at once). */
  | { readonly action: 'second-factor' }
  /** The account row itself, deleted last, once nothing else points at it. */
  | { readonly action: 'account' };

/** A column referring to a row of another table that is the person's (their application). */
export interface OwnedParent {
  readonly column: string;
  readonly table: string;
  /** The parent's column the reference holds. */
  readonly key: string;
  /** The parent's column holding the person's account id. */
  readonly userColumn: string;
}

export interface PersonalDataSource {
  readonly table: string;
  /** Translation key of what the table holds, for the "what we hold" summary. */
  readonly label: string;
  /** A row is the person's when any of these match. */
  readonly matches: readonly RowMatch[];
  /**
   * Rows about the person through a row of theirs elsewhere (the days of their attendance, under their
   * application): counted and exported with the rest, and erased with that row, not by `erasure`.
   */
  readonly through?: readonly OwnedParent[];
  /** Never exported: password and token hashes, second-factor secrets. */
  readonly secretColumns?: readonly string[];
  /** False for internal work items that are not a record about the person (still erased). */
  readonly exported?: boolean;
  readonly erasure: Erasure;
}

const byUserId = (column = 'user_id'): RowMatch => ({ column, holds: 'user-id' });
const ownApplication: OwnedParent = {
  column: 'application_id',
  table: 'application',
  key: 'id',
  userColumn: 'user_id',
};

export const personalDataSources: readonly PersonalDataSource[] = [
  {
    table: 'user_account',
    label: 'privacy.source.userAccount',
    matches: [byUserId('id')],
    secretColumns: ['password_hash'],
    erasure: { action: 'account' },
  },
  {
    table: 'role_grant',
    label: 'privacy.source.roleGrant',
    matches: [byUserId()],
    erasure: { action: 'delete' },
  },
  {
    table: 'user_session',
    label: 'privacy.source.userSession',
    matches: [byUserId()],
    // The id is the SHA-256 of the cookie's token.
    secretColumns: ['id'],
    erasure: { action: 'delete' },
  },
  {
    table: 'user_token',
    label: 'privacy.source.userToken',
    matches: [byUserId()],
    secretColumns: ['token_hash'],
    erasure: { action: 'delete' },
  },
  {
    table: 'consent',
    label: 'privacy.source.consent',
    matches: [byUserId()],
    erasure: { action: 'delete' },
  },
  {
    table: 'totp_credential',
    label: 'privacy.source.totpCredential',
    matches: [byUserId()],
    secretColumns: ['secret_ciphertext', 'last_time_step'],
    erasure: { action: 'second-factor' },
  },
  {
    table: 'recovery_code',
    label: 'privacy.source.recoveryCode',
    matches: [byUserId()],
    secretColumns: ['code_hash'],
    erasure: { action: 'second-factor' },
  },
  {
    table: 'api_token',
    label: 'privacy.source.apiToken',
    matches: [byUserId('owner_user_id')],
    secretColumns: ['token_hash'],
    erasure: { action: 'delete' },
  },
  {
    table: 'contact_message',
    label: 'privacy.source.contactMessage',
    matches: [{ column: 'email', holds: 'email' }],
    erasure: { action: 'delete' },
  },
  {
    // Public contact data of an institution; when it names the person's own address, the address goes.
    table: 'national_contact_point',
    label: 'privacy.source.nationalContactPoint',
    matches: [{ column: 'email', holds: 'email' }],
    erasure: { action: 'clear', columns: ['email'] },
  },
  {
    table: 'audit_entry',
    label: 'privacy.source.auditEntry',
    matches: [byUserId('subject_user_id'), byUserId('actor_id')],
    erasure: {
      action: 'keep',
      why: 'Entries hold ids and codes only, and the hash chain must stay verifiable.',
    },
  },
  {
    table: 'course_session_trainer',
    label: 'catalogue.source.sessionTrainer',
    matches: [byUserId()],
    erasure: { action: 'delete' },
  },
  {
    // Uploaded course files waiting for their commit; pruned after a few days.
    table: 'course_import',
    label: 'courseImport.source.courseImport',
    matches: [byUserId('actor_user_id')],
    erasure: { action: 'delete' },
  },
  {
    // Places a provider offered to an address without an account. Erasing the invited person, or the
    // manager who invited, deletes the invitation: it holds an address, and a provider may invite again.
    table: 'enrolment_invitation',
    label: 'enrolment.source.invitation',
    matches: [
      { column: 'email', holds: 'email' },
      byUserId('claimed_by_user_id'),
      byUserId('invited_by_user_id'),
    ],
    secretColumns: ['token_hash'],
    erasure: { action: 'delete' },
  },
  {
    // Attendance marks and assessment results go with the application they belong to (cascade);
    // those the person recorded about others stay, without who recorded them.
    table: 'attendance_mark',
    label: 'attendance.source.attendanceMark',
    matches: [byUserId('marked_by_user_id')],
    through: [ownApplication],
    erasure: { action: 'clear', columns: ['marked_by_user_id'] },
  },
  {
    table: 'attendance_assessment',
    label: 'attendance.source.attendanceAssessment',
    matches: [byUserId('recorded_by_user_id')],
    through: [ownApplication],
    erasure: { action: 'clear', columns: ['recorded_by_user_id'] },
  },
  {
    // The recognition belongs to the academic body; only who recorded it is the person's.
    table: 'course_recognition',
    label: 'recognition.source.courseRecognition',
    matches: [byUserId('recorded_by_user_id')],
    erasure: { action: 'clear', columns: ['recorded_by_user_id'] },
  },
  {
    // The instrument belongs to the reference; only who last corrected it is the person's.
    table: 'legal_instrument',
    label: 'legal.source.instrument',
    matches: [byUserId('updated_by_user_id')],
    erasure: { action: 'clear', columns: ['updated_by_user_id'] },
  },
  {
    // Toolkit resources belong to their organisation and network: only who did what is the person's.
    table: 'toolkit_resource',
    label: 'toolkit.source.resource',
    matches: [byUserId('submitted_by_user_id')],
    erasure: { action: 'clear', columns: ['submitted_by_user_id'] },
  },
  {
    table: 'toolkit_attachment',
    label: 'toolkit.source.attachment',
    matches: [byUserId('uploaded_by_user_id')],
    erasure: { action: 'clear', columns: ['uploaded_by_user_id'] },
  },
  {
    table: 'toolkit_resource_version',
    label: 'toolkit.source.version',
    matches: [byUserId('published_by_user_id')],
    erasure: { action: 'clear', columns: ['published_by_user_id'] },
  },
  {
    // Review comments are kept for the record of the decision; the reviewer is forgotten.
    table: 'toolkit_review',
    label: 'toolkit.source.review',
    matches: [byUserId('reviewer_user_id')],
    erasure: { action: 'clear', columns: ['reviewer_user_id'] },
  },
  {
    table: 'toolkit_source',
    label: 'toolkit.source.harvestSource',
    matches: [byUserId('created_by_user_id')],
    erasure: { action: 'clear', columns: ['created_by_user_id'] },
  },
  {
    // A credential names its holder (name, salted email hash): erasure deletes it. Its status list
    // position is never reused and reads as revoked from then on (credentials/status-list.ts): we no
    // longer hold what it says, so we no longer vouch for copies of it.
    table: 'credential',
    label: 'credentials.source.credential',
    matches: [byUserId()],
    secretColumns: ['share_token_hash'],
    erasure: { action: 'delete' },
  },
  {
    // Training given is counted for EU grants after the person is gone: the record stays, pseudonymised.
    table: 'completion_record',
    label: 'attendance.source.completionRecord',
    matches: [byUserId()],
    erasure: { action: 'pseudonymise', userColumn: 'user_id', pseudonymColumn: 'pseudonym_id' },
  },
  {
    table: 'application',
    label: 'applications.source.application',
    matches: [byUserId()],
    erasure: { action: 'delete' },
  },
  {
    table: 'application_reminder',
    label: 'applicationMail.source.reminder',
    matches: [byUserId()],
    erasure: { action: 'delete' },
  },
  {
    // Decisions the person took on other people's applications stay, without who took them.
    table: 'application_event',
    label: 'applications.source.applicationEvent',
    matches: [byUserId('actor_user_id')],
    erasure: { action: 'clear', columns: ['actor_user_id'] },
  },
  {
    // Answers kept for a day so that retried API requests are not done twice; they may quote others.
    table: 'idempotency_key',
    label: 'applications.source.idempotencyKey',
    matches: [byUserId(), { column: 'response_body', holds: 'mention' }],
    exported: false,
    erasure: { action: 'delete' },
  },
  {
    table: 'job',
    label: 'privacy.source.job',
    matches: [{ column: 'payload', holds: 'mention' }],
    exported: false,
    // Mails still queued for the person would reach an address that must be forgotten.
    erasure: { action: 'delete' },
  },
];

/** Columns that are never exported, whatever a source declares: a safety net for new tables. */
export function isSecretColumn(source: PersonalDataSource, column: string): boolean {
  return (
    (source.secretColumns ?? []).includes(column) ||
    /password|secret|(^|_)token_hash$|code_hash$/.test(column)
  );
}

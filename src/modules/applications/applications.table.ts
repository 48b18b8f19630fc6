import type { Generated } from 'kysely';
import type { ApplicationStatus, DecidingRole } from './applications.states.js';

/** One person's application to one course session. */
export interface ApplicationTable {
  id: string;
  session_id: string;
  user_id: string;
  /** The applicant's country when they applied (copied from the profile). */
  country: string | null;
  status: ApplicationStatus;
  motivation: string;
  /** Profession code, organisation and position: pre-filled from the profile, changeable. */
  profession: string | null;
  organisation: string | null;
  position: string | null;
  /** Consent to share the application with the contact point and the provider (1), and when. */
  consent_share: number;
  consent_share_at: string;
  /** The contact point's ranking within the country (1 first). */
  rank: number | null;
  /** Order on the waiting list (lowest first); null when not waitlisted. */
  waitlist_position: number | null;
  /** A place offered from the waiting list must be confirmed before this instant. */
  offer_expires_at: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** The history of an application: every change of status, who made it and why. */
export interface ApplicationEventTable {
  id: string;
  application_id: string;
  from_status: ApplicationStatus | null;
  to_status: ApplicationStatus;
  actor_user_id: string | null;
  actor_role: DecidingRole;
  reason: string | null;
  at: string;
  /** When the applicant was mailed about this change; null while the mail is due. */
  notified_at: string | null;
  /** Failed tries to mail it; the platform gives up after a few. */
  notify_attempts: Generated<number>;
}

/** Reminders already sent: one per kind, session and person. */
export interface ApplicationReminderTable {
  kind: string;
  session_id: string;
  user_id: string;
  sent_at: string;
}

export interface ApplicationTables {
  application: ApplicationTable;
  application_event: ApplicationEventTable;
  application_reminder: ApplicationReminderTable;
}

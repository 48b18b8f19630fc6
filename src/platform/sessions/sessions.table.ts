/**
 * `pending-second-factor`: the password was right, the TOTP code is still to come; such a session
 * signs nobody in. `complete`: signed in.
 */
export const sessionStages = ['pending-second-factor', 'complete'] as const;
export type SessionStage = (typeof sessionStages)[number];

export interface UserSessionTable {
  /** SHA-256 of the cookie's token: a stolen database yields no usable session. */
  id: string;
  user_id: string;
  stage: SessionStage;
  /** The browser, shortened, so that people recognise their sessions in the list. */
  user_agent: string;
  created_at: string;
  last_seen_at: string;
  /** The absolute end, whatever the activity. */
  expires_at: string;
}

export interface SessionTables {
  user_session: UserSessionTable;
}

export { registerSessionCookies, type SessionCookies } from './session-cookie.js';
export {
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  listUserSessions,
  type ActiveSession,
  type SessionPolicy,
} from './sessions.repo.js';
export { sessionStages, type SessionStage, type SessionTables } from './sessions.table.js';

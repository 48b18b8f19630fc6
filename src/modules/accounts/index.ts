export {
  findUserIdByEmail,
  hasUserWithRole,
  insertRoleGrant,
  insertUser,
  listGrants,
} from './accounts.repo.js';
export {
  professions,
  roles,
  sexes,
  type AccountTables,
  type Profession,
  type Role,
  type Sex,
} from './accounts.table.js';
export {
  commonPasswordList,
  findPasswordProblem,
  hashPassword,
  passwordLength,
  verifyPassword,
  type PasswordProblem,
} from './password.js';
export {
  canManageUsers,
  canReadAuditLog,
  canReadContactMessages,
  effectiveGrants,
  hasRole,
  isAdmin,
  needsSecondFactor,
  type Actor,
  type Grant,
  type Scope,
} from './accounts.policy.js';
export {
  loadActor,
  registerActorResolution,
  requireActor,
  type BearerTokenResolver,
} from './accounts.actor.js';
export { CountryField, LanguagesField, SexField } from './profile-fields.views.js';

export { findUserIdByEmail, hasUserWithRole, insertRoleGrant, insertUser } from './accounts.repo.js';
export { roles, type AccountTables, type Role } from './accounts.table.js';
export { hashPassword, passwordLength, verifyPassword } from './password.js';

import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../database.js';
import { appendAudit } from '../../platform/audit/index.js';
import { issueUserToken } from './account-tokens.js';
import { findUserByEmail, insertRoleGrant, insertUser } from './accounts.repo.js';
import { changeEmailSchema } from './accounts.schema.js';
import { roles, type Role } from './accounts.table.js';
import { hashPassword } from './password.js';

/**
 * `jpcoops user create`: a verified account with an unusable random password, and the path of a
 * one-time link (one hour) where its owner chooses one. No password ever passes through the command line.
 */
export async function createUserWithSetupLink(
  db: Kysely<Database>,
  input: { email: string; name: string; role: string | undefined },
): Promise<string> {
  const email = changeEmailSchema.parse({ email: input.email }).email;
  const role = (input.role ?? 'learner') as Role;
  if (!roles.includes(role)) throw new Error(`--role must be one of ${roles.join(', ')}`);
  if (['provider-manager', 'contact-point', 'partner-admin'].includes(role)) {
    throw new Error(`${role} needs a scope: grant it in the administration area`);
  }
  if (await findUserByEmail(db, email)) throw new Error('An account with this email address exists already');
  const userId = uuidv7();
  await insertUser(db, {
    id: userId,
    email,
    name: input.name.trim(),
    passwordHash: await hashPassword(crypto.randomBytes(32).toString('base64url')),
    preferredLanguage: 'en',
    emailVerifiedAt: new Date().toISOString(),
  });
  for (const granted of new Set<Role>(['learner', role])) {
    await insertRoleGrant(db, { id: uuidv7(), userId, role: granted, grantedBy: null });
    if (granted !== 'learner') {
      await appendAudit(db, {
        action: 'role-granted',
        subjectUserId: userId,
        details: { role: granted, via: 'cli' },
      });
    }
  }
  const token = await issueUserToken(db, userId, 'reset-password');
  return `/en/password-reset/new?token=${token}`;
}

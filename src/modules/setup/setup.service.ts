import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../database.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import {
  findPasswordProblem,
  hashPassword,
  hasUserWithRole,
  insertRoleGrant,
  insertUser,
  findUserIdByEmail,
} from '../accounts/index.js';
import { findUsableSetupToken, insertSetupToken, useSetupToken } from './setup.repo.js';
import {
  firstAdministratorSchema,
  type FirstAdministratorInput,
  type SetupFieldErrors,
} from './setup.schema.js';

export const setupTokenLifetimeMs = 60 * 60 * 1000;

function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/**
 * With no administrator yet, makes a one-time token (valid one hour) for creating the first one and
 * returns it; only its hash is stored. Returns undefined once an administrator exists.
 */
export async function issueFirstAdministratorToken(
  db: Kysely<Database>,
  now = new Date(),
): Promise<string | undefined> {
  if (await hasUserWithRole(db, 'admin')) return undefined;
  const token = crypto.randomBytes(32).toString('base64url');
  await insertSetupToken(db, hashToken(token), new Date(now.getTime() + setupTokenLifetimeMs).toISOString());
  return token;
}

/** Whether the setup link still works: the token is valid and nobody has become administrator since. */
export async function isSetupTokenUsable(db: Kysely<Database>, token: string): Promise<boolean> {
  if (await hasUserWithRole(db, 'admin')) return false;
  return (await findUsableSetupToken(db, hashToken(token), new Date().toISOString())) !== undefined;
}

export type CreateFirstAdministratorResult =
  | { readonly outcome: 'created'; readonly userId: string }
  | { readonly outcome: 'invalid'; readonly errors: SetupFieldErrors };

/** Creates the first administrator with the setup token, once: the token is spent in the same transaction. */
export async function createFirstAdministrator(
  db: Kysely<Database>,
  command: { token: string; input: FirstAdministratorInput; language: string },
): Promise<CreateFirstAdministratorResult> {
  const parsed = firstAdministratorSchema.safeParse(command.input);
  if (!parsed.success) {
    const errors: SetupFieldErrors = {};
    for (const issue of parsed.error.issues)
      errors[issue.path[0] as keyof SetupFieldErrors] ??= issue.message;
    return { outcome: 'invalid', errors };
  }
  const problem = findPasswordProblem(parsed.data.password, {
    email: parsed.data.email,
    name: parsed.data.name,
  });
  if (problem) return { outcome: 'invalid', errors: { password: `accounts.error.password.${problem}` } };
  const passwordHash = await hashPassword(parsed.data.password);
  const userId = uuidv7();
  await db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    const isUsable = (await findUsableSetupToken(trx, hashToken(command.token), now)) !== undefined;
    if (
      !isUsable ||
      (await hasUserWithRole(trx, 'admin')) ||
      !(await useSetupToken(trx, hashToken(command.token), now))
    ) {
      throw new AppError('forbidden', 'This setup link has expired or has already been used.');
    }
    if (await findUserIdByEmail(trx, parsed.data.email)) {
      throw new AppError('conflict', 'An account with this email address already exists.');
    }
    await insertUser(trx, {
      id: userId,
      email: parsed.data.email,
      name: parsed.data.name,
      passwordHash,
      preferredLanguage: command.language,
      // Whoever started the server typed this address; the administrator signs in at once.
      emailVerifiedAt: now,
    });
    await insertRoleGrant(trx, { id: uuidv7(), userId, role: 'learner', grantedBy: null });
    await insertRoleGrant(trx, { id: uuidv7(), userId, role: 'admin', grantedBy: null });
    await appendAudit(trx, { action: 'first-administrator-created', actorId: userId, subjectUserId: userId });
  });
  return { outcome: 'created', userId };
}

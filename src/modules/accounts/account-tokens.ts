import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { consumeUserToken, findUsableUserToken, insertUserToken } from './accounts.repo.js';
import type { UserTokenPurpose } from './accounts.table.js';

/** How long each kind of emailed link works. */
export const tokenLifetimesMs: Record<UserTokenPurpose, number> = {
  'verify-email': 48 * 60 * 60 * 1000,
  'reset-password': 60 * 60 * 1000,
  'change-email': 24 * 60 * 60 * 1000,
};

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** Makes a single-use token for an emailed link; only its hash is stored. */
export async function issueUserToken(
  db: Kysely<Database>,
  userId: string,
  purpose: UserTokenPurpose,
  newEmail: string | null = null,
): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + tokenLifetimesMs[purpose]).toISOString();
  await insertUserToken(db, { tokenHash: hashToken(token), userId, purpose, expiresAt, newEmail });
  return token;
}

export function spendUserToken(db: Kysely<Database>, token: string, purpose: UserTokenPurpose) {
  return consumeUserToken(db, hashToken(token), purpose, new Date().toISOString());
}

export async function isUserTokenUsable(
  db: Kysely<Database>,
  token: string,
  purpose: UserTokenPurpose,
): Promise<boolean> {
  return (await findUsableUserToken(db, hashToken(token), purpose, new Date().toISOString())) !== undefined;
}

import crypto from 'node:crypto';
import { hasRole, isAdmin, type Actor } from '../accounts/index.js';

/**
 * Who may revoke a credential: managers of the provider whose course it certifies (the catalogue's
 * `canManageCourses` rule, as `canDecideForProvider`), and admins — also for credentials whose course
 * was deleted since.
 */
export function canRevokeCredential(actor: Actor, providerId: string | undefined): boolean {
  if (isAdmin(actor)) return true;
  return (
    providerId !== undefined && hasRole(actor, 'provider-manager', { type: 'organisation', id: providerId })
  );
}

/** SHA-256 of a share link's token, as stored (after its nonce: see share-link.ts). */
export const hashShareToken = (token: string): string =>
  crypto.createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Who may read a signed credential: anyone when its holder made it public or follows its share link,
 * otherwise its holder only. Everyone else learns nothing, not even that it exists.
 */
export function canReadCredential(
  actor: Actor | undefined,
  credential: { user_id: string; is_public: number; share_token_hash: string | null },
  shareToken: string | undefined,
): boolean {
  if (Number(credential.is_public) === 1) return true;
  if (actor?.userId === credential.user_id) return true;
  if (!shareToken || !credential.share_token_hash) return false;
  const given = Buffer.from(hashShareToken(shareToken), 'hex');
  // Stored as `<nonce>.<hash>` (see share-link.ts); a bare hash is read the same way.
  const stored = Buffer.from(credential.share_token_hash.split('.').pop() ?? '', 'hex');
  return given.length === stored.length && crypto.timingSafeEqual(given, stored);
}

import crypto from 'node:crypto';
import { hashShareToken } from './credentials.policy.js';

/**
 * Share links of credentials.
 *
 * A share link's token is never stored. It is an HMAC of the credential id and a random nonce under
 * the application secret: the `share_token_hash` column keeps `<nonce>.<SHA-256 of the token>`. So
 * the holder's page and every certificate PDF can show the *current* link again (the server derives
 * it from the nonce), a copy of the database alone reveals no working link, and `canReadCredential`
 * still checks a presented token against the stored hash only (no secret needed there). A new link
 * takes a new nonce, so it replaces the old one; removing the link clears the column.
 */

/** The token of the share link made with `nonce`: 43 base64url characters. */
export function shareTokenFor(secret: string, credentialId: string, nonce: string): string {
  return crypto
    .createHmac('sha256', secret)
    .update(`credential-share:${credentialId}:${nonce}`, 'utf8')
    .digest('base64url');
}

/** A new share link: its token (told to the holder) and the value to store. */
export function newShareLink(
  secret: string,
  credentialId: string,
): { readonly token: string; readonly stored: string } {
  const nonce = crypto.randomBytes(16).toString('hex');
  const token = shareTokenFor(secret, credentialId, nonce);
  return { token, stored: `${nonce}.${hashShareToken(token)}` };
}

/** The token of the current share link, from the stored value; undefined when there is none. */
export function currentShareToken(
  secret: string,
  credentialId: string,
  stored: string | null,
): string | undefined {
  if (!stored) return undefined;
  const dot = stored.indexOf('.');
  if (dot <= 0) return undefined;
  return shareTokenFor(secret, credentialId, stored.slice(0, dot));
}

/** The public verification page of a credential, with the share link's token when given. */
export function verifyUrl(publicUrl: string, lang: string, credentialId: string, token?: string): string {
  const query = new URLSearchParams({ credential: credentialId });
  if (token) query.set('share', token);
  return `${publicUrl}/${lang}/verify?${query.toString()}`;
}

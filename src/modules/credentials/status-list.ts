import crypto from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import * as bitstring from '@digitalbazaar/vc-bitstring-status-list';
import type { Database } from '../../database.js';
import { AppError } from '../../platform/http/app-error.js';
import { statusListLength, statusListUrl } from './open-badge.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The next position in the revocation status list, taken in the issuing transaction (a row lock on
 * PostgreSQL, the single writer on SQLite): positions are handed out in sequence and never reused.
 */
export async function allocateStatusIndex(trx: Db): Promise<number> {
  const row = await trx
    .updateTable('credential_status_list')
    .set((eb) => ({ next_index: eb('next_index', '+', 1) }))
    .where('id', '=', 1)
    .returning('next_index')
    .executeTakeFirstOrThrow();
  const index = Number(row.next_index) - 1;
  if (index >= statusListLength) throw new AppError('conflict', 'The revocation status list is full.');
  return index;
}

/**
 * The positions whose bit is set: every position ever handed out, except those of credentials that
 * exist and are not revoked. A credential deleted with its holder's account (erasure) therefore stays
 * revoked: we no longer hold what it says, so we no longer vouch for it, and its position is never
 * given to another credential.
 */
export async function revokedStatusIndexes(db: Db): Promise<number[]> {
  const [list, valid] = await Promise.all([
    db
      .selectFrom('credential_status_list')
      .select('next_index')
      .where('id', '=', 1)
      .executeTakeFirstOrThrow(),
    db.selectFrom('credential').select('status_index').where('revoked_at', 'is', null).execute(),
  ]);
  const validIndexes = new Set(valid.map((row) => Number(row.status_index)));
  const revoked: number[] = [];
  for (let index = 0; index < Number(list.next_index); index++) {
    if (!validIndexes.has(index)) revoked.push(index);
  }
  return revoked;
}

/** A short fingerprint of a set of revoked positions, to know whether the cached list is current. */
export function revokedDigest(revoked: readonly number[]): string {
  return crypto.createHash('sha256').update(revoked.join(',')).digest('base64url');
}

/** The unsigned BitstringStatusListCredential with these bits set (index 0 = the left-most bit). */
export async function buildStatusListCredential(options: {
  publicUrl: string;
  did: string;
  revoked: readonly number[];
  validFrom: string;
}): Promise<Record<string, unknown>> {
  const list = await bitstring.createList({ length: statusListLength });
  for (const index of options.revoked) list.setStatus(index, true);
  const credential = await bitstring.createCredential({
    id: statusListUrl(options.publicUrl),
    list,
    statusPurpose: 'revocation',
  });
  return { ...credential, issuer: options.did, validFrom: options.validFrom };
}

/** Whether a position's bit is set in an `encodedList` (multibase base64url of the GZIP'd bits). */
export async function isStatusSet(encodedList: string, index: number): Promise<boolean> {
  const list = await bitstring.decodeList({ encodedList });
  return list.getStatus(index);
}

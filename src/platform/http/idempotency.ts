import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../database.js';
import { AppError } from './app-error.js';

/** The header as API routes document it in their schema (any other header passes through). */
export const idempotencyHeaders = z.looseObject({
  'idempotency-key': z
    .string()
    .max(200)
    .optional()
    .describe('Retrying with the same key returns the first answer; the change is made once.'),
});

/**
 * `Idempotency-Key` on API POSTs: a client that retries a request with the same key gets the answer
 * of the first one, and the work is done once. Keys belong to the person sending them; a key reused
 * with another request is refused (409 `idempotency-key-reused`), and one whose first request is
 * still being answered too (409 `idempotency-key-in-use`). Server errors are not kept, so they can
 * be retried, and answers marked `Cache-Control: no-store` are not kept either (the request is then done
 * again). Keys are kept for `idempotencyKeyRetentionHours`.
 */
export interface IdempotencyKeyTable {
  user_id: string;
  key: string;
  /** `POST /api/v1/…` as sent. */
  request_line: string;
  /** SHA-256 of the parsed body. */
  request_hash: string;
  response_status: number | null;
  response_type: string | null;
  response_body: string | null;
  created_at: string;
}

export interface IdempotencyTables {
  idempotency_key: IdempotencyKeyTable;
}

export const idempotencyKeyRetentionHours = 24;

const keyPattern = /^[\x21-\x7e]{1,200}$/;

export interface IdempotencyOptions {
  readonly db: Kysely<Database>;
  /** The account the request acts for; requests without one are not made idempotent. */
  readonly identityOf: (request: FastifyRequest) => string | undefined;
}

/** Adds the hooks to every `POST /api/…` route. Register before the routes. */
export function registerIdempotency(app: FastifyInstance, options: IdempotencyOptions): void {
  const recorded = new WeakMap<FastifyRequest, { userId: string; key: string }>();

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || !request.url.startsWith('/api/') || key === undefined) return;
    const userId = options.identityOf(request);
    if (!userId) return;
    if (typeof key !== 'string' || !keyPattern.test(key)) {
      throw new AppError('bad-request', 'The Idempotency-Key header must be 1 to 200 visible characters.');
    }
    const requestLine = `${request.method} ${request.url}`;
    const requestHash = crypto
      .createHash('sha256')
      .update(JSON.stringify(request.body ?? null))
      .digest('hex');
    const stored = await claimKey(options.db, { userId, key, requestLine, requestHash });
    if (!stored) {
      recorded.set(request, { userId, key });
      return;
    }
    if (stored.request_line !== requestLine || stored.request_hash !== requestHash) {
      throw new AppError(
        'idempotency-key-reused',
        'This Idempotency-Key was used with another request: use a new key for each request.',
      );
    }
    if (stored.response_status === null) {
      throw new AppError(
        'idempotency-key-in-use',
        'The first request with this Idempotency-Key is still being answered: try again shortly.',
      );
    }
    return reply
      .header('idempotent-replayed', 'true')
      .status(stored.response_status)
      .type(stored.response_type ?? 'application/json; charset=utf-8')
      .send(stored.response_body ?? '');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claimed = recorded.get(request);
    if (!claimed) return payload;
    recorded.delete(request);
    const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString() : null;
    const where = options.db
      .deleteFrom('idempotency_key')
      .where('user_id', '=', claimed.userId)
      .where('key', '=', claimed.key);
    // A server error may succeed when retried; a body we cannot read cannot be replayed; and an
    // answer marked `no-store` (a new API token's secret) is never written down.
    const noStore = String(reply.getHeader('cache-control') ?? '').includes('no-store');
    if (reply.statusCode >= 500 || body === null || noStore) {
      await where.execute();
      return payload;
    }
    await options.db
      .updateTable('idempotency_key')
      .set({
        response_status: reply.statusCode,
        response_type: String(reply.getHeader('content-type') ?? ''),
        response_body: body,
      })
      .where('user_id', '=', claimed.userId)
      .where('key', '=', claimed.key)
      .execute();
    return payload;
  });
}

/** Claims the key for this request; returns the row of an earlier request that holds it instead. */
async function claimKey(
  db: Kysely<Database>,
  claim: { userId: string; key: string; requestLine: string; requestHash: string },
) {
  const inserted = await db
    .insertInto('idempotency_key')
    .values({
      user_id: claim.userId,
      key: claim.key,
      request_line: claim.requestLine,
      request_hash: claim.requestHash,
      response_status: null,
      response_type: null,
      response_body: null,
      created_at: new Date().toISOString(),
    })
    .onConflict((conflict) => conflict.columns(['user_id', 'key']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return undefined;
  return db
    .selectFrom('idempotency_key')
    .selectAll()
    .where('user_id', '=', claim.userId)
    .where('key', '=', claim.key)
    .executeTakeFirstOrThrow();
}

/** Forgets keys older than `cutoff` (the maintenance job). */
export async function deleteIdempotencyKeysBefore(db: Kysely<Database>, cutoff: string): Promise<number> {
  const result = await db.deleteFrom('idempotency_key').where('created_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}

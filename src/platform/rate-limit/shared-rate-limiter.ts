import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { AppError } from '../http/app-error.js';

export interface RateLimitRule {
  /** Names the action limited, e.g. `contact`. */
  readonly bucket: string;
  readonly max: number;
  readonly windowSeconds: number;
}

export interface SharedRateLimiter {
  /** Counts one hit of `clientKey` (an IP address, an account id) and throws `rate-limited` past the rule's max. */
  hit(rule: RateLimitRule, clientKey: string): Promise<void>;
}

/**
 * Limits for sensitive actions (contact form, later sign-in and registration), counted in the database
 * so that every web process of a scaled deployment shares them. Client keys are stored as keyed hashes.
 */
export function createSharedRateLimiter(db: Kysely<Database>, secret: string): SharedRateLimiter {
  return {
    async hit(rule, clientKey) {
      const key = `${rule.bucket}:${crypto.createHmac('sha256', secret).update(clientKey).digest('base64url')}`;
      const now = new Date();
      const nowText = now.toISOString();
      const windowEnd = new Date(now.getTime() + rule.windowSeconds * 1000).toISOString();
      const windowExpired = sql<boolean>`rate_limit_counter.window_ends_at <= ${nowText}`;
      const row = await db
        .insertInto('rate_limit_counter')
        .values({ key, hits: 1, window_ends_at: windowEnd })
        .onConflict((conflict) =>
          conflict.column('key').doUpdateSet({
            hits: sql`case when ${windowExpired} then 1 else rate_limit_counter.hits + 1 end`,
            window_ends_at: sql`case when ${windowExpired} then ${windowEnd} else rate_limit_counter.window_ends_at end`,
          }),
        )
        .returning(['hits', 'window_ends_at'])
        .executeTakeFirstOrThrow();
      if (row.hits > rule.max) {
        const retryAfter = Math.max(1, Math.ceil((Date.parse(row.window_ends_at) - now.getTime()) / 1000));
        throw new AppError(
          'rate-limited',
          `Too many attempts. Please try again in ${retryAfter} seconds.`,
          [],
          {
            retryAfterSeconds: retryAfter,
          },
        );
      }
    },
  };
}

import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * Resumption tokens are stateless: the query (verb, format, set, date range) and where the last page
 * ended — the (datestamp, id) of its last record, which pages are ordered by — travel in the token,
 * signed with the application secret, so any process of the deployment can continue a list and an
 * edited token is refused. They expire after `tokenLifetimeMs` (the `expirationDate` attribute).
 */
export const tokenLifetimeMs = 24 * 60 * 60 * 1000;

const listStateSchema = z.object({
  verb: z.enum(['ListRecords', 'ListIdentifiers']),
  metadataPrefix: z.string().min(1).max(100),
  set: z.string().max(500).nullable(),
  /** Inclusive lower and exclusive upper datestamp bounds (ISO-8601). */
  from: z.string().max(40).nullable(),
  before: z.string().max(40).nullable(),
  /** The exact stored datestamp and id of the last record sent. */
  after: z.object({ stamp: z.string().min(1).max(60), id: z.string().min(1).max(100) }),
  /** Records sent before the next page. */
  cursor: z.number().int().min(0),
  /** The list's size when its first page was sent (completeListSize; not recounted on every page). */
  total: z.number().int().min(0),
});

const setsStateSchema = z.object({ verb: z.literal('ListSets'), cursor: z.number().int().min(0) });

const tokenSchema = z.object({
  state: z.discriminatedUnion('verb', [listStateSchema, setsStateSchema]),
  /** Expiry, milliseconds since the epoch. */
  expires: z.number().int(),
});

export type ListState = z.infer<typeof listStateSchema>;
export type SetsState = z.infer<typeof setsStateSchema>;
export type TokenState = ListState | SetsState;

function keyOf(secret: string): Buffer {
  return createHmac('sha256', secret).update('jpcoops oai-pmh resumption token').digest();
}

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', keyOf(secret)).update(payload).digest();
}

export function issueToken(
  secret: string,
  state: TokenState,
  now = new Date(),
): { token: string; expires: Date } {
  const expires = new Date(now.getTime() + tokenLifetimeMs);
  const payload = Buffer.from(JSON.stringify({ state, expires: expires.getTime() })).toString('base64url');
  return { token: `${payload}.${mac(secret, payload).toString('base64url')}`, expires };
}

/** The state a token carries; undefined when it was not issued here, was altered, or has expired. */
export function readToken(secret: string, token: string, now = new Date()): TokenState | undefined {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return undefined;
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = tokenSchema.safeParse(decoded);
  if (!parsed.success || parsed.data.expires < now.getTime()) return undefined;
  return parsed.data.state;
}

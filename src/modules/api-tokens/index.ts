// Module skeleton: the API-tokens module fills this in.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { WebDeps } from '../../app-deps.js';
import type { Database } from '../../database.js';

/** What a bearer token stands for, or undefined when it is unknown, expired or revoked. */
export function resolveApiToken(
  _db: Kysely<Database>,
  _token: string,
): Promise<{ userId: string; scopes: readonly string[] } | undefined> {
  return Promise.resolve(undefined);
}

/** `/{lang}/account/tokens`. */
export function registerApiTokenPages(_app: FastifyInstance, _deps: WebDeps): void {}

/** `GET /api/v1/me` and the token API. */
export function registerApiTokenApi(_app: FastifyInstance, _deps: WebDeps): void {}

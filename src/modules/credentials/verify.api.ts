import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import { verifyCredential } from './credential-verification.js';
import { readVerifiable, verifyRateLimit } from './verify-checks.js';

const checkNames = ['signature', 'issuer', 'revocation', 'dates', 'schema'] as const;
const reasons = [
  'malformed',
  'not-checked',
  'bad-signature',
  'unknown-issuer',
  'unknown-key',
  'no-status',
  'revoked',
  'bad-dates',
  'not-yet-valid',
  'expired',
] as const;

export const verifyBodySchema = z
  .union([
    z.object({ jwt: z.string().max(1_048_576).describe('A VC-JWT.') }).describe('A VC-JWT, wrapped.'),
    z
      .record(z.string(), z.unknown())
      .describe('The JSON-LD credential itself, with its embedded `eddsa-rdfc-2022` proof.'),
    z.string().max(1_048_576).describe('A raw VC-JWT, sent as `Content-Type: application/jwt`.'),
  ])
  .describe(
    'The credential to verify: the JSON-LD credential (`application/json`), `{ "jwt": "…" }`, or the raw VC-JWT (`application/jwt`).',
  );

export const verificationSchema = z
  .object({
    verified: z.boolean().describe('True when every check passed.'),
    checks: z
      .array(
        z.object({
          check: z.enum(checkNames).describe('What was checked.'),
          ok: z.boolean().describe('Whether it passed.'),
          message: z.string().describe('What was found, in plain English.'),
          reason: z
            .enum(reasons)
            .optional()
            .describe('Why it failed, as a stable code (absent when it passed).'),
        }),
      )
      .describe('Each check, in order: schema, signature, issuer, revocation, dates.'),
  })
  .describe('The outcome: answered with 200 also when the credential is not valid.');

/**
 * `POST /api/v1/credentials/verify`: anyone checks a credential of ours, without an account. Takes the
 * JSON-LD credential or the VC-JWT and answers each check; limited per address; never cached.
 */
export function registerVerifyApi(app: FastifyInstance, deps: WebDeps): void {
  void app.register((scope, _options, done) => {
    // The raw VC-JWT, as `application/jwt` says it, in this scope only.
    scope.addContentTypeParser(
      'application/jwt',
      { parseAs: 'string', bodyLimit: 1_048_576 },
      (_request, body, done) => done(null, (body as string).trim()),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/credentials/verify',
      {
        schema: {
          tags: ['credentials'],
          summary: 'Verify a credential: signature, issuer, revocation, dates and shape',
          description:
            'Public and limited per address. Answers 200 with `verified: false` and the failed checks when the credential is not valid (revoked, changed, expired…); 400 only for a body that is neither a JSON-LD credential nor a JWT.',
          body: verifyBodySchema,
          response: { 200: verificationSchema },
        },
      },
      async (request, reply) => {
        await deps.rateLimiter.hit(verifyRateLimit, request.ip);
        const input = readVerifiable(request.body);
        if (input === undefined) {
          throw new AppError('bad-request', 'The body is neither a JSON-LD credential nor a JWT.');
        }
        reply.header('cache-control', 'no-store');
        const result = await verifyCredential(deps, input);
        return { verified: result.verified, checks: [...result.checks] };
      },
    );
    done();
  });
}

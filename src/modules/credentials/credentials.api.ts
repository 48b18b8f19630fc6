import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { WebDeps } from '../../app-deps.js';
import { requireActor } from '../accounts/index.js';
import { credentialParams, credentialQuery, revokeInputSchema, revokedSchema } from './credentials.schema.js';
import { readCredential, revokeCredential } from './credentials.service.js';
import { loadDidDocument, signedStatusList } from './issuer-documents.js';

const tags = ['credentials'];

/**
 * Open Badges 3.0 credentials: the issuer's DID document (`/.well-known/did.json`), the revocation
 * status list (`/credentials/status/1`), reading a signed credential and revoking one.
 */
export function registerCredentialsApi(app: FastifyInstance, deps: WebDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/.well-known/did.json',
    {
      schema: {
        tags,
        summary: 'The did:web DID document of the platform: every signing key, old ones included',
      },
    },
    async (_request, reply) =>
      reply
        .header('cache-control', 'public, max-age=300')
        // Verifiers running in browsers fetch it from other sites.
        .header('access-control-allow-origin', '*')
        .type('application/did+ld+json')
        .send(await loadDidDocument(deps)),
  );

  api.get(
    '/credentials/status/1',
    {
      schema: {
        tags,
        summary: 'The signed BitstringStatusListCredential: one bit per credential, set when revoked',
      },
    },
    async (_request, reply) =>
      reply
        .header('cache-control', 'public, max-age=60')
        .header('access-control-allow-origin', '*')
        .type('application/vc+ld+json')
        .send(await signedStatusList(deps)),
  );

  api.get(
    '/api/v1/credentials/:id',
    {
      schema: {
        tags,
        summary: 'A signed credential: for its holder, or anyone when public or with its share link',
        description:
          'The JSON-LD credential with its `eddsa-rdfc-2022` proof, or the VC-JWT with `Accept: application/jwt` or `?format=jwt`. Answers 404 to whoever may not read it.',
        params: credentialParams,
        querystring: credentialQuery,
      },
    },
    async (request, reply) => {
      const credential = await readCredential(deps, request.actor, request.params.id, request.query.share);
      const wantsJwt =
        request.query.format === 'jwt' ||
        (request.query.format === undefined && /application\/jwt/.test(request.headers.accept ?? ''));
      reply.header('cache-control', 'private, no-store').header('vary', 'accept');
      return wantsJwt
        ? reply.type('application/jwt').send(credential.jwt)
        : reply.type('application/vc+ld+json').send(credential.document);
    },
  );

  api.post(
    '/api/v1/credentials/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke a credential (managers of its course’s provider, admins)',
        description:
          'Sets the credential’s bit in the status list, which is signed again at once. A revoked credential stays revoked.',
        params: credentialParams,
        body: revokeInputSchema,
        response: { 200: revokedSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const revoked = await revokeCredential(deps, actor, {
        id: request.params.id,
        reason: request.body.reason,
      });
      return { id: revoked.id, revokedAt: revoked.revokedAt ?? '', reason: request.body.reason };
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { requireActor } from '../accounts/index.js';
import { getMyProfile } from './api-tokens.profile.js';
import {
  apiTokenSchema,
  createApiTokenBodySchema,
  createdApiTokenSchema,
  profileSchema,
} from './api-tokens.schema.js';
import { createApiToken, listMyApiTokens, revokeApiToken } from './api-tokens.service.js';

const tags = ['account'];
const sessionOnly =
  'Only with a signed-in session (cookie): an API token cannot manage tokens, and is refused with 403.';

/** `GET /api/v1/me` and the management of one’s own tokens. */
export function registerApiTokenRoutes(app: FastifyInstance, deps: WebDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get(
    '/api/v1/me',
    {
      schema: {
        tags,
        summary: 'The caller’s profile',
        description: 'Answers with a session cookie or an `Authorization: Bearer` API token (`read` scope).',
        response: { 200: profileSchema },
      },
    },
    async (request, reply) => {
      const profile = await getMyProfile(deps, requireActor(request));
      return reply.header('cache-control', 'no-store').send(profile);
    },
  );

  typed.get(
    '/api/v1/me/tokens',
    {
      schema: {
        tags,
        summary: 'My API tokens',
        description: sessionOnly,
        response: { 200: z.object({ tokens: z.array(apiTokenSchema) }) },
      },
    },
    async (request, reply) => {
      const tokens = await listMyApiTokens(deps, requireActor(request));
      return reply.header('cache-control', 'no-store').send({ tokens });
    },
  );

  typed.post(
    '/api/v1/me/tokens',
    {
      schema: {
        tags,
        summary: 'Create an API token',
        description: `${sessionOnly} The token is in the answer once and cannot be retrieved again.`,
        body: createApiTokenBodySchema,
        response: { 201: createdApiTokenSchema },
      },
    },
    async (request, reply) => {
      const { organisationId, ...input } = request.body;
      const created = await createApiToken(deps, {
        actor: requireActor(request),
        input: { ...input, organisationId: organisationId ?? null },
      });
      return reply
        .status(201)
        .header('cache-control', 'no-store')
        .send({ ...created.view, token: created.token });
    },
  );

  typed.delete(
    '/api/v1/me/tokens/:id',
    {
      schema: {
        tags,
        summary: 'Revoke one of my API tokens',
        description: sessionOnly,
        params: z.object({ id: z.string().min(1).max(64) }),
        response: { 204: z.null().describe('Revoked') },
      },
    },
    async (request, reply) => {
      await revokeApiToken(deps, { actor: requireActor(request), tokenId: request.params.id });
      return reply.status(204).send(null);
    },
  );
}

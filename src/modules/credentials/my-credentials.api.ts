import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { defaultLocale, isLocale, locales } from '../../platform/i18n/index.js';
import { requireActor } from '../accounts/index.js';
import { credentialParams } from './credentials.schema.js';
import {
  createShareLink,
  listMyCredentials,
  removeShareLink,
  setCredentialVisibility,
} from './my-credentials.service.js';

const tags = ['credentials'];

const creditSchema = z.object({
  system: z.string().describe('Credit system, such as `ECTS` or `UFC`.'),
  amount: z.number(),
  awardingBody: z.string().describe('Who recognises these credits.'),
});

const myCredentialSchema = z.object({
  id: z.string().describe('Credential id: `GET /api/v1/credentials/{id}` answers the signed credential.'),
  courseTitle: z.string(),
  providerName: z.string(),
  completedAt: z.string().describe('When the course was completed (ISO 8601).'),
  issuedAt: z.string(),
  hours: z.number().describe('Hours of training.'),
  credits: z.array(creditSchema),
  status: z
    .enum(['valid', 'revoked', 'superseded'])
    .describe('`revoked` with its reason in `revocationReason`; `superseded` by a newer credential.'),
  revocationReason: z.string().nullable(),
  isPublic: z.boolean().describe('Anyone may read it by its id.'),
  hasShareLink: z.boolean().describe('A share link exists (its address is told only when created).'),
});

const visibilityInput = z.object({
  public: z
    .boolean()
    .describe('True: anyone may read the credential by its id; false: holder and share link only.'),
});

const shareLinkQuery = z.object({
  lang: z
    .enum(locales)
    .optional()
    .describe('Language of the verification page the link opens; default: the account’s language.'),
});

const shareLinkSchema = z.object({
  url: z.string().describe('The verification page with the share token: shown once, keep it.'),
  token: z.string().describe('The share token (`?share=` of `GET /api/v1/credentials/{id}`).'),
});

/**
 * The holder's credentials API: the list, public or private, and the share link (created answers its
 * address once; a new one replaces the old; deleting it makes it stop working).
 */
export function registerMyCredentialsApi(app: FastifyInstance, deps: WebDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/v1/me/credentials',
    {
      schema: {
        tags,
        summary: 'My credentials: every credential issued to me, newest first',
        response: { 200: z.object({ items: z.array(myCredentialSchema) }) },
      },
    },
    async (request, reply) => {
      const items = await listMyCredentials(deps, requireActor(request));
      reply.header('cache-control', 'private, no-store');
      return {
        items: items.map((item) => ({
          id: item.id,
          courseTitle: item.courseTitle,
          providerName: item.providerName,
          completedAt: item.completedAt,
          issuedAt: item.issuedAt,
          hours: item.hours,
          credits: [...item.credits],
          status: item.status,
          revocationReason: item.revocationReason,
          isPublic: item.isPublic,
          hasShareLink: item.hasShareLink,
        })),
      };
    },
  );

  api.post(
    '/api/v1/credentials/:id/visibility',
    {
      schema: {
        tags,
        summary: 'Make one of my credentials public or private',
        params: credentialParams,
        body: visibilityInput,
        response: { 200: z.object({ id: z.string(), isPublic: z.boolean() }) },
      },
    },
    async (request) => {
      const isPublic = request.body.public;
      await setCredentialVisibility(deps, requireActor(request), { id: request.params.id, isPublic });
      return { id: request.params.id, isPublic };
    },
  );

  api.post(
    '/api/v1/credentials/:id/share-link',
    {
      schema: {
        tags,
        summary: 'Create the share link of one of my credentials (replaces the one before)',
        params: credentialParams,
        querystring: shareLinkQuery,
        response: { 201: shareLinkSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const lang = request.query.lang ?? (isLocale(actor.locale) ? actor.locale : defaultLocale);
      const link = await createShareLink(deps, actor, { id: request.params.id, lang });
      return reply.code(201).header('cache-control', 'no-store').send(link);
    },
  );

  api.delete(
    '/api/v1/credentials/:id/share-link',
    {
      schema: {
        tags,
        summary: 'Remove the share link of one of my credentials: it stops working',
        params: credentialParams,
      },
    },
    async (request, reply) => {
      await removeShareLink(deps, requireActor(request), request.params.id);
      return reply.code(204).send();
    },
  );
}

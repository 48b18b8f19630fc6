import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { requestLocale } from '../../platform/http/pages.js';
import { requireActor } from '../accounts/index.js';
import type { ApiTokenFieldErrors } from './api-tokens.form.js';
import { apiTokenFormInputSchema, apiTokenFormSchema, type ApiTokenFormInput } from './api-tokens.schema.js';
import {
  createApiToken,
  listMyApiTokens,
  listTokenOrganisations,
  revokeApiToken,
} from './api-tokens.service.js';
import { ApiTokenCreatedPage, ApiTokensPage } from './api-tokens.views.js';

const revokeParamsSchema = z.object({ id: z.string().max(64) });

/** `/{lang}/account/tokens`: my tokens, creation (the token shown once) and revocation. */
export function registerApiTokenPageRoutes(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  const sendTokensPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: { values: ApiTokenFormInput; errors: ApiTokenFieldErrors },
    status = 200,
  ) => {
    const actor = requireActor(request);
    const [tokens, organisations] = await Promise.all([
      listMyApiTokens(deps, actor),
      listTokenOrganisations(deps, actor),
    ]);
    const ctx = pages.context(request, reply);
    const revoked = (request.query as Record<string, unknown>).revoked === '1';
    reply.header('cache-control', 'no-store');
    return pages.send(
      reply,
      <ApiTokensPage ctx={ctx} tokens={tokens} organisations={organisations} revoked={revoked} {...form} />,
      status,
    );
  };

  app.get('/account/tokens', (request, reply) => sendTokensPage(request, reply, { values: {}, errors: {} }));

  app.post('/account/tokens', async (request, reply) => {
    const actor = requireActor(request);
    const values = apiTokenFormInputSchema.parse(request.body ?? {});
    const parsed = apiTokenFormSchema.safeParse(values);
    if (!parsed.success) {
      const errors: ApiTokenFieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof ApiTokenFieldErrors;
        errors[field] ??= issue.message;
      }
      return sendTokensPage(request, reply, { values, errors }, 422);
    }
    const created = await createApiToken(deps, { actor, input: parsed.data });
    // Rendered in answer to the POST rather than after a redirect: the token must not be kept anywhere
    // a later GET could find it, and no cache may store this page.
    reply.header('cache-control', 'no-store');
    return pages.send(
      reply,
      <ApiTokenCreatedPage ctx={pages.context(request, reply)} token={created.token} view={created.view} />,
      201,
    );
  });

  app.post('/account/tokens/:id/revoke', async (request, reply) => {
    const { id } = revokeParamsSchema.parse(request.params);
    await revokeApiToken(deps, { actor: requireActor(request), tokenId: id });
    return reply.redirect(`/${requestLocale(request)}/account/tokens?revoked=1`, 303);
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { isAppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import type { FormErrors } from '../../platform/layout/form-fields.js';
import { findUsers, grantRole, revokeGrant, viewUser } from './users.service.js';
import {
  grantFormInputSchema,
  grantParamsSchema,
  userIdParamsSchema,
  userListQuerySchema,
  type GrantFormInput,
} from './users.schema.js';
import { UserDetailPage } from './user-detail.views.js';
import { UserListPage } from './users.views.js';

const doneSchema = z.object({ done: z.enum(['granted', 'revoked']).optional().catch(undefined) }).catch({});

/** `/{lang}/admin/users`: the list, one person's page, granting and revoking roles. */
export function registerUserPages(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;

  app.get('/admin/users', async (request, reply) => {
    const query = userListQuerySchema.parse(request.query);
    const result = await findUsers(deps, request.actor, query);
    return pages.send(reply, <UserListPage ctx={pages.context(request, reply)} query={query} {...result} />);
  });

  const showUser = async (
    request: FastifyRequest,
    reply: FastifyReply,
    userId: string,
    form: {
      values?: GrantFormInput;
      errors?: FormErrors;
      notice?: string;
      problem?: string;
      status?: number;
    },
  ) => {
    const view = await viewUser(deps, request.actor, userId);
    const ctx = pages.context(request, reply);
    return pages.send(reply, <UserDetailPage ctx={ctx} {...view} {...form} />, form.status);
  };

  app.get('/admin/users/:id', async (request, reply) => {
    const { id } = userIdParamsSchema.parse(request.params);
    const { done } = doneSchema.parse(request.query);
    return showUser(request, reply, id, { notice: done ? `admin.users.done.${done}` : undefined });
  });

  app.post('/admin/users/:id/grants', async (request, reply) => {
    const { id } = userIdParamsSchema.parse(request.params);
    const input = grantFormInputSchema.parse(request.body ?? {});
    const result = await grantRole(deps, request.actor, { userId: id, input });
    if (result.outcome === 'invalid') {
      return showUser(request, reply, id, { values: input, errors: result.errors, status: 422 });
    }
    if (result.isOwnAccount) await deps.sessions.start(request, reply, id, 'complete');
    return reply.redirect(
      `/${requestLocale(request)}/admin/users/${encodeURIComponent(id)}?done=granted`,
      303,
    );
  });

  app.post('/admin/users/:id/grants/:grantId/revoke', async (request, reply) => {
    const { id, grantId } = grantParamsSchema.parse(request.params);
    const locale = requestLocale(request);
    try {
      const result = await revokeGrant(deps, request.actor, { userId: id, grantId });
      if (!result.isOwnAccount)
        return reply.redirect(`/${locale}/admin/users/${encodeURIComponent(id)}?done=revoked`, 303);
      // One's own privileges changed: a fresh session, and the account page if administration is gone.
      await deps.sessions.start(request, reply, id, 'complete');
      const target =
        result.role === 'admin'
          ? `/${locale}/account`
          : `/${locale}/admin/users/${encodeURIComponent(id)}?done=revoked`;
      return reply.redirect(target, 303);
    } catch (error) {
      if (!isAppError(error) || error.code !== 'conflict') throw error;
      return showUser(request, reply, id, { problem: 'admin.users.error.lastAdministrator', status: 409 });
    }
  });
}

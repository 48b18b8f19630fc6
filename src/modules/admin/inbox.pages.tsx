import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import type { FormErrors } from '../../platform/layout/form-fields.js';
import {
  changeMessageStatus,
  deleteMessage,
  listMessages,
  replyToMessage,
  viewMessage,
} from './inbox.service.js';
import {
  inboxQuerySchema,
  messageIdParamsSchema,
  replyFormInputSchema,
  statusFormSchema,
  type ReplyFormInput,
} from './inbox.schema.js';
import { MessageListPage, MessagePage } from './inbox.views.js';

const doneSchema = z
  .object({ done: z.enum(['handled', 'new', 'replied', 'deleted']).optional().catch(undefined) })
  .catch({});

/** `/{lang}/admin/messages`: the staff inbox of contact-form messages. */
export function registerInboxPages(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  const messagePath = (request: FastifyRequest, id: string) =>
    `/${requestLocale(request)}/admin/messages/${encodeURIComponent(id)}`;

  app.get('/admin/messages', async (request, reply) => {
    const query = inboxQuerySchema.parse(request.query);
    const { done } = doneSchema.parse(request.query);
    const result = await listMessages(deps, request.actor, query);
    const ctx = pages.context(request, reply);
    const notice = done === 'deleted' ? 'admin.messages.done.deleted' : undefined;
    return pages.send(reply, <MessageListPage ctx={ctx} query={query} notice={notice} {...result} />);
  });

  const showMessage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    form: { values?: ReplyFormInput; errors?: FormErrors; notice?: string; status?: number },
  ) => {
    const message = await viewMessage(deps, request.actor, id);
    const ctx = pages.context(request, reply);
    return pages.send(reply, <MessagePage ctx={ctx} message={message} {...form} />, form.status);
  };

  app.get('/admin/messages/:id', async (request, reply) => {
    const { id } = messageIdParamsSchema.parse(request.params);
    const { done } = doneSchema.parse(request.query);
    const notice = done && done !== 'deleted' ? `admin.messages.done.${done}` : undefined;
    return showMessage(request, reply, id, { notice });
  });

  app.post('/admin/messages/:id/status', async (request, reply) => {
    const { id } = messageIdParamsSchema.parse(request.params);
    const parsed = statusFormSchema.safeParse(request.body ?? {});
    if (!parsed.success) throw new AppError('bad-request', 'The status must be "new" or "handled".');
    await changeMessageStatus(deps, request.actor, { messageId: id, status: parsed.data.status });
    return reply.redirect(`${messagePath(request, id)}?done=${parsed.data.status}`, 303);
  });

  app.post('/admin/messages/:id/reply', async (request, reply) => {
    const { id } = messageIdParamsSchema.parse(request.params);
    const input = replyFormInputSchema.parse(request.body ?? {});
    const result = await replyToMessage(deps, request.actor, { messageId: id, input });
    if (result.outcome === 'invalid') {
      return showMessage(request, reply, id, { values: input, errors: result.errors, status: 422 });
    }
    return reply.redirect(`${messagePath(request, id)}?done=replied`, 303);
  });

  app.post('/admin/messages/:id/delete', async (request, reply) => {
    const { id } = messageIdParamsSchema.parse(request.params);
    await deleteMessage(deps, request.actor, id);
    return reply.redirect(`/${requestLocale(request)}/admin/messages?done=deleted`, 303);
  });
}

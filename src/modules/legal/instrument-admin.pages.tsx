import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { WebDeps } from '../../app-deps.js';
import { AppError, isAppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import {
  instrumentFormValues,
  readInstrumentForm,
  toInstrument,
  type InstrumentFormProblems,
  type InstrumentFormValues,
} from './instrument-form.js';
import {
  addInstrument,
  changeInstrument,
  getInstrumentForEditing,
  listInstrumentsForEditing,
} from './instrument-admin.service.js';
import { InstrumentAdminListPage, InstrumentEditPage } from './instrument-admin.views.js';
import { celexParamsSchema } from './legal.schema.js';

const notices: Record<string, string> = {
  added: 'legal.admin.notice.added',
  changed: 'legal.admin.notice.changed',
  unchanged: 'legal.admin.notice.unchanged',
};
const noProblems: InstrumentFormProblems = { errors: {}, lines: {} };

const noticeOf = (request: FastifyRequest) => {
  const done = (request.query as { done?: unknown } | undefined)?.done;
  return typeof done === 'string' ? notices[done] : undefined;
};
const celexOf = (request: FastifyRequest) => {
  const parsed = celexParamsSchema.safeParse(request.params);
  if (!parsed.success) throw AppError.notFound();
  return parsed.data.celex;
};

/**
 * `/{lang}/admin/instruments`: coordinators correct and extend the reference. Plain forms with
 * post/redirect/get; a form with problems comes back with what was typed (400).
 */
export function registerLegalAdminPages(app: FastifyInstance, deps: WebDeps): void {
  void app.register((scope, _options, done) => {
    scope.addHook('onSend', (_request, reply, payload, hookDone) => {
      reply.header('cache-control', 'no-store');
      hookDone(null, payload);
    });
    registerRoutes(scope, deps);
    done();
  });
}

function registerRoutes(app: FastifyInstance, deps: WebDeps): void {
  const listPath = (request: FastifyRequest, query: string) =>
    `/${requestLocale(request)}/admin/instruments${query}`;
  const sendForm = (
    request: FastifyRequest,
    reply: FastifyReply,
    form: {
      celex: string | undefined;
      values: InstrumentFormValues;
      problems: InstrumentFormProblems;
      status: number;
    },
  ) => {
    const ctx = deps.pages.context(request, reply);
    const notice = form.status === 200 ? noticeOf(request) : undefined;
    const page = <InstrumentEditPage ctx={ctx} {...form} notice={notice} />;
    return deps.pages.send(reply, page, form.status);
  };

  app.get('/admin/instruments', async (request, reply) => {
    const instruments = await listInstrumentsForEditing(deps, request.actor);
    const ctx = deps.pages.context(request, reply);
    return deps.pages.send(
      reply,
      <InstrumentAdminListPage ctx={ctx} instruments={instruments} notice={noticeOf(request)} />,
    );
  });

  app.get('/admin/instruments/new', async (request, reply) => {
    await listInstrumentsForEditing(deps, request.actor);
    return sendForm(request, reply, {
      celex: undefined,
      values: instrumentFormValues(undefined),
      problems: noProblems,
      status: 200,
    });
  });

  app.post('/admin/instruments', async (request, reply) => {
    const values = readInstrumentForm(request.body);
    const mapped = toInstrument(values);
    if (!mapped.ok)
      return sendForm(request, reply, { celex: undefined, values, problems: mapped.problems, status: 400 });
    try {
      await addInstrument(deps, request.actor, mapped.instrument);
    } catch (error) {
      if (!isAppError(error) || error.code !== 'conflict') throw error;
      const problems = { errors: { celex: 'legal.admin.error.celexTaken' }, lines: {} };
      return sendForm(request, reply, { celex: undefined, values, problems, status: 409 });
    }
    return reply.redirect(
      `/${requestLocale(request)}/admin/instruments/${mapped.instrument.celex}?done=added`,
      303,
    );
  });

  app.get('/admin/instruments/:celex', async (request, reply) => {
    const stored = await getInstrumentForEditing(deps, request.actor, celexOf(request));
    const values = instrumentFormValues(stored.instrument);
    return sendForm(request, reply, {
      celex: stored.instrument.celex,
      values,
      problems: noProblems,
      status: 200,
    });
  });

  app.post('/admin/instruments/:celex', async (request, reply) => {
    const celex = celexOf(request);
    const stored = await getInstrumentForEditing(deps, request.actor, celex);
    const typed = readInstrumentForm(request.body);
    // The CELEX number is the instrument's identity: it comes from the address, never from the form.
    const values = { ...typed, text: { ...typed.text, celex: stored.instrument.celex } };
    const mapped = toInstrument(values);
    if (!mapped.ok)
      return sendForm(request, reply, { celex, values, problems: mapped.problems, status: 400 });
    const fields = await changeInstrument(deps, request.actor, { celex, instrument: mapped.instrument });
    return reply.redirect(
      listPath(request, `/${celex}?done=${fields.length > 0 ? 'changed' : 'unchanged'}`),
      303,
    );
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError, isAppError, type ErrorCode } from '../../platform/http/app-error.js';
import { requireActor } from '../accounts/index.js';
import { readRegisterAction, registerFormChanges } from './attendance-register.form.js';
import type { AttendanceRegister } from './attendance-register.schema.js';
import { getAttendanceRegister, updateAttendanceRegister } from './attendance-register.service.js';
import { AttendanceRegisterPage } from './attendance-register.views.js';

const params = z.object({ id: z.string().min(1).max(100) });

/** What the page says after a change (post/redirect/get): `?done=closed` → a translated notice. */
const notices: Record<string, string> = {
  saved: 'attendance.notice.saved',
  closed: 'attendance.notice.closed',
};

/** Refusals the form explains on the page rather than on an error page. */
const formRefusals: readonly ErrorCode[] = [
  'register-closed',
  'session-not-started',
  'not-a-session-day',
  'not-a-participant',
];

/** `/{lang}/manage/sessions/{id}/attendance`: the register for the provider's managers and the trainers. */
export function registerAttendancePages(app: FastifyInstance, deps: WebDeps): void {
  void app.register((scope, _options, done) => {
    // Names and attendance of other people: never kept by browsers or proxies.
    scope.addHook('onSend', (_request, reply, payload, hookDone) => {
      reply.header('cache-control', 'no-store');
      hookDone(null, payload);
    });
    registerRegisterRoutes(scope, deps);
    done();
  });
}

function registerRegisterRoutes(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  const sessionIdOf = (request: FastifyRequest) => {
    const parsed = params.safeParse(request.params);
    if (!parsed.success) throw AppError.notFound();
    return parsed.data.id;
  };
  const send = (
    request: FastifyRequest,
    reply: FastifyReply,
    register: AttendanceRegister,
    options: { notice?: string; error?: string; status?: number } = {},
  ) => {
    const ctx = pages.context(request, reply);
    const page = (
      <AttendanceRegisterPage ctx={ctx} register={register} notice={options.notice} error={options.error} />
    );
    return pages.send(reply, page, options.status ?? 200);
  };

  app.get('/manage/sessions/:id/attendance', async (request, reply) => {
    const ctx = pages.context(request, reply);
    const register = await getAttendanceRegister(deps, requireActor(request), {
      sessionId: sessionIdOf(request),
      language: ctx.locale,
    });
    const done = (request.query as { done?: string }).done ?? '';
    return send(request, reply, register, { notice: notices[done] });
  });

  app.post('/manage/sessions/:id/attendance', async (request, reply) => {
    const actor = requireActor(request);
    const { locale } = pages.context(request, reply);
    const options = { sessionId: sessionIdOf(request), language: locale };
    // The form's cells are compared with the register as stored, so that only changed cells are written.
    const current = await getAttendanceRegister(deps, actor, options);
    try {
      const changes = registerFormChanges(current, request.body);
      await updateAttendanceRegister(deps, actor, { ...options, changes });
    } catch (error) {
      if (!isAppError(error) || !formRefusals.includes(error.code)) throw error;
      const register = await getAttendanceRegister(deps, actor, options);
      return send(request, reply, register, {
        error: `attendance.error.${error.code}`,
        status: error.status,
      });
    }
    const done = readRegisterAction(request.body).close ? 'closed' : 'saved';
    return reply.redirect(`/${locale}/manage/sessions/${options.sessionId}/attendance?done=${done}`, 303);
  });
}

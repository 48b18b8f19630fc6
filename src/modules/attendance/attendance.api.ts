import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { locales, type Locale } from '../../platform/i18n/index.js';
import { requireActor } from '../accounts/index.js';
import { listSessionParticipants } from '../applications/index.js';
import { getAttendanceRegister, updateAttendanceRegister } from './attendance-register.service.js';
import { registerChangesSchema, registerSchema } from './attendance-register.schema.js';
import { renderAttendanceSheet } from './attendance-sheet.pdf.js';
import { sessionDays } from './session-days.js';

const tags = ['attendance'];
const params = z.object({ id: z.string().min(1).max(100).describe('Session id.') });
const languageQuery = z.object({
  lang: z.enum(locales).optional().describe('Language of the course title; default: the caller’s.'),
});

/**
 * The attendance of a session, for its provider's managers and its trainers: the register as JSON
 * (`GET`/`PUT /api/v1/sessions/{id}/attendance`) and the sheet the participants sign
 * (`GET /api/v1/sessions/{id}/attendance.pdf`).
 */
export function registerAttendanceApi(app: FastifyInstance, deps: WebDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/sessions/:id/attendance',
    {
      schema: {
        tags,
        summary: 'The attendance register of a session (provider managers and its trainers)',
        params,
        querystring: languageQuery,
        response: { 200: registerSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const language = request.query.lang ?? localeOr(actor.locale);
      const register = await getAttendanceRegister(deps, actor, { sessionId: request.params.id, language });
      return reply.header('cache-control', 'no-store').send(register);
    },
  );

  api.put(
    '/api/v1/sessions/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Mark attendance, record assessments, close the register (provider managers and trainers)',
        description:
          'Closing moves each confirmed participant to `attended` or `no-show` and applies the course’s completion rule; a closed register answers `register-closed` to further changes.',
        params,
        querystring: languageQuery,
        body: registerChangesSchema,
        response: { 200: registerSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const register = await updateAttendanceRegister(deps, actor, {
        sessionId: request.params.id,
        language: request.query.lang ?? localeOr(actor.locale),
        changes: request.body,
      });
      return reply.header('cache-control', 'no-store').send(register);
    },
  );

  api.get(
    '/api/v1/sessions/:id/attendance.pdf',
    {
      schema: {
        tags,
        summary: 'The printable attendance sheet of a session (provider managers and its trainers)',
        params,
        querystring: z.object({
          lang: z.enum(locales).optional().describe('Language of the sheet; default: the caller’s.'),
        }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const language = request.query.lang ?? localeOr(actor.locale);
      const { session, participants } = await listSessionParticipants(
        deps,
        actor,
        request.params.id,
        language,
      );
      const pdf = await renderAttendanceSheet({
        translator: deps.translators(language),
        courseTitle: session.courseTitle,
        providerName: session.providerName,
        session,
        days: sessionDays(session.startsAt, session.endsAt, session.timeZone),
        participants,
      });
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="attendance-${session.id}.pdf"`)
        .type('application/pdf')
        .send(Buffer.from(pdf));
    },
  );
}

const localeOr = (wanted: string): Locale =>
  (locales as readonly string[]).includes(wanted) ? (wanted as Locale) : 'en';

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { locales, type Locale } from '../../platform/i18n/index.js';
import { requireActor } from '../accounts/index.js';
import { listSessionParticipants } from '../applications/index.js';
import { renderAttendanceSheet } from './attendance-sheet.pdf.js';
import { sessionDays } from './session-days.js';

/** `GET /api/v1/sessions/{id}/attendance.pdf`: the sheet the participants sign, day by day. */
export function registerAttendanceApi(app: FastifyInstance, deps: WebDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/sessions/:id/attendance.pdf',
    {
      schema: {
        tags: ['attendance'],
        summary: 'The printable attendance sheet of a session (provider managers and its trainers)',
        params: z.object({ id: z.string().min(1).max(100).describe('Session id.') }),
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

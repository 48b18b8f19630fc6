import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { idempotencyHeaders } from '../../platform/http/idempotency.js';
import { AppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import { isLocale } from '../../platform/i18n/index.js';
import { requireActor } from '../accounts/index.js';
import { numberParticipants } from './enrolment.parse.js';
import { enrolmentInputSchema, enrolmentReportSchema, presentEnrolmentReport } from './enrolment.schema.js';
import { commitEnrolment, previewEnrolment } from './enrolment.service.js';

const idParams = z.object({ id: z.string().min(1).max(100).describe('Session id.') });

/** Bulk enrolment for integrations: the same outcomes as the upload page. */
export function registerEnrolmentApi(app: FastifyInstance, deps: WebDeps): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/sessions/:id/enrolments',
    {
      schema: {
        tags: ['applications'],
        summary:
          'Enrol participants by email (provider): accounts get a place, other addresses an invitation',
        description:
          'Idempotent by email: sending the same list again changes nothing. All or nothing: invalid rows ' +
          '(400) or more people than free places (409, capacity-full) refuse the whole list. Invitations ' +
          'are mailed in the caller’s preferred language.',
        params: idParams,
        headers: idempotencyHeaders,
        body: enrolmentInputSchema,
        response: { 200: enrolmentReportSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const rows = numberParticipants(request.body.participants);
      if (!rows.ok) throw new AppError('validation-failed', rows.message);
      const command = { sessionId: request.params.id, rows: rows.rows };
      const report = request.body.dryRun
        ? await previewEnrolment(deps, actor, command)
        : await commitEnrolment(deps, actor, {
            ...command,
            locale: isLocale(actor.locale) ? actor.locale : requestLocale(request),
          });
      return presentEnrolmentReport(report);
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { WebDeps } from '../../app-deps.js';
import { negotiateLocale } from '../../platform/i18n/index.js';
import { caseAdviceSchema, caseHelperQuerySchema, caseHelperRequestSchema } from './case-helper.schema.js';
import { adviseOnCrossBorderCase, caseHelperRateLimit } from './case-helper.service.js';

/**
 * `POST /api/v1/case-helper`: which instrument applies to a cross-border case (public contract, issue 8).
 * Public and limited per address like the credential verifier. The schema documents the body; the
 * service checks it itself (`attachValidation`) so that each refusal keeps its own stable code.
 */
export function registerCaseHelperApi(app: FastifyInstance, deps: WebDeps): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/case-helper',
    {
      attachValidation: true,
      schema: {
        tags: ['legal'],
        summary: 'Which EU instrument applies to a cross-border case: forms, time limits, safeguards',
        description:
          'Public and limited per address. `explanation` and the reasons are in `lang`, else the `Accept-Language` language (default English). 400 problem+json codes: `unknown-need`, `unknown-state` (EU codes; `GR` is accepted for `EL`), `not-cross-border` (the same state on both sides), `invalid-date`, `validation-failed`.',
        querystring: caseHelperQuerySchema,
        body: caseHelperRequestSchema,
        response: { 200: caseAdviceSchema },
      },
    },
    async (request, reply) => {
      await deps.rateLimiter.hit(caseHelperRateLimit, request.ip);
      const query = caseHelperQuerySchema.safeParse(request.query);
      const locale =
        (query.success ? query.data.lang : undefined) ?? negotiateLocale(request.headers['accept-language']);
      const advice = await adviseOnCrossBorderCase(deps, { input: request.body, locale });
      return reply
        .header('content-language', locale)
        .header('vary', 'Accept-Language')
        .header('cache-control', 'no-store')
        .send(advice);
    },
  );
}

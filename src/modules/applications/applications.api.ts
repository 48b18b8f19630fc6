import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { idempotencyHeaders } from '../../platform/http/idempotency.js';
import { requireActor } from '../accounts/index.js';
import { applicationActions, moveApplication } from './application-decisions.service.js';
import { listMyApplications, listSessionApplications } from './application-lists.service.js';
import {
  applicationSchema,
  applyInputSchema,
  decisionInputSchema,
  myApplicationSchema,
  sessionApplicationsSchema,
} from './applications.schema.js';
import { applyToSession } from './applications.service.js';

const tags = ['applications'];
const idParams = z.object({ id: z.string().min(1).max(100).describe('Id.') });

const summaries: Record<keyof typeof applicationActions, string> = {
  nominate: 'Nominate an applicant of your country within its quota (contact point)',
  'not-nominate': 'Do not nominate an applicant of your country (contact point)',
  accept: 'Give an applicant a place, within the session’s capacity (provider)',
  reject: 'Refuse an application (provider)',
  waitlist: 'Put an applicant at the end of the waiting list (provider)',
  confirm: 'Confirm your place (applicant)',
  withdraw: 'Withdraw your application, at any point before attendance (applicant)',
};

/** Applications to course sessions, national selection and waiting lists. */
export function registerApplicationApi(app: FastifyInstance, deps: WebDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/v1/sessions/:id/applications',
    {
      schema: {
        tags,
        summary: 'Apply to a session for yourself',
        params: idParams,
        headers: idempotencyHeaders,
        body: applyInputSchema,
        response: { 201: applicationSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await applyToSession(deps, requireActor(request), request.params.id, request.body)),
  );

  api.get(
    '/api/v1/sessions/:id/applications',
    {
      schema: {
        tags,
        summary: 'A session’s applications: all for the provider, your own country’s for a contact point',
        params: idParams,
        response: { 200: sessionApplicationsSchema },
      },
    },
    async (request) => listSessionApplications(deps, requireActor(request), request.params.id),
  );

  api.get(
    '/api/v1/me/applications',
    {
      schema: {
        tags,
        summary: 'Your applications, with who decided what and when',
        response: { 200: z.object({ applications: z.array(myApplicationSchema) }) },
      },
    },
    async (request) => ({ applications: await listMyApplications(deps, requireActor(request)) }),
  );

  for (const action of Object.keys(applicationActions) as (keyof typeof applicationActions)[]) {
    api.post(
      `/api/v1/applications/:id/${action}`,
      {
        schema: {
          tags,
          summary: summaries[action],
          params: idParams,
          headers: idempotencyHeaders,
          body: decisionInputSchema.nullish(),
          response: { 200: applicationSchema },
        },
      },
      async (request) =>
        moveApplication(deps, requireActor(request), {
          id: request.params.id,
          action,
          input: request.body ?? {},
        }),
    );
  }
}

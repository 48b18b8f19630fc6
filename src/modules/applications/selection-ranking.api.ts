import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { requireActor } from '../accounts/index.js';
import { rankingInputSchema, rankingSchema } from './selection-ranking.schema.js';
import { saveRanking } from './selection-ranking.service.js';

const params = z.object({ id: z.string().min(1).max(100).describe('The session’s id.') });

/** `PUT /api/v1/sessions/{id}/ranking`: a contact point ranks their country's applicants. */
export function registerSelectionRankingApi(app: FastifyInstance, deps: WebDeps): void {
  app.withTypeProvider<ZodTypeProvider>().put(
    '/api/v1/sessions/:id/ranking',
    {
      schema: {
        tags: ['applications'],
        summary: 'Rank your country’s applicants to a session, before its selection deadline (contact point)',
        params,
        body: rankingInputSchema,
        response: { 200: rankingSchema },
      },
    },
    async (request) =>
      saveRanking(deps, requireActor(request), { sessionId: request.params.id, ranks: request.body.ranks }),
  );
}

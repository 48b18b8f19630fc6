import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { WebDeps } from '../../app-deps.js';
import {
  celexParamsSchema,
  instrumentListSchema,
  instrumentViewSchema,
  presentInstrument,
  presentInstrumentList,
} from './legal.schema.js';
import { getInstrument, listAllInstruments } from './legal.service.js';

/** The legal instruments reference, read by everyone. */
export function registerLegalApi(app: FastifyInstance, deps: WebDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/v1/instruments',
    {
      schema: {
        tags: ['instruments'],
        summary: 'Every EU legal instrument of the reference, with its group (public)',
        response: { 200: instrumentListSchema },
      },
    },
    async () => presentInstrumentList(await listAllInstruments(deps), deps.config.publicUrl),
  );

  api.get(
    '/api/v1/instruments/:celex',
    {
      schema: {
        tags: ['instruments'],
        summary: 'One EU legal instrument by CELEX number (public); 404 when the reference has none',
        params: celexParamsSchema,
        response: { 200: instrumentViewSchema },
      },
    },
    async (request) =>
      presentInstrument(await getInstrument(deps, request.params.celex), deps.config.publicUrl),
  );
}

import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { packageVersion } from '../package-version.js';

const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['ok', 'unavailable']),
});

/** `GET /healthz` for load balancers (checks the database) and `GET /api/v1`, the API's index. */
export function registerHealthRoutes(app: FastifyInstance, deps: Pick<WebDeps, 'db'>): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/healthz',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['platform'],
        summary: 'Health of the web process and its database',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (request, reply) => {
      const database = await sql`select 1`
        .execute(deps.db)
        .then(() => 'ok' as const)
        .catch((error: unknown) => {
          request.log.error({ err: error }, 'database health check failed');
          return 'unavailable' as const;
        });
      const status = database === 'ok' ? 'ok' : 'unavailable';
      return reply
        .status(status === 'ok' ? 200 : 503)
        .header('cache-control', 'no-store')
        .send({ status, database });
    },
  );
  typed.get(
    '/api/v1',
    {
      schema: {
        tags: ['platform'],
        summary: 'API index',
        response: {
          200: z.object({
            name: z.string(),
            version: z.string(),
            openapi: z.string(),
            documentation: z.string(),
          }),
        },
      },
    },
    () => ({
      name: 'JP-COOPS Training Network API',
      version: packageVersion,
      openapi: '/api/v1/openapi.json',
      documentation: '/api/docs',
    }),
  );
}

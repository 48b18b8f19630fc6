import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { locales } from '../../platform/i18n/index.js';
import { registerToolkitExport } from './toolkit-export.api.js';
import { listResourcesQuery, presentResource, resourceListSchema, resourceSchema } from './toolkit.schema.js';
import { getPublicResource, listResources } from './toolkit.service.js';

const tags = ['toolkit'];

/** The public toolkit: `GET /api/v1/resources…` and the export, for everyone. */
export function registerToolkitApi(app: FastifyInstance, deps: WebDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/v1/resources',
    {
      schema: {
        tags,
        summary: 'Search the published toolkit resources of every network, with facet counts',
        querystring: listResourcesQuery,
        response: { 200: resourceListSchema },
      },
    },
    async (request) => {
      const { q, sort, page, pageSize, lang, ...filters } = request.query;
      return listResources(deps, { q: q || undefined, filters, sort, page, pageSize, lang });
    },
  );

  api.get(
    '/api/v1/resources/:id',
    {
      schema: {
        tags,
        summary: 'One published resource with its files and the other sources of the same work',
        params: z.object({ id: z.string().min(1).max(100).describe('Resource id.') }),
        querystring: z.object({
          lang: z
            .enum(locales)
            .default('en')
            .describe('Language of the pages linked and of the other sources’ titles.'),
        }),
        response: { 200: resourceSchema },
      },
    },
    async (request) => {
      const { lang } = request.query;
      const found = await getPublicResource(deps, request.params.id, lang);
      return presentResource(deps.config.publicUrl, lang, found.resource, found.attachments, found.related);
    },
  );

  registerToolkitExport(api, deps);
}

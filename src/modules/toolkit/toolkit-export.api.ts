import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { defaultLocale, locales } from '../../platform/i18n/index.js';
import { exportResources, resourceExportSchema, resourcesCsv } from './toolkit-export.js';

const tags = ['toolkit'];
const exportQuery = z.object({
  lang: z
    .enum(locales)
    .default(defaultLocale)
    .describe('Language of titles, summaries and labels; a resource missing it shows its own language.'),
});
const description =
  'Every published toolkit resource, one entry each, with the fields of DOMAIN.md (“Toolkit resources”) ' +
  'for the e-Justice training platform.';

/** `GET /api/v1/export/resources.csv` and `.json`: the whole public toolkit for partner platforms. */
export function registerToolkitExport(app: FastifyInstance, deps: WebDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/v1/export/resources.json',
    {
      schema: {
        tags,
        summary: 'Export the published toolkit as JSON',
        description,
        querystring: exportQuery,
        response: { 200: resourceExportSchema },
      },
    },
    async (request) => ({
      generatedAt: new Date().toISOString(),
      resources: await exportResources(deps, request.query.lang),
    }),
  );

  api.get(
    '/api/v1/export/resources.csv',
    {
      schema: {
        tags,
        summary: 'Export the published toolkit as CSV (RFC 4180, UTF-8 with BOM)',
        description: `${description} Lists are joined with “; ”.`,
        querystring: exportQuery,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV with a header row.') },
      },
    },
    async (request, reply) => {
      const csv = resourcesCsv(await exportResources(deps, request.query.lang));
      return reply
        .header('content-type', 'text/csv; charset=utf-8; header=present')
        .header('content-disposition', 'attachment; filename="jpcoops-toolkit.csv"')
        .send(csv);
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { defaultLocale, locales } from '../../platform/i18n/index.js';
import { catalogueCsv, courseExportSchema, exportCatalogue } from './catalogue.export.js';

const tags = ['catalogue'];
const exportQuery = z.object({
  lang: z
    .enum(locales)
    .default(defaultLocale)
    .describe('Language of titles, summaries and labels; a course missing it shows its own language.'),
});
const description =
  'Every published course, one entry per session (a course without sessions gives one entry with empty ' +
  'session fields), with the fields of the e-Justice training platform.';

/** `GET /api/v1/export/courses.csv` and `.json`: the whole public catalogue for partner platforms. */
export function registerCatalogueExport(app: FastifyInstance, deps: WebDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/v1/export/courses.json',
    {
      schema: {
        tags,
        summary: 'Export the published catalogue as JSON',
        description,
        querystring: exportQuery,
        response: { 200: courseExportSchema },
      },
    },
    async (request) => {
      const generatedAt = new Date().toISOString();
      return { generatedAt, courses: await exportCatalogue(deps, request.query.lang) };
    },
  );

  api.get(
    '/api/v1/export/courses.csv',
    {
      schema: {
        tags,
        summary: 'Export the published catalogue as CSV (RFC 4180, UTF-8 with BOM)',
        description: `${description} Lists are joined with “; ”.`,
        querystring: exportQuery,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV with a header row.') },
      },
    },
    async (request, reply) => {
      const csv = catalogueCsv(await exportCatalogue(deps, request.query.lang));
      return reply
        .header('content-type', 'text/csv; charset=utf-8; header=present')
        .header('content-disposition', 'attachment; filename="jpcoops-courses.csv"')
        .send(csv);
    },
  );
}

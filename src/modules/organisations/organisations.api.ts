import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { locales } from '../../platform/i18n/index.js';
import { listNationalContactPoints } from './contact-points.service.js';
import { getLogo } from './organisation-logo.service.js';
import { listOrganisationDescriptions } from './organisations.repo.js';
import {
  contactPointSchema,
  organisationDetailSchema,
  organisationSchema,
  presentContactPoint,
  presentOrganisation,
} from './organisations.presenters.js';
import { getOrganisation, listPartnerDirectory } from './organisations.service.js';
import { organisationTypes } from './organisations.table.js';

const tags = ['organisations'];
const country = z
  .string()
  .regex(/^(?:[A-Za-z]{2})?$/)
  // An empty `country=` (a form left on "all countries") means no filter.
  .transform((value) => value.toUpperCase() || undefined)
  .describe('EU country code (`EL` for Greece; `EU` for bodies of the Union).');
const lang = z.enum(locales).default('en').describe('Language of the descriptions (falls back to English).');

const listQuery = z.object({
  type: z.enum(organisationTypes).optional().describe('Kind of organisation.'),
  country: country.optional(),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((value) => value || undefined)
    .describe('Words of the name or acronym.'),
  lang,
  page: z.coerce.number().int().min(1).max(10_000).default(1).describe('Page number, from 1.'),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).describe('Items per page, at most 100.'),
});

/** `GET /api/v1/organisations`, `GET /api/v1/organisations/{id}`, `GET /api/v1/contact-points`, logos. */
export function registerOrganisationApi(app: FastifyInstance, deps: WebDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { publicUrl } = deps.config;

  api.get(
    '/api/v1/organisations',
    {
      schema: {
        tags,
        summary: 'List the partner organisations of the Knowledge Partnership',
        querystring: listQuery,
        response: {
          200: z.object({
            items: z.array(organisationSchema),
            total: z.number().int().describe('Organisations matching the filters.'),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const { type, country, q, lang, page, pageSize } = request.query;
      const { items, total } = await listPartnerDirectory(deps, {
        filters: { type, country, q },
        language: lang,
        page,
        pageSize,
      });
      return { items: items.map((item) => presentOrganisation(item, publicUrl)), total, page, pageSize };
    },
  );

  api.get(
    '/api/v1/organisations/:id',
    {
      schema: {
        tags,
        summary: 'One partner organisation, by id or slug',
        params: z.object({ id: z.string().min(1).max(200).describe('Identifier or slug.') }),
        querystring: z.object({ lang }),
        response: { 200: organisationDetailSchema },
      },
    },
    async (request) => {
      const organisation = await getOrganisation(deps, { idOrSlug: request.params.id }, request.query.lang);
      const descriptions = await listOrganisationDescriptions(deps.db, organisation.id);
      return { ...presentOrganisation(organisation, publicUrl), descriptions };
    },
  );

  api.get(
    '/api/v1/contact-points',
    {
      schema: {
        tags,
        summary: 'The national contact points, of one Member State or of all',
        querystring: z.object({ country: country.optional(), lang }),
        response: { 200: z.object({ items: z.array(contactPointSchema) }) },
      },
    },
    async (request) => {
      const items = await listNationalContactPoints(deps, {
        country: request.query.country,
        language: request.query.lang,
      });
      return { items: items.map(presentContactPoint) };
    },
  );

  registerLogoRoute(api, deps);
}

/**
 * Logos are served from outside the web root with their checked type, never sniffed, and under a
 * policy that lets an SVG opened on its own neither run nor load anything.
 */
function registerLogoRoute(api: FastifyInstance, deps: WebDeps): void {
  api.get('/media/logos/:file', { schema: { hide: true } }, async (request, reply) => {
    const { file } = request.params as { file: string };
    const logo = await getLogo(deps, file);
    reply.header('etag', `"${logo.hash}"`);
    if (request.headers['if-none-match'] === `"${logo.hash}"`) return reply.status(304).send();
    return reply
      .type(logo.contentType)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('cross-origin-resource-policy', 'same-origin')
      .send(logo.content);
  });
}

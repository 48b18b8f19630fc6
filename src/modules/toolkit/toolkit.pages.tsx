import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import { instrumentNames } from '../legal/instrument-names.js';
import type { PageContext } from '../../platform/layout/page-context.js';
import { NetworksPage } from './networks.views.js';
import { findSourcesByNetwork } from './resource-page.repo.js';
import { ResourcePage } from './resource-page.views.js';
import { resourceFacetLabeller } from './toolkit-labels.js';
import { listResourcesQuery } from './toolkit.schema.js';
import { resourceFacets } from './toolkit.search.js';
import {
  countByNetwork,
  getPublicResource,
  listResources,
  type ResourceListQuery,
} from './toolkit.service.js';
import { ToolkitFacets, ToolkitPage, ToolkitResults, type ToolkitView } from './toolkit.views.js';

const pageSize = 20;
/** Parameters of the page's address; `lang` and `pageSize` belong to the API only. */
const pageParameters = ['q', ...resourceFacets, 'sort', 'page'] as const;

/** `/{lang}/toolkit`, `/{lang}/toolkit/networks`, `/{lang}/toolkit/resources/{id}`: the public toolkit. */
export function registerToolkitPages(app: FastifyInstance, deps: WebDeps): void {
  app.get('/toolkit', async (request, reply) => {
    const ctx = deps.pages.context(request, reply);
    const view = await toolkitView(deps, ctx, request.query);
    // htmx asks for the results only, except when it restores a page missing from its history cache.
    const fragment =
      request.headers['hx-request'] === 'true' && request.headers['hx-history-restore-request'] !== 'true';
    reply.header('vary', 'HX-Request');
    return fragment
      ? deps.pages.sendFragment(
          reply,
          <>
            <ToolkitResults ctx={ctx} view={view} />
            <ToolkitFacets ctx={ctx} view={view} outOfBand />
          </>,
        )
      : deps.pages.send(reply, <ToolkitPage ctx={ctx} view={view} />);
  });

  app.get('/toolkit/networks', async (request, reply) => {
    const ctx = deps.pages.context(request, reply);
    const [networks, sources] = await Promise.all([
      countByNetwork(deps, ctx.locale),
      findSourcesByNetwork(deps.db),
    ]);
    return deps.pages.send(reply, <NetworksPage ctx={ctx} view={{ networks, sources }} />);
  });

  app.get('/toolkit/resources/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    const ctx = deps.pages.context(request, reply);
    const found = await getPublicResource(deps, id, ctx.locale);
    // The JSON-LD carries this response's nonce: the page is never shared between responses.
    return deps.pages.send(reply, <ResourcePage ctx={ctx} found={found} />);
  });
}

/**
 * The list for the address's filters. A visitor's link may hold anything: invalid parameters are
 * dropped (one by one, as the validation names them) rather than refused.
 */
async function toolkitView(deps: WebDeps, ctx: PageContext, rawQuery: unknown): Promise<ToolkitView> {
  const raw = pickParameters(rawQuery);
  for (let attempt = 0; attempt <= pageParameters.length; attempt += 1) {
    const parsed = listResourcesQuery.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) delete raw[String(issue.path[0])];
      continue;
    }
    const { q, sort, page, lang: _lang, pageSize: _size, ...filters } = parsed.data;
    const query: ResourceListQuery = { q: q || undefined, filters, sort, page, pageSize, lang: ctx.locale };
    const list = await listResources(deps, query);
    const chosenInstruments =
      query.filters.instrument.length > 0 ? await instrumentNames(deps.db) : undefined;
    const label = resourceFacetLabeller(ctx, chosenInstruments);
    const labels = new Map(
      resourceFacets.flatMap((facet) =>
        query.filters[facet].map((value) => [`${facet}:${value}`, label(facet, value)] as const),
      ),
    );
    return { query, list, labels };
  }
  throw new AppError('bad-request', 'The filters could not be read.');
}

function pickParameters(query: unknown): Record<string, unknown> {
  const source = (query ?? {}) as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const name of pageParameters) {
    if (source[name] !== undefined && source[name] !== '') picked[name] = source[name];
  }
  return picked;
}

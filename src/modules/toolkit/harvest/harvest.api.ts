import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WebDeps } from '../../../app-deps.js';
import { requireActor } from '../../accounts/index.js';
import type { HarvestRun } from './harvest-runs.repo.js';
import {
  createHarvestSource,
  getHarvestSource,
  listHarvestRuns,
  listHarvestSources,
  requestHarvest,
  updateHarvestSource,
  type SourceWithLastRun,
} from './harvest.service.js';
import {
  runSchema,
  sourceInputSchema,
  sourcePatchSchema,
  sourceSchema,
  type RunView,
  type SourceView,
} from './harvest.schema.js';

const params = z.object({ id: z.string().min(1).max(100).describe('The source’s id.') });

export function presentRun(run: HarvestRun): RunView {
  const { resumptionToken: _token, ...view } = run;
  return { ...view, failures: [...run.failures], notes: [...run.notes] };
}

export function presentSource(source: SourceWithLastRun): SourceView {
  return { ...source, lastRun: source.lastRun ? presentRun(source.lastRun) : null };
}

/** Harvest sources and their runs: coordinators (and administrators) only. */
export function registerHarvestApi(app: FastifyInstance, deps: WebDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['toolkit harvest'];

  api.get(
    '/api/v1/toolkit/sources',
    {
      schema: {
        tags,
        summary: 'Harvest sources with their last run',
        response: { 200: z.object({ items: z.array(sourceSchema) }) },
      },
    },
    async (request) => ({
      items: (await listHarvestSources(deps, requireActor(request))).map(presentSource),
    }),
  );

  api.post(
    '/api/v1/toolkit/sources',
    {
      schema: {
        tags,
        summary: 'Add a harvest source',
        body: sourceInputSchema,
        response: { 201: sourceSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentSource(await createHarvestSource(deps, requireActor(request), request.body))),
  );

  api.get(
    '/api/v1/toolkit/sources/:id',
    { schema: { tags, summary: 'A harvest source', params, response: { 200: sourceSchema } } },
    async (request) =>
      presentSource((await getHarvestSource(deps, requireActor(request), request.params.id)).source),
  );

  api.patch(
    '/api/v1/toolkit/sources/:id',
    {
      schema: {
        tags,
        summary: 'Change a harvest source',
        params,
        body: sourcePatchSchema,
        response: { 200: sourceSchema },
      },
    },
    async (request) =>
      presentSource(await updateHarvestSource(deps, requireActor(request), request.params.id, request.body)),
  );

  api.post(
    '/api/v1/toolkit/sources/:id/harvest',
    {
      schema: {
        tags,
        summary: 'Harvest now: queue a run of the source (its progress shows in its runs)',
        params,
        response: { 202: z.object({ jobId: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await requestHarvest(deps, requireActor(request), request.params.id)),
  );

  api.get(
    '/api/v1/toolkit/sources/:id/runs',
    {
      schema: {
        tags,
        summary: 'Runs of a source, latest first, each with its report',
        params,
        response: { 200: z.object({ items: z.array(runSchema) }) },
      },
    },
    async (request) => ({
      items: (await listHarvestRuns(deps, requireActor(request), request.params.id)).map(presentRun),
    }),
  );
}

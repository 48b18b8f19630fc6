import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { requireActor } from '../accounts/index.js';
import { registerCatalogueExport } from './catalogue.export-api.js';
import { courseListSchema, courseSchema, listCoursesQuery, sessionSchema } from './catalogue.api-schemas.js';
import { listCourses } from './catalogue.list.js';
import {
  createCourseSchema,
  createSessionSchema,
  updateCourseSchema,
  updateSessionSchema,
} from './catalogue.schema.js';
import {
  changeCourseStatus,
  createCourse,
  deleteCourse,
  getCourse,
  updateCourse,
} from './catalogue.service.js';
import { createSession, deleteSession, updateSession } from './sessions.service.js';

const tags = ['catalogue'];
const courseId = z.object({ id: z.string().min(1).max(100).describe('Course id.') });
const sessionIds = courseId.extend({ sessionId: z.string().min(1).max(100).describe('Session id.') });
const deleted = { 204: z.null().describe('Deleted') };

/** The joint training catalogue: `GET /api/v1/courses…` for all, writes for the provider’s managers. */
export function registerCatalogueApi(app: FastifyInstance, deps: WebDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/v1/courses',
    {
      schema: {
        tags,
        summary: 'Search the published courses of every provider, with facet counts',
        querystring: listCoursesQuery,
        response: { 200: courseListSchema },
      },
    },
    async (request) => {
      const { q, from, to, sort, page, pageSize, lang, ...filters } = request.query;
      return listCourses(deps, { q: q || undefined, filters, from, to, sort, page, pageSize, lang });
    },
  );

  api.get(
    '/api/v1/courses/:idOrSlug',
    {
      schema: {
        tags,
        summary: 'One course with its sessions, by id or slug',
        params: z.object({ idOrSlug: z.string().min(1).max(200).describe('Course id or slug.') }),
        response: { 200: courseSchema },
      },
    },
    async (request) => getCourse(deps, request.actor, request.params.idOrSlug),
  );

  api.post(
    '/api/v1/courses',
    {
      schema: {
        tags,
        summary: 'Add a course (as a draft) for a provider you manage',
        body: createCourseSchema,
        response: { 201: courseSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCourse(deps, requireActor(request), request.body)),
  );

  api.patch(
    '/api/v1/courses/:id',
    {
      schema: {
        tags,
        summary: 'Change a course; lists given replace the stored ones',
        params: courseId,
        body: updateCourseSchema,
        response: { 200: courseSchema },
      },
    },
    async (request) => updateCourse(deps, requireActor(request), request.params.id, request.body),
  );

  api.delete(
    '/api/v1/courses/:id',
    { schema: { tags, summary: 'Delete a course and its sessions', params: courseId, response: deleted } },
    async (request, reply) => {
      await deleteCourse(deps, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  for (const [action, status] of [
    ['publish', 'published'],
    ['archive', 'archived'],
  ] as const) {
    api.post(
      `/api/v1/courses/:id/${action}`,
      {
        schema: {
          tags,
          summary: action === 'publish' ? 'Publish a course in the catalogue' : 'Archive a course',
          params: courseId,
          response: { 200: courseSchema },
        },
      },
      async (request) => changeCourseStatus(deps, requireActor(request), request.params.id, status),
    );
  }

  registerSessionRoutes(api, deps);
  registerCatalogueExport(api, deps);
}

function registerSessionRoutes(app: FastifyInstance, deps: WebDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/v1/courses/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Add a session to a course',
        params: courseId,
        body: createSessionSchema,
        response: { 201: sessionSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createSession(deps, requireActor(request), request.params.id, request.body)),
  );

  api.patch(
    '/api/v1/courses/:id/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Change a session; lists given replace the stored ones',
        params: sessionIds,
        body: updateSessionSchema,
        response: { 200: sessionSchema },
      },
    },
    async (request) =>
      updateSession(deps, requireActor(request), request.params.id, request.params.sessionId, request.body),
  );

  api.delete(
    '/api/v1/courses/:id/sessions/:sessionId',
    { schema: { tags, summary: 'Delete a session', params: sessionIds, response: deleted } },
    async (request, reply) => {
      await deleteSession(deps, requireActor(request), request.params.id, request.params.sessionId);
      return reply.status(204).send(null);
    },
  );
}

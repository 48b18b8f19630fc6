import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import type { FormErrors } from '../../platform/layout/form-fields.js';
import { requireActor } from '../accounts/index.js';
import { getManagedCourse } from './catalogue.service.js';
import { formProblems, managementPath, noticeOf, parseParams } from './course-management.http.js';
import type { Course } from './course-reads.repo.js';
import {
  readSessionForm,
  sessionErrors,
  sessionFormValues,
  toSessionInput,
  toSessionPatch,
  type SessionFormValues,
} from './session-form.js';
import { SessionFormPage } from './session-form.views.js';
import { createSession, deleteSession, updateSession } from './sessions.service.js';

const courseParams = z.object({ id: z.string().min(1).max(100) });
const sessionParams = courseParams.extend({ sessionId: z.string().min(1).max(100) });

/** `/{lang}/manage/courses/{id}/sessions…`: adding, changing and removing a course's sessions. */
export function registerSessionManagementPages(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  const managedCourse = (request: FastifyRequest) =>
    getManagedCourse(deps.db, requireActor(request), parseParams(courseParams, request).id);
  const backToCourse = (request: FastifyRequest, reply: FastifyReply, course: Course, done: string) =>
    reply.redirect(managementPath(request, `/${course.id}?done=${done}`), 303);
  const send = (
    request: FastifyRequest,
    reply: FastifyReply,
    props: { course: Course; sessionId?: string; values: SessionFormValues; errors?: FormErrors },
    status = 200,
  ) => {
    const ctx = pages.context(request, reply);
    const page = (
      <SessionFormPage
        ctx={ctx}
        course={props.course}
        sessionId={props.sessionId}
        values={props.values}
        errors={props.errors ?? {}}
        notice={status === 200 ? noticeOf(request) : undefined}
      />
    );
    return pages.send(reply, page, status);
  };

  app.get('/manage/courses/:id/sessions/new', async (request, reply) => {
    const course = await managedCourse(request);
    const values = readSessionForm({ timeZone: 'Europe/Brussels', language: course.sourceLanguage });
    return send(request, reply, { course, values });
  });

  app.post('/manage/courses/:id/sessions', async (request, reply) => {
    const course = await managedCourse(request);
    const values = readSessionForm(request.body);
    const mapped = toSessionInput(values);
    if (!mapped.ok) return send(request, reply, { course, values, errors: mapped.errors }, 400);
    try {
      await createSession(deps, requireActor(request), course.id, mapped.input);
    } catch (error) {
      const problem = formProblems(error);
      if (!problem) throw error;
      return send(request, reply, { course, values, errors: sessionErrors(problem.fields) }, problem.status);
    }
    return backToCourse(request, reply, course, 'sessionSaved');
  });

  /** The course and its session named in the address. */
  const managedSession = async (request: FastifyRequest) => {
    const { sessionId } = parseParams(sessionParams, request);
    const course = await managedCourse(request);
    const session = course.sessions.find((candidate) => candidate.id === sessionId);
    if (!session) throw AppError.notFound('The course has no such session.');
    return { course, session };
  };

  app.get('/manage/courses/:id/sessions/:sessionId', async (request, reply) => {
    const { course, session } = await managedSession(request);
    return send(request, reply, { course, sessionId: session.id, values: sessionFormValues(session) });
  });

  app.post('/manage/courses/:id/sessions/:sessionId', async (request, reply) => {
    const { course, session } = await managedSession(request);
    const values = readSessionForm(request.body);
    const mapped = toSessionPatch(values);
    const props = { course, sessionId: session.id, values };
    if (!mapped.ok) return send(request, reply, { ...props, errors: mapped.errors }, 400);
    try {
      await updateSession(deps, requireActor(request), course.id, session.id, mapped.input);
    } catch (error) {
      const problem = formProblems(error);
      if (!problem) throw error;
      return send(request, reply, { ...props, errors: sessionErrors(problem.fields) }, problem.status);
    }
    return backToCourse(request, reply, course, 'sessionSaved');
  });

  app.post('/manage/courses/:id/sessions/:sessionId/delete', async (request, reply) => {
    const { course, session } = await managedSession(request);
    await deleteSession(deps, requireActor(request), course.id, session.id);
    return backToCourse(request, reply, course, 'sessionDeleted');
  });
}

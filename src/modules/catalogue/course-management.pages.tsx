import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError as Problem } from '../../platform/http/app-error.js';
import { euLanguages } from '../../platform/i18n/countries.js';
import type { FormErrors } from '../../platform/layout/form-fields.js';
import { requireActor, type Actor } from '../accounts/index.js';
import {
  changeCourseStatus,
  createCourse,
  deleteCourse,
  getManagedCourse,
  updateCourse,
} from './catalogue.service.js';
import { courseStatuses } from './catalogue.table.js';
import {
  courseErrors,
  courseFormValues,
  otherTranslations,
  readCourseForm,
  readTranslationForm,
  toCreateCourseInput,
  toTranslation,
  toUpdateCourseInput,
  translationFormValues,
  type CourseFormValues,
} from './course-form.js';
import { NewCoursePage, type CourseFormChoices } from './course-form.views.js';
import { findTopicCodes } from './course-management.repo.js';
import { listManagedCourses, listManagedProviders } from './course-management.service.js';
import {
  CoursePreviewPage,
  EditCoursePage,
  ManagedCourseListPage,
  TranslationFormPage,
} from './course-management.views.js';
import { findProviderSlug } from './course-page.repo.js';
import type { Course } from './course-reads.repo.js';
import { registerSessionManagementPages } from './session-management.pages.js';
import { formProblems, managementPath, noticeOf, parseParams } from './course-management.http.js';

const courseParams = z.object({ id: z.string().min(1).max(100) });
const translationParams = courseParams.extend({ language: z.enum(euLanguages) });
const listQuery = z.object({ status: z.enum(courseStatuses).optional().catch(undefined) });

/** `/{lang}/manage/courses…`: provider managers' pages over the catalogue's own use cases. */
export function registerCourseManagementPages(app: FastifyInstance, deps: WebDeps): void {
  void app.register((scope, _options, done) => {
    // Drafts, previews and forms of one person: never kept by browsers or proxies.
    scope.addHook('onSend', (_request, reply, payload, hookDone) => {
      reply.header('cache-control', 'no-store');
      hookDone(null, payload);
    });
    registerCoursePages(scope, deps);
    registerSessionManagementPages(scope, deps);
    done();
  });
}

function registerCoursePages(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  const redirect = (request: FastifyRequest, reply: FastifyReply, path: string) =>
    reply.redirect(managementPath(request, path), 303);
  const choices = async (actor: Actor): Promise<CourseFormChoices> => ({
    providers: await listManagedProviders(deps, actor),
    topics: await findTopicCodes(deps.db),
  });

  app.get('/manage/courses', async (request, reply) => {
    const actor = requireActor(request);
    const { status } = listQuery.parse(request.query ?? {});
    const ctx = pages.context(request, reply);
    const courses = await listManagedCourses(deps, actor, { status, locale: ctx.locale });
    return pages.send(
      reply,
      <ManagedCourseListPage ctx={ctx} courses={courses} status={status} notice={noticeOf(request)} />,
    );
  });

  const sendNewPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: CourseFormValues,
    errors: FormErrors,
    status: number,
  ) => {
    const formChoices = await choices(requireActor(request));
    const ctx = pages.context(request, reply);
    const page = <NewCoursePage ctx={ctx} values={values} errors={errors} choices={formChoices} />;
    return pages.send(reply, page, status);
  };

  app.get('/manage/courses/new', async (request, reply) => {
    const ctx = pages.context(request, reply);
    const { providers } = await choices(requireActor(request));
    const values = readCourseForm({
      sourceLanguage: ctx.locale,
      languages: ctx.locale,
      providerId: providers.length === 1 ? providers[0]?.id : '',
    });
    return sendNewPage(request, reply, values, {}, 200);
  });

  app.post('/manage/courses', async (request, reply) => {
    const actor = requireActor(request);
    const values = readCourseForm(request.body);
    const mapped = toCreateCourseInput(values);
    if (!mapped.ok) return sendNewPage(request, reply, values, mapped.errors, 400);
    try {
      const course = await createCourse(deps, actor, mapped.input);
      return redirect(request, reply, `/${course.id}?done=created`);
    } catch (error) {
      const problem = formProblems(error);
      if (!problem) throw error;
      return sendNewPage(request, reply, values, courseErrors(problem.fields), problem.status);
    }
  });

  const sendEditPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      course?: Course;
      values?: CourseFormValues;
      errors?: FormErrors;
      deleteError?: string;
      status?: number;
    } = {},
  ) => {
    const actor = requireActor(request);
    const course =
      options.course ?? (await getManagedCourse(deps.db, actor, parseParams(courseParams, request).id));
    const ctx = pages.context(request, reply);
    const page = (
      <EditCoursePage
        ctx={ctx}
        course={course}
        values={options.values ?? courseFormValues(course)}
        errors={options.errors ?? {}}
        choices={await choices(actor)}
        notice={options.status ? undefined : noticeOf(request)}
        deleteError={options.deleteError}
      />
    );
    return pages.send(reply, page, options.status ?? 200);
  };

  app.get('/manage/courses/:id', (request, reply) => sendEditPage(request, reply));

  app.post('/manage/courses/:id', async (request, reply) => {
    const actor = requireActor(request);
    const course = await getManagedCourse(deps.db, actor, parseParams(courseParams, request).id);
    const values = readCourseForm(request.body);
    const mapped = toUpdateCourseInput(values, course);
    if (!mapped.ok)
      return sendEditPage(request, reply, { course, values, errors: mapped.errors, status: 400 });
    try {
      await updateCourse(deps, actor, course.id, mapped.input);
      return redirect(request, reply, `/${course.id}?done=saved`);
    } catch (error) {
      const problem = formProblems(error);
      if (!problem) throw error;
      const errors = courseErrors(problem.fields);
      return sendEditPage(request, reply, { course, values, errors, status: problem.status });
    }
  });

  app.get('/manage/courses/:id/preview', async (request, reply) => {
    const course = await getManagedCourse(
      deps.db,
      requireActor(request),
      parseParams(courseParams, request).id,
    );
    const providerSlug = await findProviderSlug(deps.db, course.providerId);
    reply.header('x-robots-tag', 'noindex');
    const ctx = pages.context(request, reply);
    return pages.send(
      reply,
      <CoursePreviewPage ctx={ctx} course={course} providerSlug={providerSlug} now={new Date()} />,
    );
  });

  for (const status of ['published', 'archived'] as const) {
    app.post(
      `/manage/courses/:id/${status === 'published' ? 'publish' : 'archive'}`,
      async (request, reply) => {
        const { id } = parseParams(courseParams, request);
        await changeCourseStatus(deps, requireActor(request), id, status);
        return redirect(request, reply, `/${id}?done=${status}`);
      },
    );
  }

  app.post('/manage/courses/:id/delete', async (request, reply) => {
    const actor = requireActor(request);
    const { id } = parseParams(courseParams, request);
    if ((request.body as { confirm?: unknown } | undefined)?.confirm !== 'yes') {
      const course = await getManagedCourse(deps.db, actor, id);
      return sendEditPage(request, reply, {
        course,
        deleteError: 'courseManagement.error.confirm',
        status: 400,
      });
    }
    await deleteCourse(deps, actor, id);
    return redirect(request, reply, '?done=deleted');
  });

  registerTranslationPages(app, deps);
}

function registerTranslationPages(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  /** The course and the language, when that language is not the course's own. */
  const target = async (request: FastifyRequest) => {
    const actor = requireActor(request);
    const { id, language } = parseParams(translationParams, request);
    const course = await getManagedCourse(deps.db, actor, id);
    if (language === course.sourceLanguage)
      throw Problem.notFound('The source language is edited with the course.');
    return { actor, course, language };
  };
  const send = (
    request: FastifyRequest,
    reply: FastifyReply,
    props: {
      course: Course;
      language: string;
      values?: ReturnType<typeof readTranslationForm>;
      errors?: FormErrors;
    },
    status = 200,
  ) => {
    const current = props.course.translations.find((tr) => tr.language === props.language);
    const ctx = pages.context(request, reply);
    const page = (
      <TranslationFormPage
        ctx={ctx}
        course={props.course}
        language={props.language}
        isPresent={current !== undefined}
        values={props.values ?? translationFormValues(current)}
        errors={props.errors ?? {}}
      />
    );
    return pages.send(reply, page, status);
  };

  app.get('/manage/courses/:id/translations/:language', async (request, reply) => {
    const { course, language } = await target(request);
    return send(request, reply, { course, language });
  });

  app.post('/manage/courses/:id/translations/:language', async (request, reply) => {
    const { actor, course, language } = await target(request);
    const values = readTranslationForm(request.body);
    const mapped = toTranslation(values, language);
    if (!mapped.ok) return send(request, reply, { course, language, values, errors: mapped.errors }, 400);
    const translations = [...otherTranslations(course, language), mapped.input];
    try {
      await updateCourse(deps, actor, course.id, { translations });
    } catch (error) {
      const problem = formProblems(error);
      if (!problem) throw error;
      const errors = courseErrors(problem.fields);
      return send(request, reply, { course, language, values, errors }, problem.status);
    }
    return reply.redirect(managementPath(request, `/${course.id}?done=translationSaved`), 303);
  });

  app.post('/manage/courses/:id/translations/:language/delete', async (request, reply) => {
    const { actor, course, language } = await target(request);
    const translations = otherTranslations(course, language);
    await updateCourse(deps, actor, course.id, { translations });
    return reply.redirect(managementPath(request, `/${course.id}?done=translationDeleted`), 303);
  });
}

import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError, isAppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';

/** What a page says after a change (post/redirect/get): `?done=saved` → a translated notice. */
const notices: Record<string, string> = {
  created: 'courseManagement.notice.created',
  saved: 'courseManagement.notice.saved',
  published: 'courseManagement.notice.published',
  archived: 'courseManagement.notice.archived',
  deleted: 'courseManagement.notice.deleted',
  translationSaved: 'courseManagement.notice.translationSaved',
  translationDeleted: 'courseManagement.notice.translationDeleted',
  sessionSaved: 'courseManagement.notice.sessionSaved',
  sessionDeleted: 'courseManagement.notice.sessionDeleted',
};
export const noticeOf = (request: FastifyRequest) => notices[(request.query as { done?: string }).done ?? ''];

export function parseParams<T>(schema: z.ZodType<T>, request: FastifyRequest): T {
  const parsed = schema.safeParse(request.params);
  if (!parsed.success) throw AppError.notFound();
  return parsed.data;
}

/** The field problems of a service's refusal, or undefined when it is not about the form. */
export function formProblems(error: unknown): AppError | undefined {
  return isAppError(error) && error.fields.length > 0 ? error : undefined;
}

export const managementPath = (request: FastifyRequest, path = '') =>
  `/${requestLocale(request)}/manage/courses${path}`;

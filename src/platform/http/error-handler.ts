import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorCodes, isAppError, type ErrorCode } from './app-error.js';
import { sendProblem, wantsJson } from './problem.js';

export type ErrorPageRenderer = (
  request: FastifyRequest,
  reply: FastifyReply,
  error: AppError,
) => FastifyReply;

const codeByStatus = new Map<number, ErrorCode>(
  Object.entries(errorCodes)
    .reverse()
    .map(([code, status]) => [status, code as ErrorCode]),
);
codeByStatus.set(400, 'bad-request');
codeByStatus.set(403, 'forbidden');

/** Turns anything thrown into an `AppError`; internals of unexpected errors never leave the server. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields = error.validation.map((issue) => ({
      field:
        issue.instancePath.replace(/^\//, '').replaceAll('/', '.') ||
        String(error.validationContext ?? 'request'),
      message: issue.message ?? 'is not valid',
    }));
    return new AppError(
      'validation-failed',
      'The request is not valid: see the errors for each field.',
      fields,
    );
  }
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.code?.startsWith('FST_CSRF')) {
    return new AppError(
      'csrf-invalid',
      'The form has expired or did not come from this site. Please try again.',
    );
  }
  const status = fastifyError.statusCode;
  if (status && status >= 400 && status < 500) {
    const code = codeByStatus.get(status) ?? 'bad-request';
    return new AppError(code, fastifyError.message || 'The request could not be processed.');
  }
  return new AppError('internal', 'Something went wrong on our side. The error has been logged.');
}

export function registerErrorHandlers(app: FastifyInstance, renderErrorPage: ErrorPageRenderer): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: appError.code }, 'request refused');
    return wantsJson(request) ? sendProblem(reply, appError) : renderErrorPage(request, reply, appError);
  });
  app.setNotFoundHandler((request, reply) => {
    const error = AppError.notFound(`Nothing is found at ${request.url.split('?')[0] ?? '/'}.`);
    return wantsJson(request) ? sendProblem(reply, error) : renderErrorPage(request, reply, error);
  });
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppError } from './app-error.js';

/** An RFC 9457 problem document; `code` is the stable, machine-readable part. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance: string;
  requestId: string;
  errors?: { field: string; message: string }[];
}

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function toProblem(error: AppError, request: FastifyRequest): Problem {
  return {
    type: `/api/v1/problems/${error.code}`,
    title: titles[error.status] ?? 'Error',
    status: error.status,
    detail: error.message,
    code: error.code,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: request.id,
    ...(error.fields.length > 0
      ? { errors: error.fields.map(({ field, message }) => ({ field, message })) }
      : {}),
  };
}

export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  if (error.details.retryAfterSeconds) reply.header('retry-after', String(error.details.retryAfterSeconds));
  return reply
    .status(error.status)
    .type('application/problem+json; charset=utf-8')
    .send(toProblem(error, reply.request));
}

/** Requests answered as JSON rather than as an HTML page. */
export function wantsJson(request: FastifyRequest): boolean {
  const path = request.url;
  if (path.startsWith('/api/') || path === '/api' || path === '/healthz' || path === '/metrics') return true;
  const accept = request.headers.accept ?? '';
  return accept.includes('json') && !accept.includes('text/html');
}

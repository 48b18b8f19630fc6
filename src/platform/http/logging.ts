import crypto from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { ChildLoggerOptions } from 'pino';

/**
 * Log options for the web process. Requests are logged by method, route and path only: query strings
 * can carry one-time tokens, and headers carry cookies. Nothing personal or secret is logged.
 */
export function httpLoggerOptions(): ChildLoggerOptions {
  return {
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        path: request.url.split('?')[0],
        route: request.routeOptions?.url,
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}

const requestIdPattern = /^[A-Za-z0-9._-]{8,64}$/;

/** Keeps a well-formed `X-Request-Id` from a proxy, else makes one; a forged header cannot inject log lines. */
export function generateRequestId(request: {
  headers: Record<string, string | string[] | undefined>;
}): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : crypto.randomUUID();
}

import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.js';
import { registerErrorHandlers } from './error-handler.js';
import { httpLoggerOptions } from './logging.js';

function appThrowing(error: Error) {
  const app = Fastify({ logger: false });
  registerErrorHandlers(app, (_request, reply, appError) =>
    reply.status(appError.status).type('text/html').send(`<p>${appError.code}: ${appError.message}</p>`),
  );
  app.get('/api/v1/boom', () => Promise.reject(error));
  app.get('/en/boom', () => Promise.reject(error));
  return app;
}

describe('error handler', () => {
  it('turns an unexpected error into a 500 problem without internals', async () => {
    const app = appThrowing(new Error('SQLITE_ERROR: no such table secret_things at /srv/app/repo.ts:12'));
    const response = await app.inject({ url: '/api/v1/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ code: 'internal', status: 500 });
    expect(response.body).not.toMatch(/SQLITE|secret_things|repo\.ts/);
    const page = await app.inject({ url: '/en/boom' });
    expect(page.statusCode).toBe(500);
    expect(page.body).not.toMatch(/SQLITE|secret_things/);
  });

  it('keeps the code, status, message and field errors of an AppError', async () => {
    const app = appThrowing(
      new AppError('validation-failed', 'The request is not valid.', [
        { field: 'email', message: 'is not an email' },
      ]),
    );
    const response = await app.inject({ url: '/api/v1/boom' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'validation-failed',
      detail: 'The request is not valid.',
      errors: [{ field: 'email', message: 'is not an email' }],
    });
  });

  it('sends Retry-After with a rate-limited problem', async () => {
    const app = appThrowing(new AppError('rate-limited', 'Too many.', [], { retryAfterSeconds: 42 }));
    const response = await app.inject({ url: '/api/v1/boom' });
    expect(response.statusCode).toBe(429);
    expect(response.headers['retry-after']).toBe('42');
  });
});

describe('request logging', () => {
  it('logs the path of a request, never its query string', () => {
    const serialize = httpLoggerOptions().serializers?.req as (request: object) => { path: string };
    const logged = serialize({
      method: 'GET',
      url: '/en/setup?token=one-time-secret',
      routeOptions: { url: '/:lang/setup' },
    });
    expect(JSON.stringify(logged)).not.toContain('one-time-secret');
    expect(logged.path).toBe('/en/setup');
  });
});

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppError } from '../http/app-error.js';
import type { PageRenderer } from '../http/pages.js';
import { ErrorPage } from './error-page.js';

/** The HTML face of an `AppError`, in the visitor's language. */
export function renderErrorPage(pages: PageRenderer) {
  return (request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply => {
    if (error.details.retryAfterSeconds) reply.header('retry-after', String(error.details.retryAfterSeconds));
    const ctx = pages.context(request, reply);
    // A page that needs a signed-in person sends visitors to sign in, and back here afterwards.
    if (error.code === 'unauthenticated' && request.method === 'GET') {
      return reply.redirect(`/${ctx.locale}/login?next=${encodeURIComponent(request.url)}`, 303);
    }
    return pages.send(
      reply,
      <ErrorPage ctx={ctx} status={error.status} requestId={request.id} />,
      error.status,
    );
  };
}

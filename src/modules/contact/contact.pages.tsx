import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import { contactFormInputSchema } from './contact.schema.js';
import { submitContactMessage } from './contact.service.js';
import { ContactPage, ContactSentPage } from './contact.views.js';

/** `/{lang}/contact`: the form, its submission (post/redirect/get), and the thank-you page. */
export function registerContactPages(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;

  app.get('/contact', (request, reply) =>
    pages.send(reply, <ContactPage ctx={pages.context(request, reply)} values={{}} errors={{}} />),
  );

  app.post('/contact', async (request, reply) => {
    const input = contactFormInputSchema.parse(request.body ?? {});
    const locale = requestLocale(request);
    const result = await submitContactMessage(deps, {
      input,
      language: locale,
      clientAddress: request.ip,
    }).catch((error: unknown) => {
      // Over the limit: the form comes back with what was typed, and says when to try again.
      if (error instanceof AppError && error.code === 'rate-limited')
        return { outcome: 'rate-limited' as const, error };
      throw error;
    });
    if (result.outcome === 'sent') return reply.redirect(`/${locale}/contact/sent`, 303);
    const ctx = pages.context(request, reply);
    if (result.outcome === 'rate-limited') {
      reply.header('retry-after', String(result.error.details.retryAfterSeconds ?? 3600));
      return pages.send(
        reply,
        <ContactPage ctx={ctx} values={input} errors={{}} formError="contact.error.rateLimited" />,
        429,
      );
    }
    return pages.send(reply, <ContactPage ctx={ctx} values={input} errors={result.errors} />, 422);
  });

  app.get('/contact/sent', (request, reply) =>
    pages.send(reply, <ContactSentPage ctx={pages.context(request, reply)} />),
  );
}

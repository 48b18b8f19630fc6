import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import { isLocale, type Locale } from '../../platform/i18n/index.js';
import { requireActor } from '../accounts/index.js';
import {
  createShareLink,
  listMyCredentials,
  myCertificatePdf,
  myShareLink,
  myTranscript,
  myTranscriptPdf,
  readMyCredential,
  removeShareLink,
  setCredentialVisibility,
} from './my-credentials.service.js';
import { MyCredentialsPage, TranscriptPage } from './my-credentials.views.js';

const idParams = z.object({ id: z.uuid() });
const visibilityBody = z.object({ public: z.enum(['true', 'false']) });

/** `?done=…` after a change (post/redirect/get) → the notice the list shows. */
const notices: Record<string, string> = {
  public: 'myCredentials.notice.public',
  private: 'myCredentials.notice.private',
  shared: 'myCredentials.notice.shared',
  unshared: 'myCredentials.notice.unshared',
};

function parseId(request: FastifyRequest): string {
  const parsed = idParams.safeParse(request.params);
  if (!parsed.success) throw AppError.notFound('There is no such credential.');
  return parsed.data.id;
}

/** The language a download asks for (`?lang=`), else the page's. */
function downloadLocale(request: FastifyRequest): Locale {
  const lang = (request.query as { lang?: unknown } | undefined)?.lang;
  return typeof lang === 'string' && isLocale(lang) ? lang : requestLocale(request);
}

/** A file to keep: never cached (it holds personal data), saved rather than shown. */
function sendDownload(reply: FastifyReply, type: string, filename: string, body: string | Uint8Array) {
  return reply
    .header('cache-control', 'no-store')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .type(type)
    .send(typeof body === 'string' ? body : Buffer.from(body));
}

/**
 * "My credentials": the holder's list with downloads (PDF certificate, JSON-LD, VC-JWT), public or
 * private, the share link, and the transcript (page and PDF).
 */
export function registerMyCredentialsPages(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  const listPath = (request: FastifyRequest, done: string, id: string) =>
    `/${requestLocale(request)}/account/credentials?done=${done}#credential-${id}`;

  app.get('/account/credentials', async (request, reply) => {
    const actor = requireActor(request);
    const lang = requestLocale(request);
    const credentials = await listMyCredentials(deps, actor);
    const items = await Promise.all(
      credentials.map(async (credential) => ({
        credential,
        shareLink: await myShareLink(deps, actor, credential.id, lang),
      })),
    );
    const done = (request.query as { done?: string } | undefined)?.done ?? '';
    reply.header('cache-control', 'no-store');
    return pages.send(
      reply,
      <MyCredentialsPage ctx={pages.context(request, reply)} items={items} notice={notices[done]} />,
    );
  });

  app.get('/account/credentials/:id/certificate.pdf', async (request, reply) => {
    const { pdf } = await myCertificatePdf(deps, requireActor(request), {
      id: parseId(request),
      lang: downloadLocale(request),
    });
    return sendDownload(reply, 'application/pdf', 'certificate.pdf', pdf);
  });

  for (const format of ['json', 'jwt'] as const) {
    app.get(`/account/credentials/:id.${format}`, async (request, reply) => {
      const credential = await readMyCredential(deps, requireActor(request), parseId(request));
      return format === 'json'
        ? sendDownload(reply, 'application/vc+ld+json', 'credential.json', credential.json)
        : sendDownload(reply, 'application/jwt', 'credential.jwt', credential.jwt);
    });
  }

  app.post('/account/credentials/:id/visibility', async (request, reply) => {
    const id = parseId(request);
    const parsed = visibilityBody.safeParse(request.body ?? {});
    if (!parsed.success) throw new AppError('validation-failed', 'Choose public or private.');
    const isPublic = parsed.data.public === 'true';
    await setCredentialVisibility(deps, requireActor(request), { id, isPublic });
    return reply.redirect(listPath(request, isPublic ? 'public' : 'private', id), 303);
  });

  app.post('/account/credentials/:id/share-link', async (request, reply) => {
    const id = parseId(request);
    await createShareLink(deps, requireActor(request), { id, lang: requestLocale(request) });
    return reply.redirect(listPath(request, 'shared', id), 303);
  });

  app.post('/account/credentials/:id/share-link/remove', async (request, reply) => {
    const id = parseId(request);
    await removeShareLink(deps, requireActor(request), id);
    return reply.redirect(listPath(request, 'unshared', id), 303);
  });

  app.get('/account/transcript', async (request, reply) => {
    const transcript = await myTranscript(deps, requireActor(request));
    reply.header('cache-control', 'no-store');
    return pages.send(reply, <TranscriptPage ctx={pages.context(request, reply)} transcript={transcript} />);
  });

  app.get('/account/transcript.pdf', async (request, reply) => {
    const pdf = await myTranscriptPdf(deps, requireActor(request), downloadLocale(request));
    return sendDownload(reply, 'application/pdf', 'transcript.pdf', pdf);
  });
}

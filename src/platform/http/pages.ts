import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { isLocale, locales, negotiateLocale, type Locale, type Translator } from '../i18n/index.js';
import type { PageContext } from '../layout/page-context.js';
import type { AssetManifest } from './assets.js';
import { createPageCache } from './page-cache.js';
import { cspNonce } from './security.js';

export interface PageRenderer {
  /** The context every view gets, for this request in `locale`. */
  context(request: FastifyRequest, reply: FastifyReply): PageContext;
  /** Sends a full HTML document. */
  send(reply: FastifyReply, page: VNode, status?: number): FastifyReply;
  /** Sends part of a page (an htmx swap target), without the document around it. */
  sendFragment(reply: FastifyReply, fragment: VNode): FastifyReply;
  /**
   * Sends a page that is the same for every visitor of its URL, rendered at most once per few seconds.
   * Only for pages without a form token or anything personal.
   */
  sendShared(
    request: FastifyRequest,
    reply: FastifyReply,
    render: (ctx: PageContext) => Promise<VNode> | VNode,
  ): Promise<FastifyReply>;
}

export interface PageRendererOptions {
  readonly translators: (locale: Locale) => Translator;
  readonly assets: AssetManifest;
  readonly publicUrl: string;
  readonly hasDemoContent: () => boolean;
}

/** The request's language: the `/{lang}/` prefix when there is one, else the browser's preference. */
export function requestLocale(request: FastifyRequest): Locale {
  const firstSegment = request.url.split(/[/?#]/)[1];
  return isLocale(firstSegment) ? firstSegment : negotiateLocale(request.headers['accept-language']);
}

/**
 * The address the language links of a page lead to, in another language: the request's own, unless it
 * answers a form sent to an address that shows nothing on GET (a preview, a confirmation); then the
 * page the form was sent from, else the home page.
 */
function languageLinkTarget(request: FastifyRequest, publicUrl: string): string {
  const route = request.routeOptions.url;
  const isGettable =
    request.method === 'GET' ||
    request.method === 'HEAD' ||
    (route !== undefined && request.server.hasRoute({ method: 'GET', url: route }));
  if (isGettable) return request.url;
  return sameSiteReferrer(request, publicUrl) ?? '/';
}

function sameSiteReferrer(request: FastifyRequest, publicUrl: string): string | undefined {
  const referrer = request.headers.referer;
  if (!referrer || !URL.canParse(referrer)) return undefined;
  const url = new URL(referrer);
  const sameSite = url.origin === new URL(publicUrl).origin || url.host === request.headers.host;
  return sameSite ? `${url.pathname}${url.search}` : undefined;
}

const localePrefix = new RegExp(`^/(${locales.join('|')})(?=/|$)`);

const toDocument = (page: VNode) => `<!doctype html>${renderToString(page)}`;

export function createPageRenderer(options: PageRendererOptions): PageRenderer {
  const sharedPages = createPageCache({ ttlMs: 10_000, maxEntries: 500 });
  // Pages vary with the browser's language (error pages, the / redirect) and with whatever else a
  // route added before (such as HX-Request).
  const sendHtml = (reply: FastifyReply, html: string, status: number) => {
    const vary = reply.getHeader('vary');
    return reply
      .status(status)
      .type('text/html; charset=utf-8')
      .header('vary', vary ? `Accept-Language, ${String(vary)}` : 'Accept-Language')
      .send(html);
  };
  return {
    context(request, reply) {
      const locale = requestLocale(request);
      const translator = options.translators(locale);
      const [pathname = '/', query] = languageLinkTarget(request, options.publicUrl).split('?', 2);
      let csrfToken: string | undefined;
      const withinLocale = pathname.replace(localePrefix, '') || '/';
      return {
        locale,
        t: translator.t,
        formatDate: translator.formatDate,
        formatNumber: translator.formatNumber,
        countryName: translator.countryName,
        pathWithinLocale: withinLocale,
        search: query ? `?${query}` : '',
        nonce: cspNonce(reply),
        // One token per response: each generateCsrf() without the cookie would make a new secret, and
        // only the last secret's cookie survives, so earlier forms on the page would carry stale tokens.
        get csrfToken() {
          return (csrfToken ??= reply.generateCsrf());
        },
        assets: options.assets,
        publicUrl: options.publicUrl,
        hasDemoContent: options.hasDemoContent(),
        viewer: request.actor
          ? {
              name: request.actor.name,
              isStaff: request.actor.grants.some((grant) => grant.role !== 'learner'),
            }
          : undefined,
      };
    },
    send(reply, page, status = 200) {
      return sendHtml(reply, toDocument(page), status);
    },
    sendFragment(reply, fragment) {
      return sendHtml(reply, renderToString(fragment), 200);
    },
    async sendShared(request, reply, render) {
      // A signed-in person sees their own header: their pages are never shared.
      if (request.userSession) return this.send(reply, await render(this.context(request, reply)));
      const html = await sharedPages.get(`${options.hasDemoContent()}:${request.url}`, async () =>
        toDocument(await render(this.context(request, reply))),
      );
      return sendHtml(reply, html, 200);
    },
  };
}

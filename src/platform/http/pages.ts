import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { isLocale, negotiateLocale, type Locale, type Translator } from '../i18n/index.js';
import type { PageContext } from '../layout/page-context.js';
import type { AssetManifest } from './assets.js';
import { cspNonce } from './security.js';

export interface PageRenderer {
  /** The context every view gets, for this request in `locale`. */
  context(request: FastifyRequest, reply: FastifyReply): PageContext;
  /** Sends a full HTML document. */
  send(reply: FastifyReply, page: VNode, status?: number): FastifyReply;
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

export function createPageRenderer(options: PageRendererOptions): PageRenderer {
  return {
    context(request, reply) {
      const locale = requestLocale(request);
      const translator = options.translators(locale);
      const [pathname = '/', query] = request.url.split('?', 2);
      const withinLocale = pathname.replace(new RegExp(`^/${locale}(?=/|$)`), '') || '/';
      return {
        locale,
        t: translator.t,
        formatDate: translator.formatDate,
        formatNumber: translator.formatNumber,
        countryName: translator.countryName,
        pathWithinLocale: withinLocale,
        search: query ? `?${query}` : '',
        nonce: cspNonce(reply),
        get csrfToken() {
          return reply.generateCsrf();
        },
        assets: options.assets,
        publicUrl: options.publicUrl,
        hasDemoContent: options.hasDemoContent(),
      };
    },
    send(reply, page, status = 200) {
      return reply
        .status(status)
        .type('text/html; charset=utf-8')
        .header('vary', 'Accept-Language')
        .send(`<!doctype html>${renderToString(page)}`);
    },
  };
}

import type { AssetManifest } from '../http/assets.js';
import type { Locale, Translator } from '../i18n/index.js';

/** What every HTML view needs to know about the request it renders for. */
export interface PageContext {
  readonly locale: Locale;
  readonly t: Translator['t'];
  readonly formatDate: Translator['formatDate'];
  readonly formatNumber: Translator['formatNumber'];
  readonly countryName: Translator['countryName'];
  /** The path after the language prefix (`/contact`, or `/` for home), for language alternates. */
  readonly pathWithinLocale: string;
  /** The query string of the request, kept by the language switcher. */
  readonly search: string;
  readonly nonce: string;
  readonly csrfToken: string;
  readonly assets: AssetManifest;
  readonly publicUrl: string;
  /** The signed-in person, for the header; undefined for visitors. */
  readonly viewer: { readonly name: string; readonly isStaff: boolean } | undefined;
  /** True while the demo content set is in the database: every page says so. */
  readonly hasDemoContent: boolean;
}

/** A link inside the current language: `href(ctx, '/contact')` → `/it/contact`. */
export function localHref(ctx: Pick<PageContext, 'locale'>, path: string): string {
  return path === '/' ? `/${ctx.locale}` : `/${ctx.locale}${path}`;
}

import type { ComponentChildren } from 'preact';
import { localeNames, locales } from '../i18n/index.js';
import { localHref, type PageContext } from './page-context.js';

export interface LayoutProps {
  readonly ctx: PageContext;
  readonly title: string;
  readonly description?: string;
  readonly children: ComponentChildren;
}

/** Sections of the network in the header; a section of the home page until its own module lands. */
const networkSections = [
  ['nav.catalogue', '/courses'],
  ['nav.toolkit', '/toolkit'],
  ['nav.livingLabs', '/#living-labs'],
  ['nav.instruments', '/instruments'],
  ['nav.handbook', '/#handbook'],
  ['nav.partners', '/partners'],
] as const;

const footerLinks = [
  ['footer.privacy', '/privacy'],
  ['footer.accessibility', '/accessibility'],
  ['footer.contact', '/contact'],
  ['footer.consortium', '/consortium'],
] as const;

export function Layout({ ctx, title, description, children }: LayoutProps) {
  const { t } = ctx;
  const pageTitle = ctx.pathWithinLocale === '/' ? t('site.name') : `${title} · ${t('site.name')}`;
  return (
    <html lang={ctx.locale} dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{pageTitle}</title>
        <meta name="description" content={description ?? t('site.description')} />
        <meta
          name="htmx-config"
          content='{"includeIndicatorStyles":false,"allowEval":false,"allowScriptTags":false}'
        />
        <link rel="icon" href={ctx.assets.url('img/favicon.svg')} type="image/svg+xml" />
        <link rel="stylesheet" href={ctx.assets.url('css/app.css')} />
        <link rel="stylesheet" href={ctx.assets.url('css/print.css')} media="print" />
        <AlternateLinks ctx={ctx} />
        {/* Same-origin files, allowed by the CSP's 'self': no nonce, so shared pages can be cached. */}
        <script src={ctx.assets.url('js/htmx.min.js')} defer />
        <script src={ctx.assets.url('js/app.js')} defer />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('layout.skipToContent')}
        </a>
        <Header ctx={ctx} />
        {ctx.hasDemoContent ? <p class="demo-banner">{t('layout.demoBanner')}</p> : null}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <Footer ctx={ctx} />
      </body>
    </html>
  );
}

function AlternateLinks({ ctx }: { ctx: PageContext }) {
  const absolute = (locale: string) =>
    `${ctx.publicUrl}/${locale}${ctx.pathWithinLocale === '/' ? '' : ctx.pathWithinLocale}`;
  return (
    <>
      {locales.map((locale) => (
        <link key={locale} rel="alternate" hreflang={locale} href={absolute(locale)} />
      ))}
      <link rel="alternate" hreflang="x-default" href={absolute('en')} />
    </>
  );
}

function Header({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <header class="site-header">
      <div class="site-header__bar container">
        <a class="brand" href={localHref(ctx, '/')}>
          <img class="brand__mark" src={ctx.assets.url('img/mark.svg')} alt="" width="40" height="40" />
          <span class="brand__text">
            <span class="brand__name">JP-COOPS</span>
            <span class="brand__tagline">{t('site.tagline')}</span>
          </span>
        </a>
        <div class="site-header__tools">
          <LanguageSwitcher ctx={ctx} />
          <AccountMenu ctx={ctx} />
        </div>
      </div>
      <nav class="site-nav" aria-label={t('nav.label')}>
        <ul class="site-nav__list container">
          {networkSections.map(([key, path]) => (
            <li key={key}>
              <a href={localHref(ctx, path)}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

function AccountMenu({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  if (!ctx.viewer) {
    return (
      <p class="account-menu">
        <a href={localHref(ctx, '/login')}>{t('layout.signIn')}</a>
        <a href={localHref(ctx, '/register')}>{t('layout.register')}</a>
      </p>
    );
  }
  return (
    <div class="account-menu">
      <a href={localHref(ctx, '/account')}>{t('layout.myAccount', { name: ctx.viewer.name })}</a>
      {ctx.viewer.isStaff ? <a href={localHref(ctx, '/admin')}>{t('layout.admin')}</a> : null}
      <form method="post" action={localHref(ctx, '/logout')}>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <button type="submit" class="link-button">
          {t('layout.signOut')}
        </button>
      </form>
    </div>
  );
}

function LanguageSwitcher({ ctx }: { ctx: PageContext }) {
  const here = (locale: string) =>
    `/${locale}${ctx.pathWithinLocale === '/' ? '' : ctx.pathWithinLocale}${ctx.search}`;
  return (
    <nav class="language-switcher" aria-label={ctx.t('layout.languages')}>
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={here(locale)}
              hreflang={locale}
              lang={locale}
              aria-current={locale === ctx.locale ? 'true' : undefined}
            >
              <abbr title={localeNames[locale]}>{locale.toUpperCase()}</abbr>
              <span class="visually-hidden"> {localeNames[locale]}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Footer({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <footer class="site-footer">
      <div class="container site-footer__inner">
        <div>
          <p class="site-footer__name">{t('site.fullName')}</p>
          <p>{t('footer.funding')}</p>
        </div>
        <nav aria-label={t('footer.label')}>
          <ul class="site-footer__links">
            {footerLinks.map(([key, path]) => (
              <li key={key}>
                <a href={localHref(ctx, path)}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}

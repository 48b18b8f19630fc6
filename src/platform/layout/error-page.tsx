import { Layout } from './layout.js';
import { localHref, type PageContext } from './page-context.js';

export interface ErrorPageProps {
  readonly ctx: PageContext;
  readonly status: number;
  readonly requestId: string;
}

const messageKeys: Record<number, string> = {
  403: 'error.403',
  404: 'error.404',
  409: 'error.409',
  429: 'error.429',
};

/** The 404, 403, 429 and 500 pages, in the visitor's language. */
export function ErrorPage({ ctx, status, requestId }: ErrorPageProps) {
  const { t } = ctx;
  const key = messageKeys[status] ?? (status >= 500 ? 'error.500' : 'error.400');
  return (
    <Layout ctx={ctx} title={t(`${key}.title`)}>
      <div class="container prose">
        <p class="eyebrow">{t('error.status', { status })}</p>
        <h1>{t(`${key}.title`)}</h1>
        <p class="lead">{t(`${key}.body`)}</p>
        <ul class="link-list">
          <li>
            <a href={localHref(ctx, '/')}>{t('error.home')}</a>
          </li>
          <li>
            <a href={localHref(ctx, '/contact')}>{t('error.contact')}</a>
          </li>
        </ul>
        {status >= 500 ? <p class="muted">{t('error.reference', { requestId })}</p> : null}
      </div>
    </Layout>
  );
}

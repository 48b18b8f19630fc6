import type { ComponentChildren } from 'preact';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { AdminSection } from './admin.policy.js';

export interface Crumb {
  readonly label: string;
  readonly href: string;
}

/** The frame of every admin page: breadcrumbs back to the dashboard, then the page's heading. */
export function AdminPage(props: {
  ctx: PageContext;
  title: string;
  crumbs?: readonly Crumb[];
  children: ComponentChildren;
}) {
  const { ctx, title } = props;
  const crumbs = [{ label: ctx.t('admin.title'), href: localHref(ctx, '/admin') }, ...(props.crumbs ?? [])];
  return (
    <Layout ctx={ctx} title={title}>
      <div class="container">
        {ctx.pathWithinLocale === '/admin' ? null : (
          <nav aria-label={ctx.t('admin.breadcrumbs')} class="admin-breadcrumbs">
            <ol>
              {crumbs.map((crumb) => (
                <li key={crumb.href}>
                  <a href={crumb.href}>{crumb.label}</a>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <h1>{title}</h1>
        {props.children}
      </div>
    </Layout>
  );
}

const sectionPaths: Record<AdminSection, string> = {
  toolkitSources: '/toolkit/sources',
  toolkitReview: '/toolkit/review',
  toolkitContribute: '/toolkit/contribute',
  users: '/admin/users',
  messages: '/admin/messages',
  audit: '/admin/audit',
  organisations: '/admin/organisations',
  courses: '/manage/courses',
  selection: '/desk/selection',
  recognitions: '/manage/recognitions',
  instruments: '/admin/instruments',
};

/** `/{lang}/admin`: a card for each section the actor may use. */
export function DashboardPage({ ctx, sections }: { ctx: PageContext; sections: readonly AdminSection[] }) {
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t('admin.title')}>
      <p class="lead">{t('admin.dashboard.lead')}</p>
      <ul class="card-list">
        {sections.map((section) => (
          <li key={section} class="card">
            <h2 class="card__title">
              <a href={localHref(ctx, sectionPaths[section])}>{t(`admin.section.${section}.title`)}</a>
            </h2>
            <p>{t(`admin.section.${section}.body`)}</p>
          </li>
        ))}
      </ul>
    </AdminPage>
  );
}

/** Shown instead of a bare 403 to staff whose roles wait for a second factor. */
export function SecondFactorRequiredPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t('admin.secondFactor.title')}>
      <p class="lead">{t('admin.secondFactor.lead')}</p>
      <p>{t('admin.secondFactor.body')}</p>
      <p class="actions">
        <a class="button" href={localHref(ctx, '/account/two-factor')}>
          {t('admin.secondFactor.enrol')}
        </a>
      </p>
    </AdminPage>
  );
}

/** A confirmation after a post/redirect/get, or a problem with the whole request. */
export function Notice({
  ctx,
  message,
  isProblem,
}: {
  ctx: PageContext;
  message?: string;
  isProblem?: boolean;
}) {
  if (!message) return null;
  return isProblem ? (
    <div class="error-summary" role="alert" tabIndex={-1} id="problem">
      <p>{ctx.t(message)}</p>
    </div>
  ) : (
    <div class="notice notice--success" role="status">
      <p>{ctx.t(message)}</p>
    </div>
  );
}

/** "Page 2 of 7" with previous and next links that keep the current filters. */
export function Pagination(props: {
  ctx: PageContext;
  path: string;
  filters: Readonly<Record<string, string | undefined>>;
  page: number;
  pageCount: number;
}) {
  const { ctx, page, pageCount } = props;
  if (pageCount <= 1) return null;
  const href = (target: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(props.filters)) if (value) query.set(key, value);
    if (target > 1) query.set('page', String(target));
    const search = query.toString();
    return `${localHref(ctx, props.path)}${search ? `?${search}` : ''}`;
  };
  return (
    <nav aria-label={ctx.t('admin.pagination.label')} class="admin-pagination">
      <ul>
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              {ctx.t('admin.pagination.previous')}
            </a>
          </li>
        ) : null}
        <li aria-current="page">{ctx.t('admin.pagination.status', { page, pageCount })}</li>
        {page < pageCount ? (
          <li>
            <a href={href(page + 1)} rel="next">
              {ctx.t('admin.pagination.next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

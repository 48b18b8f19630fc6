import { cloneElement, type VNode } from 'preact';
import { euLanguages } from '../../platform/i18n/countries.js';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  SelectField,
  type FormErrors,
} from '../../platform/layout/form-fields.js';
import { Layout, type LayoutProps } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { courseStatuses, type CourseStatus } from './catalogue.table.js';
import { languageName } from '../../platform/layout/language-names.js';
import type { CourseFormValues, TranslationFormValues } from './course-form.js';
import { CourseFields, courseIdPrefix, TextFields, type CourseFormChoices } from './course-form.views.js';
import type { ManagedCourse } from './course-management.repo.js';
import { CoursePage, shownTranslation, type CoursePageProps } from './course-page.views.js';
import type { Course, CourseSession } from './course-reads.repo.js';

const base = '/manage/courses';

function Notice({ ctx, notice }: { ctx: PageContext; notice: string | undefined }) {
  if (!notice) return null;
  return (
    <p class="notice notice--success" role="status">
      {ctx.t(notice)}
    </p>
  );
}

/** `/{lang}/manage/courses`: the courses of the providers one manages, filtered by status. */
export function ManagedCourseListPage(props: {
  ctx: PageContext;
  courses: readonly ManagedCourse[];
  status: CourseStatus | undefined;
  notice: string | undefined;
}) {
  const { ctx, courses } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('courseManagement.list.title')}>
      <div class="container prose">
        <h1>{t('courseManagement.list.title')}</h1>
        <Notice ctx={ctx} notice={props.notice} />
        <ul class="link-list">
          <li>
            <a href={localHref(ctx, `${base}/new`)}>{t('courseManagement.list.new')}</a>
          </li>
          <li>
            <a href={localHref(ctx, `${base}/import`)}>{t('courseManagement.list.import')}</a>
          </li>
        </ul>
        <form method="get" action={localHref(ctx, base)} class="admin-filters">
          <SelectField
            ctx={ctx}
            idPrefix="filter"
            name="status"
            required={false}
            label={t('courseManagement.field.status')}
            value={props.status ?? ''}
            emptyLabel={t('courseManagement.list.anyStatus')}
            options={courseStatuses.map((status) => ({
              value: status,
              label: t(`courseManagement.status.${status}`),
            }))}
          />
          <button type="submit" class="button button--secondary">
            {t('courseManagement.list.filter')}
          </button>
        </form>
        {courses.length === 0 ? (
          <p class="muted">{t('courseManagement.list.empty')}</p>
        ) : (
          <div class="table-wrapper">
            <table class="table">
              <caption class="visually-hidden">{t('courseManagement.list.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('courseManagement.field.title')}</th>
                  <th scope="col">{t('courseManagement.field.providerId')}</th>
                  <th scope="col">{t('courseManagement.field.status')}</th>
                  <th scope="col">{t('courseManagement.list.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {courses.map((course) => (
                  <tr key={course.id}>
                    <th scope="row">
                      <a href={localHref(ctx, `${base}/${course.id}`)} lang={course.language}>
                        {course.title}
                      </a>
                    </th>
                    <td>{course.providerName}</td>
                    <td>{t(`courseManagement.status.${course.status}`)}</td>
                    <td>
                      <time datetime={course.updatedAt}>
                        {ctx.formatDate(course.updatedAt, { dateStyle: 'medium' })}
                      </time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </Layout>
  );
}

export interface EditCoursePageProps {
  readonly ctx: PageContext;
  readonly course: Course;
  readonly values: CourseFormValues;
  readonly errors: FormErrors;
  readonly choices: CourseFormChoices;
  readonly notice?: string | undefined;
  /** The error of the deletion's confirmation box. */
  readonly deleteError?: string | undefined;
}

/** `/{lang}/manage/courses/{id}`: the course's fields, its translations and sessions, and its status. */
export function EditCoursePage(props: EditCoursePageProps) {
  const { ctx, course } = props;
  const { t } = ctx;
  const title = shownTranslation(course, ctx.locale)?.title ?? course.slug;
  const heading = t('courseManagement.edit.title', { title });
  const errors = props.deleteError ? { ...props.errors, confirm: props.deleteError } : props.errors;
  return (
    <Layout ctx={ctx} title={heading}>
      <div class="container prose">
        <p class="eyebrow">
          <a href={localHref(ctx, base)}>{t('courseManagement.list.title')}</a>
        </p>
        <h1>{heading}</h1>
        <p>
          {t('courseManagement.edit.status', {
            status: t(`courseManagement.status.${course.status}`),
            provider: course.providerName,
          })}
        </p>
        <Notice ctx={ctx} notice={props.notice} />
        <ErrorSummary ctx={ctx} errors={errors} idPrefix={courseIdPrefix} />
        <form method="post" action={localHref(ctx, `${base}/${course.id}`)} class="form" novalidate>
          <CsrfField ctx={ctx} />
          <CourseFields {...props} isNew={false} />
          <button type="submit" class="button">
            {t('courseManagement.edit.submit')}
          </button>
        </form>
        <TranslationList ctx={ctx} course={course} />
        <SessionList ctx={ctx} course={course} />
        <StatusSection ctx={ctx} course={course} deleteError={props.deleteError} />
      </div>
    </Layout>
  );
}

function TranslationList({ ctx, course }: { ctx: PageContext; course: Course }) {
  const { t } = ctx;
  const present = new Set(course.translations.map((tr) => tr.language));
  const languages = [...euLanguages].sort((a, b) =>
    languageName(ctx, a).localeCompare(languageName(ctx, b), ctx.locale),
  );
  return (
    <section aria-labelledby="translations-title">
      <h2 id="translations-title">{t('courseManagement.translations.title')}</h2>
      <p>{t('courseManagement.translations.lead')}</p>
      <div class="table-wrapper">
        <table class="table">
          <caption class="visually-hidden">{t('courseManagement.translations.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('courseManagement.translations.language')}</th>
              <th scope="col">{t('courseManagement.translations.state')}</th>
              <th scope="col">{t('courseManagement.translations.action')}</th>
            </tr>
          </thead>
          <tbody>
            {languages.map((language) => {
              const isSource = language === course.sourceLanguage;
              const href = localHref(ctx, `${base}/${course.id}/translations/${language}`);
              const name = languageName(ctx, language);
              return (
                <tr key={language}>
                  <th scope="row">{name}</th>
                  <td>
                    {isSource
                      ? t('courseManagement.translations.source')
                      : present.has(language)
                        ? t('courseManagement.translations.present')
                        : t('courseManagement.translations.missing')}
                  </td>
                  <td>
                    {isSource ? (
                      <a href={`#${courseIdPrefix}-title`}>{t('courseManagement.translations.editAbove')}</a>
                    ) : (
                      <a href={href}>
                        {present.has(language)
                          ? t('courseManagement.translations.edit', { language: name })
                          : t('courseManagement.translations.add', { language: name })}
                      </a>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Dates on the clock of the session's own time zone, which is named. */
export const sessionWhen = (ctx: PageContext, instant: string, timeZone: string) =>
  ctx.formatDate(instant, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  });

function SessionList({ ctx, course }: { ctx: PageContext; course: Course }) {
  const { t } = ctx;
  const place = (session: CourseSession) =>
    [session.venue, session.city, session.country ? ctx.countryName(session.country) : null]
      .filter(Boolean)
      .join(', ') || t('catalogue.sessions.online');
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('courseManagement.sessions.title')}</h2>
      <p>
        <a href={localHref(ctx, `${base}/${course.id}/sessions/new`)}>{t('courseManagement.sessions.new')}</a>
      </p>
      {course.sessions.length === 0 ? (
        <p class="muted">{t('catalogue.sessions.none')}</p>
      ) : (
        <div class="table-wrapper">
          <table class="table">
            <caption class="visually-hidden">{t('courseManagement.sessions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('catalogue.sessions.dates')}</th>
                <th scope="col">{t('catalogue.sessions.place')}</th>
                <th scope="col">{t('courseManagement.field.status')}</th>
                <th scope="col">{t('selectionDesk.provider.applicationsColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {course.sessions.map((session) => (
                <tr key={session.id}>
                  <th scope="row">
                    <a href={localHref(ctx, `${base}/${course.id}/sessions/${session.id}`)}>
                      {sessionWhen(ctx, session.startsAt, session.timeZone)}
                    </a>
                  </th>
                  <td>{place(session)}</td>
                  <td>{t(`courseManagement.sessionStatus.${session.status}`)}</td>
                  <td>
                    <a href={localHref(ctx, `/manage/sessions/${session.id}/applications`)}>
                      {t('selectionDesk.provider.applicationsLink')}
                      <span class="visually-hidden">
                        {' '}
                        {sessionWhen(ctx, session.startsAt, session.timeZone)}
                      </span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function StatusSection(props: { ctx: PageContext; course: Course; deleteError: string | undefined }) {
  const { ctx, course } = props;
  const { t } = ctx;
  const action = (path: string) => localHref(ctx, `${base}/${course.id}/${path}`);
  return (
    <section aria-labelledby="status-title">
      <h2 id="status-title">{t('courseManagement.publishing.title')}</h2>
      <p>
        <a href={action('preview')}>{t('courseManagement.publishing.preview')}</a>
        {course.status === 'published' ? (
          <>
            {' · '}
            <a href={localHref(ctx, `/courses/${course.slug}`)}>{t('courseManagement.publishing.public')}</a>
          </>
        ) : null}
      </p>
      <div class="actions">
        {course.status === 'published' ? null : (
          <form method="post" action={action('publish')}>
            <CsrfField ctx={ctx} />
            <button type="submit" class="button">
              {t('courseManagement.publishing.publish')}
            </button>
          </form>
        )}
        {course.status === 'archived' ? null : (
          <form method="post" action={action('archive')}>
            <CsrfField ctx={ctx} />
            <button type="submit" class="button button--secondary">
              {t('courseManagement.publishing.archive')}
            </button>
          </form>
        )}
      </div>
      <h3>{t('courseManagement.delete.title')}</h3>
      <p>{t('courseManagement.delete.warning')}</p>
      <form method="post" action={action('delete')} class="form" novalidate>
        <CsrfField ctx={ctx} />
        <CheckboxField
          ctx={ctx}
          idPrefix={courseIdPrefix}
          name="confirm"
          label={t('courseManagement.delete.confirm')}
          checked={false}
          error={props.deleteError}
          required
        />
        <button type="submit" class="button button--secondary">
          {t('courseManagement.delete.submit')}
        </button>
      </form>
    </section>
  );
}

/** `/{lang}/manage/courses/{id}/translations/{language}`: the texts of the course in one more language. */
export function TranslationFormPage(props: {
  ctx: PageContext;
  course: Course;
  language: string;
  isPresent: boolean;
  values: TranslationFormValues;
  errors: FormErrors;
}) {
  const { ctx, course, language } = props;
  const { t } = ctx;
  const name = languageName(ctx, language);
  const title = shownTranslation(course, ctx.locale)?.title ?? course.slug;
  const heading = t('courseManagement.translation.title', { language: name });
  const action = localHref(ctx, `${base}/${course.id}/translations/${language}`);
  return (
    <Layout ctx={ctx} title={heading}>
      <div class="container prose">
        <p class="eyebrow">
          <a href={localHref(ctx, `${base}/${course.id}`)}>{title}</a>
        </p>
        <h1>{heading}</h1>
        <ErrorSummary ctx={ctx} errors={props.errors} idPrefix={courseIdPrefix} />
        <form method="post" action={action} class="form" novalidate>
          <CsrfField ctx={ctx} />
          <TextFields ctx={ctx} values={props.values} errors={props.errors} lang={language} />
          <button type="submit" class="button">
            {t('courseManagement.translation.submit')}
          </button>
        </form>
        {props.isPresent ? (
          <form method="post" action={`${action}/delete`} class="form">
            <CsrfField ctx={ctx} />
            <button type="submit" class="button button--secondary">
              {t('courseManagement.translation.delete', { language: name })}
            </button>
          </form>
        ) : null}
      </div>
    </Layout>
  );
}

/**
 * `/{lang}/manage/courses/{id}/preview`: the public course page, whatever the course's status, under a
 * banner that says it is a preview. The banner goes inside the page's `<main>`, before its content.
 */
export function CoursePreviewPage(props: CoursePageProps) {
  const { ctx, course } = props;
  const { t } = ctx;
  const page = CoursePage(props) as VNode<LayoutProps>;
  const banner = (
    <div class="container">
      <div class="notice" role="note">
        <p>
          <strong>{t('courseManagement.preview.banner')}</strong>{' '}
          {t('courseManagement.preview.status', { status: t(`courseManagement.status.${course.status}`) })}
        </p>
        <p>
          <a href={localHref(ctx, `${base}/${course.id}`)}>{t('courseManagement.preview.back')}</a>
        </p>
      </div>
    </div>
  );
  return cloneElement(
    page,
    { title: `${t('courseManagement.preview.banner')} · ${page.props.title}` },
    banner,
    page.props.children,
  );
}

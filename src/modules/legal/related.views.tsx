import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { CourseOnInstrument } from '../catalogue/index.js';
import type { RelatedResource } from '../toolkit/index.js';

/** The catalogue's published courses on the instrument, and the catalogue filtered by it. */
export function RelatedCourses(props: {
  ctx: PageContext;
  celex: string;
  courses: readonly CourseOnInstrument[];
}) {
  const { ctx, courses } = props;
  const { t } = ctx;
  const langOf = (language: string) => (language === ctx.locale ? undefined : language);
  return (
    <section aria-labelledby="related-courses">
      <h2 id="related-courses">{t('legal.courses.title')}</h2>
      {courses.length === 0 ? (
        <p>{t('legal.courses.none')}</p>
      ) : (
        <>
          <ul class="related-courses">
            {courses.map((course) => (
              <li key={course.slug}>
                <a href={localHref(ctx, `/courses/${course.slug}`)} lang={langOf(course.titleLanguage)}>
                  {course.title}
                </a>{' '}
                <span class="muted">({course.providerName})</span>
              </li>
            ))}
          </ul>
          <p>
            <a href={localHref(ctx, `/courses?instrument=${props.celex}`)}>{t('legal.courses.all')}</a>
          </p>
        </>
      )}
    </section>
  );
}

/** The Super Toolkit's published resources on the instrument. */
export function RelatedResources({
  ctx,
  resources,
}: {
  ctx: PageContext;
  resources: readonly RelatedResource[];
}) {
  const { t } = ctx;
  const langOf = (language: string) => (language === ctx.locale ? undefined : language);
  return (
    <section aria-labelledby="related-resources">
      <h2 id="related-resources">{t('legal.resources.title')}</h2>
      {resources.length === 0 ? (
        <p>{t('legal.resources.none')}</p>
      ) : (
        <ul class="related-resources">
          {resources.map((resource) => (
            <li key={resource.id}>
              <a
                href={localHref(ctx, `/toolkit/resources/${resource.id}`)}
                lang={langOf(resource.titleLanguage)}
              >
                {resource.title}
              </a>{' '}
              <span class="muted">({resource.network})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

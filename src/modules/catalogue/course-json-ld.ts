import type { PageContext } from '../../platform/layout/page-context.js';
import type { Course, CourseSession, CourseTranslation } from './course-reads.repo.js';

const courseModes = {
  'face-to-face': 'onsite',
  online: 'online',
  blended: 'blended',
  'self-paced': 'online',
} as const;

/**
 * The schema.org `Course` of a course page, as the text of a `<script>`: `<` is escaped so that no
 * text of the course can close the element.
 */
export function courseJsonLd(
  ctx: PageContext,
  course: Course,
  text: CourseTranslation | undefined,
  sessions: readonly CourseSession[],
): string {
  const url = `${ctx.publicUrl}/${ctx.locale}/courses/${course.slug}`;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Course',
    '@id': url,
    url,
    name: text?.title ?? course.slug,
    description: text?.summary ?? '',
    inLanguage: text?.language ?? course.sourceLanguage,
    provider: { '@type': 'Organization', name: course.providerName },
    timeRequired: `PT${course.hours}H`,
    about: course.topics,
    ...(course.credits.length > 0
      ? { numberOfCredits: course.credits.reduce((sum, credit) => sum + credit.amount, 0) }
      : {}),
    ...(course.fee
      ? { offers: { '@type': 'Offer', price: course.fee.amount, priceCurrency: course.fee.currency } }
      : {}),
    hasCourseInstance: sessions.map((session) => ({
      '@type': 'CourseInstance',
      courseMode: courseModes[course.format],
      startDate: session.startsAt,
      endDate: session.endsAt,
      inLanguage: session.language,
      ...(session.city || session.country
        ? {
            location: {
              '@type': 'Place',
              name: session.venue ?? session.city ?? '',
              address: {
                '@type': 'PostalAddress',
                addressLocality: session.city ?? undefined,
                addressCountry: session.country ?? undefined,
              },
            },
          }
        : {}),
    })),
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

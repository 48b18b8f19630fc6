import { languageName, ShownIn } from '../../platform/layout/language-names.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { CourseList } from './catalogue.list.js';
import type { NextSession } from './course-page.repo.js';

type Item = CourseList['items'][number];

/** A course in the result list. */
export function CourseCard({
  ctx,
  item,
  next,
}: {
  ctx: PageContext;
  item: Item;
  next: NextSession | undefined;
}) {
  const { t } = ctx;
  return (
    <li class="card course-card">
      <h3 class="card__title">
        <a href={localHref(ctx, `/courses/${item.slug}`)} lang={item.language}>
          {item.title}
        </a>
        <ShownIn ctx={ctx} language={item.language} />
      </h3>
      <p lang={item.language}>{item.summary}</p>
      <dl class="definition-list course-card__facts">
        <dt>{t('catalogue.course.provider')}</dt>
        <dd>{item.provider.name}</dd>
        <dt>{t('catalogue.course.format')}</dt>
        <dd>{t(`catalogue.format.${item.format}`)}</dd>
        <dt>{t('catalogue.course.languages')}</dt>
        <dd>{item.languages.map((code) => languageName(ctx, code)).join(', ')}</dd>
        <dt>{t('catalogue.course.nextSession')}</dt>
        <dd>{next ? <NextSessionText ctx={ctx} next={next} /> : t('catalogue.course.noSession')}</dd>
        <dt>{t('catalogue.course.credits')}</dt>
        <dd>{t(`catalogue.hasCredits.${item.hasCredits ? 'true' : 'false'}`)}</dd>
      </dl>
    </li>
  );
}

function NextSessionText({ ctx, next }: { ctx: PageContext; next: NextSession }) {
  const date = ctx.formatDate(next.startsAt, { dateStyle: 'long', timeZone: next.timeZone });
  const place = [next.city, next.country ? ctx.countryName(next.country) : null].filter(Boolean).join(', ');
  return (
    <>
      <time datetime={next.startsAt}>{date}</time>
      {place ? `, ${place}` : ''}
    </>
  );
}

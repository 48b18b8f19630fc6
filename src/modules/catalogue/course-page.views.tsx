import MarkdownIt from 'markdown-it';
import { labelOrCode } from '../../platform/i18n/index.js';
import { languageName, ShownIn } from '../../platform/layout/language-names.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { InstrumentLinks } from '../legal/instrument-links.views.js';
import type { InstrumentName } from '../legal/instrument-names.js';
import { RecognisedCredits, type RecognitionRecord } from '../recognition/index.js';
import { courseJsonLd } from './course-json-ld.js';
import type { Course, CourseSession, CourseTranslation } from './course-reads.repo.js';

/** Raw HTML in course texts is shown as text, and links with unsafe schemes are not made links. */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

export interface CoursePageProps {
  readonly ctx: PageContext;
  readonly course: Course;
  readonly providerSlug: string | undefined;
  readonly now: Date;
  /** Recognitions of the course's credits by academic bodies, in force today. */
  readonly recognitions?: readonly RecognitionRecord[];
  /** Names of the instruments of the reference, by CELEX number. */
  readonly instrumentNames?: ReadonlyMap<string, InstrumentName>;
}

/** The texts in the reader's language, else in the course's source language (marked as such). */
export function shownTranslation(course: Course, locale: string): CourseTranslation | undefined {
  return (
    course.translations.find((tr) => tr.language === locale) ??
    course.translations.find((tr) => tr.language === course.sourceLanguage) ??
    course.translations[0]
  );
}

/** `/{lang}/courses/{slug}`: everything about a published course, and its upcoming sessions. */
export function CoursePage({
  ctx,
  course,
  providerSlug,
  now,
  recognitions,
  instrumentNames,
}: CoursePageProps) {
  const { t } = ctx;
  const text = shownTranslation(course, ctx.locale);
  const title = text?.title ?? course.slug;
  const sessions = course.sessions.filter(
    (session) => session.status !== 'cancelled' && Date.parse(session.endsAt) >= now.getTime(),
  );
  const jsonLd = courseJsonLd(ctx, course, text, sessions);
  return (
    <Layout ctx={ctx} title={title} description={text?.summary}>
      <script type="application/ld+json" nonce={ctx.nonce} dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <div class="container prose">
        <p class="eyebrow">
          <a href={localHref(ctx, '/courses')}>{t('catalogue.list.title')}</a>
        </p>
        <div lang={text?.language}>
          <h1>{title}</h1>
          {text ? <ShownIn ctx={ctx} language={text.language} /> : null}
          {text?.summary ? <p class="lead">{text.summary}</p> : null}
          <Markdown
            heading={t('catalogue.course.description')}
            source={text?.description}
            lang={ctx.locale}
          />
          <Markdown
            heading={t('catalogue.course.outcomes')}
            source={text?.learningOutcomes}
            lang={ctx.locale}
          />
          <Markdown
            heading={t('catalogue.course.prerequisites')}
            source={text?.prerequisites}
            lang={ctx.locale}
          />
        </div>
        <CourseFacts
          ctx={ctx}
          course={course}
          providerSlug={providerSlug}
          instrumentNames={instrumentNames}
        />
        <RecognisedCredits ctx={ctx} recognitions={recognitions ?? []} />
        <h2>{t('catalogue.sessions.title')}</h2>
        <SessionTable ctx={ctx} sessions={sessions} now={now} />
        <p>
          <a
            href={localHref(ctx, `/courses/${encodeURIComponent(course.slug)}/sessions.ics`)}
            type="text/calendar"
          >
            {t('catalogue.ical.courseLink')}
          </a>
        </p>
      </div>
    </Layout>
  );
}

/** A Markdown text under its heading; the heading is in the page's language, the text in its own. */
function Markdown({ heading, source, lang }: { heading: string; source: string | undefined; lang: string }) {
  if (!source?.trim()) return null;
  return (
    <section>
      <h2 lang={lang}>{heading}</h2>
      <div dangerouslySetInnerHTML={{ __html: markdown.render(source) }} />
    </section>
  );
}

function CourseFacts({ ctx, course, providerSlug, instrumentNames }: Omit<CoursePageProps, 'now'>) {
  const { t } = ctx;
  const join = (values: string[]) => values.join(', ') || t('catalogue.course.none');
  return (
    <dl class="definition-list">
      <dt>{t('catalogue.course.provider')}</dt>
      <dd>
        {providerSlug ? (
          <a href={localHref(ctx, `/partners/${providerSlug}`)}>{course.providerName}</a>
        ) : (
          course.providerName
        )}
      </dd>
      <dt>{t('catalogue.facet.topic')}</dt>
      <dd>{join(course.topics.map((code) => labelOrCode(ctx, `topic.${code}.name`, code)))}</dd>
      <dt>{t('catalogue.facet.profession')}</dt>
      <dd>{join(course.professions.map((code) => labelOrCode(ctx, `profession.${code}`, code)))}</dd>
      <dt>{t('catalogue.facet.instrument')}</dt>
      <dd>
        {course.instruments.length === 0 ? (
          t('catalogue.course.none')
        ) : (
          <InstrumentLinks ctx={ctx} celexes={course.instruments} names={instrumentNames ?? new Map()} />
        )}
      </dd>
      <dt>{t('catalogue.course.languages')}</dt>
      <dd>{join(course.languages.map((code) => languageName(ctx, code)))}</dd>
      <dt>{t('catalogue.course.format')}</dt>
      <dd>{t(`catalogue.format.${course.format}`)}</dd>
      <dt>{t('catalogue.course.level')}</dt>
      <dd>{t(`catalogue.level.${course.level}`)}</dd>
      <dt>{t('catalogue.course.hours')}</dt>
      <dd>{t('catalogue.course.hoursValue', { hours: course.hours })}</dd>
      <dt>{t('catalogue.course.credits')}</dt>
      <dd>
        {course.credits.length === 0
          ? t('catalogue.hasCredits.false')
          : course.credits
              .map((credit) =>
                t('catalogue.course.creditValue', {
                  amount: credit.amount,
                  system: credit.system,
                  body: credit.awardingBody,
                }),
              )
              .join('; ')}
      </dd>
      <dt>{t('catalogue.course.fee')}</dt>
      <dd>
        {course.fee
          ? ctx.formatNumber(course.fee.amount, { style: 'currency', currency: course.fee.currency })
          : t('catalogue.course.noFee')}
      </dd>
    </dl>
  );
}

/**
 * Whether a session takes applications now: open, not started, its deadline not passed. The page is
 * the same for everyone, so the link is plain; the apply page sends visitors to sign in first.
 */
function takesApplications(session: CourseSession, now: Date): boolean {
  if (session.status !== 'open' || Date.parse(session.startsAt) <= now.getTime()) return false;
  return !session.applicationDeadline || Date.parse(session.applicationDeadline) >= now.getTime();
}

/** Dates in the session's own time zone, which is named, in the reader's date format. */
function SessionTable({ ctx, sessions, now }: { ctx: PageContext; sessions: CourseSession[]; now: Date }) {
  const { t } = ctx;
  if (sessions.length === 0) return <p class="muted">{t('catalogue.sessions.none')}</p>;
  const when = (instant: string, timeZone: string) =>
    ctx.formatDate(instant, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    });
  return (
    <div class="table-wrapper">
      <table class="table">
        <caption class="visually-hidden">{t('catalogue.sessions.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('catalogue.sessions.dates')}</th>
            <th scope="col">{t('catalogue.sessions.place')}</th>
            <th scope="col">{t('catalogue.sessions.language')}</th>
            <th scope="col">{t('catalogue.sessions.capacity')}</th>
            <th scope="col">{t('catalogue.sessions.deadline')}</th>
            <th scope="col">{t('applicationPages.course.column')}</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id}>
              <th scope="row">
                <time datetime={session.startsAt}>{when(session.startsAt, session.timeZone)}</time> –{' '}
                <time datetime={session.endsAt}>{when(session.endsAt, session.timeZone)}</time>
              </th>
              <td>
                {[session.venue, session.city, session.country ? ctx.countryName(session.country) : null]
                  .filter(Boolean)
                  .join(', ') || t('catalogue.sessions.online')}
              </td>
              <td>{languageName(ctx, session.language)}</td>
              <td>{session.capacity ?? t('catalogue.sessions.unlimited')}</td>
              <td>
                {session.applicationDeadline ? (
                  <time datetime={session.applicationDeadline}>
                    {when(session.applicationDeadline, session.timeZone)}
                  </time>
                ) : (
                  t('catalogue.sessions.noDeadline')
                )}
              </td>
              <td>
                {takesApplications(session, now) ? (
                  <a href={localHref(ctx, `/sessions/${session.id}/apply`)}>
                    {t('applicationPages.course.apply')}
                    <span class="visually-hidden">
                      {' '}
                      {t('applicationPages.course.applyContext', {
                        date: when(session.startsAt, session.timeZone),
                      })}
                    </span>
                  </a>
                ) : (
                  <span class="muted">{t('applicationPages.course.notOpen')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { SessionToApply } from './application-pages.repo.js';
import { selectionModeOf } from './applications.states.js';

/** An instant on the session's own clock, with the zone named, in the reader's date format. */
export function sessionTime(ctx: PageContext, instant: string, timeZone: string): string {
  return ctx.formatDate(instant, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  });
}

function When({ ctx, instant, timeZone }: { ctx: PageContext; instant: string; timeZone: string }) {
  return <time datetime={instant}>{sessionTime(ctx, instant, timeZone)}</time>;
}

/** When and where the session is, in which language, how many places, and its deadlines. */
export function SessionFacts({ ctx, session }: { ctx: PageContext; session: SessionToApply }) {
  const { t } = ctx;
  const place = [session.venue, session.city, session.country ? ctx.countryName(session.country) : null]
    .filter(Boolean)
    .join(', ');
  const languageName = new Intl.DisplayNames([ctx.locale], { type: 'language' }).of(session.language);
  return (
    <dl class="definition-list">
      <dt>{t('applicationPages.session.dates')}</dt>
      <dd>
        <When ctx={ctx} instant={session.startsAt} timeZone={session.timeZone} /> –{' '}
        <When ctx={ctx} instant={session.endsAt} timeZone={session.timeZone} />
      </dd>
      <dt>{t('applicationPages.session.place')}</dt>
      <dd>
        {place && session.isOnline
          ? t('applicationPages.session.placeAndOnline', { place })
          : place || t('applicationPages.session.online')}
      </dd>
      <dt>{t('applicationPages.session.language')}</dt>
      <dd lang={session.language}>{languageName ?? session.language}</dd>
      <dt>{t('applicationPages.session.capacity')}</dt>
      <dd>
        {session.capacity === null
          ? t('applicationPages.session.unlimited')
          : t('applicationPages.session.places', { count: session.capacity })}
      </dd>
      <dt>{t('applicationPages.session.applicationDeadline')}</dt>
      <dd>
        {session.applicationDeadline ? (
          <When ctx={ctx} instant={session.applicationDeadline} timeZone={session.timeZone} />
        ) : (
          t('applicationPages.session.noApplicationDeadline')
        )}
      </dd>
      {session.selectionDeadline ? (
        <>
          <dt>{t('applicationPages.session.selectionDeadline')}</dt>
          <dd>
            <When ctx={ctx} instant={session.selectionDeadline} timeZone={session.timeZone} />
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/**
 * How this session gives its places (the selection mode of applications.states.ts), and, where places
 * go by country, what that means for the applicant's own country.
 */
export function HowPlacesAreGiven({
  ctx,
  session,
  applicantCountry,
}: {
  ctx: PageContext;
  session: SessionToApply;
  applicantCountry: string | null;
}) {
  const { t } = ctx;
  const mode = selectionModeOf({
    quotaCount: session.quotas.length,
    selectionDeadline: session.selectionDeadline,
  });
  const provider = session.providerName;
  const deadline = session.selectionDeadline
    ? sessionTime(ctx, session.selectionDeadline, session.timeZone)
    : '';
  if (mode === 'open') return <p>{t('applicationPages.mode.open')}</p>;
  if (mode === 'provider') return <p>{t('applicationPages.mode.provider', { provider, deadline })}</p>;
  const quota = session.quotas.find((candidate) => candidate.country === applicantCountry);
  return (
    <>
      <p>
        {deadline
          ? t('applicationPages.mode.national', { provider, deadline })
          : t('applicationPages.mode.nationalNoDeadline', { provider })}
      </p>
      {applicantCountry === null ? (
        <p class="notice">
          {t('applicationPages.quota.noCountry')}{' '}
          <a href={localHref(ctx, '/account/data')}>{t('applicationPages.quota.profileLink')}</a>
        </p>
      ) : quota ? (
        <p>
          {t('applicationPages.quota.places', {
            count: quota.places,
            country: ctx.countryName(applicantCountry),
          })}
        </p>
      ) : (
        <p class="notice">
          {t('applicationPages.quota.none', { country: ctx.countryName(applicantCountry) })}
        </p>
      )}
    </>
  );
}

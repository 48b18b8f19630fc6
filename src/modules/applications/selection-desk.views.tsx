import { CsrfField, FieldError } from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { StaffApplicationView } from './applications.schema.js';
import type { DeskProblem } from './selection-desk.http.js';
import {
  ApplicantDetails,
  CourseTitle,
  DecisionForm,
  DoneNotice,
  instantOf,
  ProblemSummary,
  sessionDates,
} from './selection-desk.parts.js';
import type { CountryQuota, SelectionSessionRow } from './selection-desk.repo.js';
import type { SelectionDeskSession } from './selection-desk.service.js';
import { isRankable } from './selection-ranking.repo.js';

const base = '/desk/selection';

/** `/{lang}/desk/selection`: the sessions where the contact point's countries have places to fill. */
export function SelectionListPage({
  ctx,
  rows,
  now,
}: {
  ctx: PageContext;
  rows: readonly SelectionSessionRow[];
  now: Date;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('selectionDesk.list.title')}>
      <div class="container">
        <h1>{t('selectionDesk.list.title')}</h1>
        <p class="lead">{t('selectionDesk.list.lead')}</p>
        {rows.length === 0 ? (
          <p class="muted">{t('selectionDesk.list.empty')}</p>
        ) : (
          <div class="table-wrapper">
            <table class="table">
              <caption class="visually-hidden">{t('selectionDesk.list.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('selectionDesk.list.course')}</th>
                  <th scope="col">{t('selectionDesk.list.dates')}</th>
                  <th scope="col">{t('selectionDesk.list.country')}</th>
                  <th scope="col">{t('selectionDesk.list.places')}</th>
                  <th scope="col">{t('selectionDesk.list.submitted')}</th>
                  <th scope="col">{t('selectionDesk.list.nominated')}</th>
                  <th scope="col">{t('selectionDesk.list.deadline')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ session, quota }) => (
                  <tr key={`${session.id} ${quota.country}`}>
                    <th scope="row">
                      <a href={localHref(ctx, `${base}/${session.id}`)}>
                        <CourseTitle ctx={ctx} session={session} />
                      </a>
                    </th>
                    <td>{sessionDates(ctx, session)}</td>
                    <td>{ctx.countryName(quota.country)}</td>
                    <td>{ctx.formatNumber(quota.places)}</td>
                    <td>{ctx.formatNumber(quota.submitted)}</td>
                    <td>{ctx.formatNumber(quota.nominated)}</td>
                    <td>
                      <Deadline
                        ctx={ctx}
                        instant={session.selectionDeadline}
                        timeZone={session.timeZone}
                        now={now}
                      />
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

function Deadline(props: { ctx: PageContext; instant: string | null; timeZone: string; now: Date }) {
  const { ctx, instant } = props;
  if (!instant) return <>{ctx.t('selectionDesk.deadline.none')}</>;
  const when = <time datetime={instant}>{instantOf(ctx, instant, props.timeZone)}</time>;
  return Date.parse(instant) < props.now.getTime() ? (
    <>
      {when} <strong>{ctx.t('selectionDesk.deadline.passed')}</strong>
    </>
  ) : (
    when
  );
}

export interface SelectionSessionPageProps {
  readonly ctx: PageContext;
  readonly desk: SelectionDeskSession;
  readonly now: Date;
  readonly notice?: string | undefined;
  readonly problem?: DeskProblem | undefined;
  /** What was typed in the ranking form, by application id, when it is shown again. */
  readonly typedRanks?: Readonly<Record<string, string>>;
  /** Field id → translation key. */
  readonly fieldErrors?: Readonly<Record<string, string>>;
  /** The reason typed with a refused decision, kept in that application's form. */
  readonly typedReason?: { readonly applicationId: string; readonly reason: string };
}

/** `/{lang}/desk/selection/{sessionId}`: rank and nominate the applicants of one's own countries. */
export function SelectionSessionPage(props: SelectionSessionPageProps) {
  const { ctx, desk } = props;
  const { t } = ctx;
  const { session } = desk;
  return (
    <Layout ctx={ctx} title={t('selectionDesk.session.title', { course: session.courseTitle })}>
      <div class="container">
        <p class="eyebrow">
          <a href={localHref(ctx, base)}>{t('selectionDesk.list.title')}</a>
        </p>
        <h1>
          {t('selectionDesk.session.heading')} <CourseTitle ctx={ctx} session={session} />
        </h1>
        <dl class="definition-list">
          <dt>{t('selectionDesk.list.dates')}</dt>
          <dd>{sessionDates(ctx, session)}</dd>
          <dt>{t('selectionDesk.list.deadline')}</dt>
          <dd>
            <Deadline
              ctx={ctx}
              instant={session.selectionDeadline}
              timeZone={session.timeZone}
              now={props.now}
            />
          </dd>
        </dl>
        {desk.isDeadlinePassed ? <p class="notice">{t('selectionDesk.session.closed')}</p> : null}
        <DoneNotice ctx={ctx} notice={props.notice} />
        <ProblemSummary ctx={ctx} problem={props.problem} fieldErrors={props.fieldErrors} />
        {desk.quotas.map((quota) => (
          <CountrySection
            key={quota.country}
            {...props}
            quota={quota}
            applications={desk.applications.filter((application) => application.country === quota.country)}
          />
        ))}
      </div>
    </Layout>
  );
}

function CountrySection(
  props: SelectionSessionPageProps & { quota: CountryQuota; applications: readonly StaffApplicationView[] },
) {
  const { ctx, quota, applications } = props;
  const { t } = ctx;
  const country = ctx.countryName(quota.country);
  const headingId = `country-${quota.country}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{country}</h2>
      <p>{t('selectionDesk.session.quota', { used: quota.nominated, places: quota.places, country })}</p>
      {applications.length === 0 ? (
        <p class="muted">{t('selectionDesk.session.noApplications', { country })}</p>
      ) : (
        <>
          {props.desk.isDeadlinePassed ? null : <RankingForm {...props} />}
          <h3>{t('selectionDesk.session.applications', { country })}</h3>
          {applications.map((application) => (
            <ApplicationCard key={application.id} {...props} application={application} />
          ))}
        </>
      )}
    </section>
  );
}

function RankingForm(
  props: SelectionSessionPageProps & { quota: CountryQuota; applications: readonly StaffApplicationView[] },
) {
  const { ctx, quota } = props;
  const { t } = ctx;
  const rankable = props.applications.filter((application) => isRankable(application.status));
  if (rankable.length === 0) return null;
  const hintId = `ranking-${quota.country}-hint`;
  return (
    <form
      method="post"
      action={localHref(ctx, `${base}/${props.desk.session.id}/ranking`)}
      class="form"
      novalidate
    >
      <CsrfField ctx={ctx} />
      <h3>{t('selectionDesk.ranking.title')}</h3>
      <p class="hint" id={hintId}>
        {t('selectionDesk.ranking.hint')}
      </p>
      <div class="table-wrapper">
        <table class="table">
          <caption class="visually-hidden">
            {t('selectionDesk.ranking.caption', { country: ctx.countryName(quota.country) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('selectionDesk.applicant.name')}</th>
              <th scope="col">{t('selectionDesk.applicant.status')}</th>
              <th scope="col">{t('selectionDesk.ranking.rank')}</th>
            </tr>
          </thead>
          <tbody>
            {rankable.map((application) => {
              const id = `rank-${application.id}`;
              const error = props.fieldErrors?.[id];
              return (
                <tr key={application.id}>
                  <th scope="row">
                    <label for={id}>{application.applicant.name}</label>
                  </th>
                  <td>{t(`applications.status.${application.status}`)}</td>
                  <td class={error ? 'field--error' : undefined}>
                    <FieldError ctx={ctx} id={id} error={error} />
                    <input
                      id={id}
                      name={id}
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={10000}
                      step={1}
                      value={props.typedRanks?.[application.id] ?? application.rank?.toString() ?? ''}
                      aria-describedby={error ? `${hintId} ${id}-error` : hintId}
                      aria-invalid={error ? 'true' : undefined}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button type="submit" class="button">
        {t('selectionDesk.ranking.submit')}
      </button>
    </form>
  );
}

function ApplicationCard(props: SelectionSessionPageProps & { application: StaffApplicationView }) {
  const { ctx, application } = props;
  const { t } = ctx;
  const headingId = `application-${application.id}`;
  const isOpen = !props.desk.isDeadlinePassed;
  const buttons = [
    ...(isOpen && application.status === 'submitted'
      ? [{ action: 'nominate', label: t('selectionDesk.decision.nominate') }]
      : []),
    ...(isOpen && isRankable(application.status)
      ? [{ action: 'not-nominate', label: t('selectionDesk.decision.notNominate') }]
      : []),
  ];
  const isTypedHere = props.typedReason?.applicationId === application.id;
  return (
    <article class="card" aria-labelledby={headingId}>
      <h4 class="card__title" id={headingId}>
        {application.applicant.name}
      </h4>
      <p>
        {application.rank === null
          ? t('selectionDesk.applicant.statusUnranked', {
              status: t(`applications.status.${application.status}`),
            })
          : t('selectionDesk.applicant.statusRanked', {
              status: t(`applications.status.${application.status}`),
              rank: application.rank,
            })}
      </p>
      <ApplicantDetails ctx={ctx} application={application} />
      <DecisionForm
        ctx={ctx}
        base={localHref(ctx, `${base}/${props.desk.session.id}/applications/${application.id}`)}
        applicationId={application.id}
        applicantName={application.applicant.name}
        buttons={buttons}
        reason={isTypedHere ? props.typedReason?.reason : undefined}
        reasonError={props.fieldErrors?.[`reason-${application.id}`]}
      />
    </article>
  );
}

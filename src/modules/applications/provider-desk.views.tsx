import type { ComponentChildren } from 'preact';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { StaffApplicationView } from './applications.schema.js';
import type { ProviderDesk } from './provider-desk.service.js';
import type { DeskProblem } from './selection-desk.http.js';
import {
  ApplicantDetails,
  CourseTitle,
  DecisionForm,
  DoneNotice,
  instantOf,
  ProblemSummary,
  sessionDates,
  type DecisionButton,
} from './selection-desk.parts.js';

export interface ProviderDeskPageProps {
  readonly ctx: PageContext;
  readonly desk: ProviderDesk;
  readonly notice?: string | undefined;
  readonly problem?: DeskProblem | undefined;
  readonly fieldErrors?: Readonly<Record<string, string>>;
  readonly typedReason?: { readonly applicationId: string; readonly reason: string };
}

/** `/{lang}/manage/sessions/{id}/applications`: the provider decides on places, up to capacity. */
export function ProviderDeskPage(props: ProviderDeskPageProps) {
  const { ctx, desk } = props;
  const { t } = ctx;
  const { session } = desk;
  const sessionPath = `/manage/sessions/${session.id}`;
  return (
    <Layout ctx={ctx} title={t('selectionDesk.provider.title', { course: session.courseTitle })}>
      <div class="container">
        <p class="eyebrow">
          <a href={localHref(ctx, `/manage/courses/${session.courseId}`)}>
            {t('selectionDesk.provider.backToCourse')}
          </a>
        </p>
        <h1>
          {t('selectionDesk.provider.heading')} <CourseTitle ctx={ctx} session={session} />
        </h1>
        <p>{sessionDates(ctx, session)}</p>
        <p class="lead">
          {session.capacity === null
            ? t('selectionDesk.provider.placesUnlimited', { taken: desk.placesTaken })
            : t('selectionDesk.provider.places', { taken: desk.placesTaken, capacity: session.capacity })}
        </p>
        <ul class="link-list">
          <li>
            <a href={localHref(ctx, `${sessionPath}/attendance`)}>{t('selectionDesk.provider.attendance')}</a>
          </li>
          <li>
            <a href={localHref(ctx, `${sessionPath}/enrolment`)}>{t('selectionDesk.provider.enrolment')}</a>
          </li>
          <li>
            <a href={`/api/v1/sessions/${session.id}/attendance.pdf?lang=${ctx.locale}`}>
              {t('selectionDesk.provider.attendanceSheet')}
            </a>
          </li>
        </ul>
        <DoneNotice ctx={ctx} notice={props.notice} />
        <ProblemSummary ctx={ctx} problem={props.problem} fieldErrors={props.fieldErrors} />
        <Group {...props} name="awaiting" applications={desk.awaiting}>
          <p>
            {desk.mode === 'national'
              ? t('selectionDesk.provider.awaitingNational')
              : t('selectionDesk.provider.awaitingProvider')}
          </p>
        </Group>
        <Group {...props} name="places" applications={desk.places} />
        <Group {...props} name="waiting" applications={desk.waiting} />
        <Group {...props} name="closed" applications={desk.closed} />
      </div>
    </Layout>
  );
}

type GroupName = 'awaiting' | 'places' | 'waiting' | 'closed';

function Group(
  props: ProviderDeskPageProps & {
    name: GroupName;
    applications: readonly StaffApplicationView[];
    children?: ComponentChildren;
  },
) {
  const { ctx, name, applications } = props;
  const { t } = ctx;
  const headingId = `group-${name}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(`selectionDesk.provider.group.${name}`)} ({ctx.formatNumber(applications.length)})
      </h2>
      {props.children}
      {applications.length === 0 ? (
        <p class="muted">{t('selectionDesk.provider.groupEmpty')}</p>
      ) : name === 'waiting' ? (
        <ol>
          {applications.map((application) => (
            <li key={application.id}>
              <ApplicationEntry {...props} application={application} />
            </li>
          ))}
        </ol>
      ) : (
        applications.map((application) => (
          <ApplicationEntry key={application.id} {...props} application={application} />
        ))
      )}
    </section>
  );
}

/** The provider's moves from each status (the state machine decides; the buttons only offer them). */
function buttonsFor(ctx: PageContext, application: StaffApplicationView, group: GroupName): DecisionButton[] {
  const { t } = ctx;
  const accept = { action: 'accept', label: t('selectionDesk.decision.accept') };
  const waitlist = { action: 'waitlist', label: t('selectionDesk.decision.waitlist') };
  const reject = { action: 'reject', label: t('selectionDesk.decision.reject') };
  if (group === 'awaiting') return [accept, waitlist, reject];
  if (group === 'waiting') return [accept, reject];
  if (application.status === 'accepted') return [reject];
  return [];
}

function ApplicationEntry(
  props: ProviderDeskPageProps & { name: GroupName; application: StaffApplicationView },
) {
  const { ctx, application, desk } = props;
  const { t } = ctx;
  const headingId = `application-${application.id}`;
  const facts = [
    application.country ? ctx.countryName(application.country) : null,
    t(`applications.status.${application.status}`),
    desk.mode === 'national' && application.rank !== null
      ? t('selectionDesk.provider.rank', { rank: application.rank })
      : null,
    application.status === 'waitlisted' && application.waitlistPosition !== null
      ? t('selectionDesk.provider.position', { position: application.waitlistPosition })
      : null,
  ].filter(Boolean);
  return (
    <article class="card" aria-labelledby={headingId}>
      <h3 class="card__title" id={headingId}>
        {application.applicant.name}
      </h3>
      <p>{facts.join(' · ')}</p>
      {application.status === 'accepted' && application.offerExpiresAt ? (
        <p>
          {t('selectionDesk.provider.offerExpires', {
            when: instantOf(ctx, application.offerExpiresAt, desk.session.timeZone),
          })}
        </p>
      ) : null}
      <ApplicantDetails ctx={ctx} application={application} />
      <DecisionForm
        ctx={ctx}
        base={localHref(ctx, `/manage/sessions/${desk.session.id}/applications/${application.id}`)}
        applicationId={application.id}
        applicantName={application.applicant.name}
        buttons={buttonsFor(ctx, application, props.name)}
        reason={props.typedReason?.applicationId === application.id ? props.typedReason.reason : undefined}
        reasonError={props.fieldErrors?.[`reason-${application.id}`]}
      />
    </article>
  );
}

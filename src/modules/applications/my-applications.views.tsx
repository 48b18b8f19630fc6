import { CsrfField, ErrorSummary, InputField } from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { ApplicationSessionFacts } from './application-pages.repo.js';
import type { MyApplicationView } from './applications.schema.js';
import { canMove } from './applications.states.js';
import { sessionTime } from './session-facts.views.js';
import { isPlatformReason } from './application-reasons.js';

/** A person's application with what the page needs besides: the course's address and the session's clock. */
export interface MyApplicationItem {
  readonly application: MyApplicationView;
  readonly facts: ApplicationSessionFacts | undefined;
}

/** A refused confirm or withdraw: which application, and the message (translation key). */
export interface ApplicationActionError {
  readonly applicationId: string;
  readonly message: string;
}

export interface MyApplicationsPageProps {
  readonly ctx: PageContext;
  readonly items: readonly MyApplicationItem[];
  readonly notice?: string | undefined;
  readonly actionError?: ApplicationActionError | undefined;
}

const idOf = (applicationId: string) => `application-${applicationId}`;

/** `/{lang}/account/applications`: each application, its status, who decided what and when, and what to do. */
export function MyApplicationsPage({ ctx, items, notice, actionError }: MyApplicationsPageProps) {
  const { t } = ctx;
  const errors = actionError ? { [`${actionError.applicationId}-action`]: actionError.message } : {};
  return (
    <Layout ctx={ctx} title={t('applicationPages.mine.title')}>
      <div class="container prose">
        <p class="eyebrow">
          <a href={localHref(ctx, '/account')}>{t('applicationPages.mine.account')}</a>
        </p>
        <h1>{t('applicationPages.mine.title')}</h1>
        <p class="lead">{t('applicationPages.mine.lead')}</p>
        {notice ? (
          <p class="notice notice--success" role="status">
            {t(notice)}
          </p>
        ) : null}
        <ErrorSummary ctx={ctx} errors={errors} idPrefix="application" />
        {items.length === 0 ? (
          <p>
            {t('applicationPages.mine.none')}{' '}
            <a href={localHref(ctx, '/courses')}>{t('applicationPages.mine.findCourse')}</a>
          </p>
        ) : (
          items.map((item) => (
            <ApplicationSection
              key={item.application.id}
              ctx={ctx}
              item={item}
              error={actionError?.applicationId === item.application.id ? actionError.message : undefined}
            />
          ))
        )}
      </div>
    </Layout>
  );
}

function ApplicationSection({
  ctx,
  item,
  error,
}: {
  ctx: PageContext;
  item: MyApplicationItem;
  error: string | undefined;
}) {
  const { t } = ctx;
  const { application, facts } = item;
  const timeZone = facts?.timeZone ?? 'UTC';
  const id = idOf(application.id);
  const title = facts?.isCoursePublished ? (
    <a href={localHref(ctx, `/courses/${encodeURIComponent(facts.courseSlug)}`)}>{application.courseTitle}</a>
  ) : (
    application.courseTitle
  );
  return (
    <section id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <dl class="definition-list">
        <dt>{t('applicationPages.mine.sessionStarts')}</dt>
        <dd>
          <time datetime={application.startsAt}>{sessionTime(ctx, application.startsAt, timeZone)}</time>
        </dd>
        <dt>{t('applicationPages.mine.status')}</dt>
        <dd>
          <strong>{t(`applications.status.${application.status}`)}</strong>
        </dd>
      </dl>
      {application.status === 'accepted' && application.offerExpiresAt ? (
        <p class="notice">
          {t('applicationPages.mine.offerExpires', {
            date: sessionTime(ctx, application.offerExpiresAt, timeZone),
          })}
        </p>
      ) : null}
      {error ? (
        <p class="field__error" id={`${id}-action`} tabIndex={-1}>
          <span class="visually-hidden">{t('form.errorPrefix')} </span>
          {t(error)}
        </p>
      ) : null}
      <History ctx={ctx} application={application} timeZone={timeZone} />
      <Actions ctx={ctx} application={application} />
    </section>
  );
}

function History({
  ctx,
  application,
  timeZone,
}: {
  ctx: PageContext;
  application: MyApplicationView;
  timeZone: string;
}) {
  const { t } = ctx;
  const status = (value: string) => t(`applications.status.${value}`);
  const reasonOf = (event: MyApplicationView['history'][number]) => {
    if (!event.reason) return '—';
    if (isPlatformReason(event.reason)) {
      return t(`applicationPages.reason.${event.reason}`);
    }
    return event.reason;
  };
  return (
    <div class="table-wrapper">
      <table class="table">
        <caption>{t('applicationPages.history.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('applicationPages.history.when')}</th>
            <th scope="col">{t('applicationPages.history.change')}</th>
            <th scope="col">{t('applicationPages.history.decidedBy')}</th>
            <th scope="col">{t('applicationPages.history.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {application.history.map((event, index) => (
            <tr key={index}>
              <th scope="row">
                <time datetime={event.at}>{sessionTime(ctx, event.at, timeZone)}</time>
              </th>
              <td>
                {event.from
                  ? t('applicationPages.history.fromTo', { from: status(event.from), to: status(event.to) })
                  : status(event.to)}
              </td>
              <td>{t(`applications.role.${event.decidedBy}`)}</td>
              <td>{reasonOf(event)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Confirming an offered place, and withdrawing — final, so it is asked for twice without JavaScript. */
function Actions({ ctx, application }: { ctx: PageContext; application: MyApplicationView }) {
  const { t } = ctx;
  // Who may make these moves does not depend on how the session selects: any mode answers the same.
  const canConfirm = canMove(application.status, 'confirmed', 'applicant', 'open');
  const canWithdraw = canMove(application.status, 'withdrawn', 'applicant', 'open');
  if (!canConfirm && !canWithdraw) return null;
  const action = (name: string) => localHref(ctx, `/account/applications/${application.id}/${name}`);
  return (
    <div class="actions">
      {canConfirm ? (
        <form method="post" action={action('confirm')}>
          <CsrfField ctx={ctx} />
          <button type="submit" class="button">
            {t('applicationPages.action.confirm')}
          </button>
        </form>
      ) : null}
      {canWithdraw ? (
        <details>
          <summary>{t('applicationPages.action.withdrawOpen')}</summary>
          <form method="post" action={action('withdraw')} class="form">
            <CsrfField ctx={ctx} />
            <p>{t('applicationPages.action.withdrawWarning')}</p>
            <InputField
              ctx={ctx}
              idPrefix={`withdraw-${application.id}`}
              name="reason"
              required={false}
              maxLength={1000}
              label={t('applicationPages.field.withdrawReason')}
            />
            <button type="submit" class="button button--secondary">
              {t('applicationPages.action.withdraw')}
            </button>
          </form>
        </details>
      ) : null}
    </div>
  );
}

import { CsrfField, describedBy, FieldError } from '../../platform/layout/form-fields.js';
import type { PageContext } from '../../platform/layout/page-context.js';
import type { StaffApplicationView } from './applications.schema.js';
import { maxReasonLength, type DeskProblem } from './selection-desk.http.js';
import type { DeskSession } from './selection-desk.repo.js';

/** Pieces both desks are made of: dates, notices and problems, an applicant's details, decision forms. */

/** "10 Mar 2027 – 11 Mar 2027" on the clock of the session's own time zone. */
export function sessionDates(
  ctx: PageContext,
  session: Pick<DeskSession, 'startsAt' | 'endsAt' | 'timeZone'>,
) {
  const day = (instant: string) =>
    ctx.formatDate(instant, { dateStyle: 'medium', timeZone: session.timeZone });
  const [start, end] = [day(session.startsAt), day(session.endsAt)];
  return start === end ? start : `${start} – ${end}`;
}

/** A deadline or an offer's expiry, to the minute, with its time zone named. */
export const instantOf = (ctx: PageContext, instant: string, timeZone: string) =>
  ctx.formatDate(instant, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  });

/** The course title, marked with its language when it is not the page's. */
export function CourseTitle({ ctx, session }: { ctx: PageContext; session: DeskSession }) {
  return session.titleLanguage === ctx.locale ? (
    <>{session.courseTitle}</>
  ) : (
    <span lang={session.titleLanguage}>{session.courseTitle}</span>
  );
}

export function DoneNotice({ ctx, notice }: { ctx: PageContext; notice: string | undefined }) {
  if (!notice) return null;
  return (
    <div class="notice notice--success" role="status">
      <p>{ctx.t(notice)}</p>
    </div>
  );
}

/** The refusal of the last change, focused on load (web/js/app.js), with links to the fields at fault. */
export function ProblemSummary(props: {
  ctx: PageContext;
  problem: DeskProblem | undefined;
  fieldErrors?: Readonly<Record<string, string>>;
}) {
  const { ctx, problem } = props;
  const fields = Object.entries(props.fieldErrors ?? {});
  if (!problem && fields.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} id="error-summary">
      <h2>{ctx.t('selectionDesk.problem.title')}</h2>
      {problem ? <p>{ctx.t(problem.key, problem.values)}</p> : null}
      {fields.length > 0 ? (
        <ul>
          {fields.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{ctx.t(key)}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Who applied, as a contact point or the provider needs it: work details, motivation, date. */
export function ApplicantDetails({
  ctx,
  application,
}: {
  ctx: PageContext;
  application: StaffApplicationView;
}) {
  const { t } = ctx;
  const none = t('selectionDesk.applicant.none');
  return (
    <>
      <dl class="definition-list">
        <dt>{t('selectionDesk.applicant.organisation')}</dt>
        <dd>{application.organisation ?? none}</dd>
        <dt>{t('selectionDesk.applicant.profession')}</dt>
        <dd>{application.profession ? t(`profession.${application.profession}`) : none}</dd>
        <dt>{t('selectionDesk.applicant.position')}</dt>
        <dd>{application.position ?? none}</dd>
        <dt>{t('selectionDesk.applicant.appliedOn')}</dt>
        <dd>
          <time datetime={application.createdAt}>
            {ctx.formatDate(application.createdAt, { dateStyle: 'medium' })}
          </time>
        </dd>
      </dl>
      <details>
        <summary>{t('selectionDesk.applicant.motivation')}</summary>
        {application.motivation.split(/\n\s*\n?/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </details>
    </>
  );
}

export interface DecisionButton {
  /** The last path segment of the form's address: `nominate`, `accept`, … */
  readonly action: string;
  readonly label: string;
}

/**
 * One form per application with an optional reason and a button per move; each button posts to its own
 * address (`formaction`), so the form works without JavaScript.
 */
export function DecisionForm(props: {
  ctx: PageContext;
  /** The application's address; each button posts to `${base}/${action}`. */
  base: string;
  applicationId: string;
  applicantName: string;
  buttons: readonly DecisionButton[];
  reason?: string | undefined;
  reasonError?: string | undefined;
}) {
  const { ctx, buttons } = props;
  const { t } = ctx;
  const id = `reason-${props.applicationId}`;
  if (buttons.length === 0) return null;
  return (
    <form method="post" action={`${props.base}/${buttons[0]!.action}`} class="desk-decision">
      <CsrfField ctx={ctx} />
      <div class={props.reasonError ? 'field field--error' : 'field'}>
        <label for={id}>{t('selectionDesk.decision.reason', { name: props.applicantName })}</label>
        <p class="hint" id={`${id}-hint`}>
          {t('selectionDesk.decision.reasonHint')}
        </p>
        <FieldError ctx={ctx} id={id} error={props.reasonError} />
        <input
          id={id}
          name="reason"
          type="text"
          maxLength={maxReasonLength}
          value={props.reason ?? ''}
          aria-describedby={describedBy(id, 'hint', props.reasonError)}
          aria-invalid={props.reasonError ? 'true' : undefined}
        />
      </div>
      <div class="actions">
        {buttons.map((button, index) => (
          <button
            key={button.action}
            type="submit"
            class={index === 0 ? 'button' : 'button button--secondary'}
            formaction={`${props.base}/${button.action}`}
          >
            {button.label}
          </button>
        ))}
      </div>
    </form>
  );
}

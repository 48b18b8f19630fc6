import { CsrfField, FormError } from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { assessmentField, cellValue } from './attendance-register.form.js';
import type { AttendanceRegister, RegisterParticipant } from './attendance-register.schema.js';

/** A session day (`YYYY-MM-DD`) in the page's language; noon UTC keeps the date the same everywhere. */
const dayLabel = (ctx: PageContext, day: string, style: 'short' | 'long') =>
  ctx.formatDate(
    `${day}T12:00:00Z`,
    style === 'short'
      ? { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }
      : { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  );

/** `/{lang}/manage/sessions/{id}/attendance`: the register, a form while open, a record once closed. */
export function AttendanceRegisterPage(props: {
  ctx: PageContext;
  register: AttendanceRegister;
  notice: string | undefined;
  error: string | undefined;
}) {
  const { ctx, register } = props;
  const { t } = ctx;
  const { session } = register;
  const title = t('attendance.register.title');
  return (
    <Layout ctx={ctx} title={`${title}: ${session.courseTitle}`}>
      <div class="container">
        <p class="eyebrow">{session.courseTitle}</p>
        <h1>{title}</h1>
        {props.notice ? (
          <p class="notice notice--success" role="status">
            {t(props.notice)}
          </p>
        ) : null}
        <SessionFacts ctx={ctx} register={register} />
        <FormError ctx={ctx} message={props.error} />
        {register.participants.length === 0 ? (
          <p>{t('attendance.register.empty')}</p>
        ) : session.closedAt ? (
          <ClosedRegister ctx={ctx} register={register} />
        ) : (
          <RegisterForm ctx={ctx} register={register} />
        )}
      </div>
    </Layout>
  );
}

function SessionFacts({ ctx, register }: { ctx: PageContext; register: AttendanceRegister }) {
  const { t } = ctx;
  const { session, completionRule } = register;
  const dates = `${ctx.formatDate(session.startsAt, { dateStyle: 'long', timeZone: session.timeZone })} – ${ctx.formatDate(session.endsAt, { dateStyle: 'long', timeZone: session.timeZone })}`;
  return (
    <>
      <p class="lead">
        {dates}
        {' · '}
        {t('attendance.register.rule', {
          percent: completionRule.minAttendancePercent,
          assessment: completionRule.assessmentRequired ? 'yes' : 'no',
          hours: ctx.formatNumber(completionRule.hours),
        })}
      </p>
      <p>
        <a href={`/api/v1/sessions/${session.id}/attendance.pdf?lang=${ctx.locale}`} download>
          {t('attendance.register.sheet')}
        </a>
      </p>
      {session.closedAt ? (
        <p class="notice" role="note">
          {t('attendance.register.closedOn', {
            date: ctx.formatDate(session.closedAt, {
              dateStyle: 'long',
              timeStyle: 'short',
              timeZone: session.timeZone,
            }),
          })}
        </p>
      ) : null}
      {session.closedAt ? (
        <p>
          <a href={localHref(ctx, `/manage/sessions/${session.id}/credentials`)}>
            {t('attendance.register.credentials')}
          </a>
        </p>
      ) : null}
    </>
  );
}

/** One checkbox per participant and day, in reading order; an "everyone present" button per day. */
function RegisterForm({ ctx, register }: { ctx: PageContext; register: AttendanceRegister }) {
  const { t } = ctx;
  const { session, completionRule } = register;
  const canClose = session.hasStarted;
  return (
    <form method="post" action={localHref(ctx, `/manage/sessions/${session.id}/attendance`)} class="form">
      <CsrfField ctx={ctx} />
      {/* Enter in the form presses its first submit button: let that be "Save", not the first day's
          "everyone present" button in the table's header. Hidden, so it is neither seen nor focused. */}
      <button type="submit" name="action" value="save" hidden />
      <p class="hint" id="register-hint">
        {t('attendance.register.hint')}
      </p>
      {/* A grid of people and days: it scrolls sideways on narrow screens, focusable to scroll by keyboard. */}
      <div class="table-scroll" role="region" tabIndex={0} aria-label={t('attendance.register.caption')}>
        <table class="table table--grid attendance-register" aria-describedby="register-hint">
          <caption class="visually-hidden">{t('attendance.register.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('attendance.register.participant')}</th>
              {session.days.map((day) => (
                <th scope="col" key={day}>
                  <span>{dayLabel(ctx, day, 'short')}</span>
                  <br />
                  <button type="submit" name="everyonePresent" value={day} class="button button--secondary">
                    {t('attendance.register.everyonePresent')}
                    <span class="visually-hidden">
                      {' '}
                      {t('attendance.register.everyonePresentDay', { day: dayLabel(ctx, day, 'long') })}
                    </span>
                  </button>
                </th>
              ))}
              {completionRule.assessmentRequired ? (
                <th scope="col">{t('attendance.register.assessment')}</th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {register.participants.map((participant) => (
              <tr key={participant.applicationId}>
                <ParticipantHeader ctx={ctx} participant={participant} />
                {participant.marks.map(({ day, present }) => (
                  <td key={day}>
                    <input
                      type="checkbox"
                      name="present"
                      value={cellValue(participant.applicationId, day)}
                      checked={present === true}
                      aria-label={t('attendance.register.cell', {
                        name: participant.name,
                        day: dayLabel(ctx, day, 'long'),
                      })}
                    />
                  </td>
                ))}
                {completionRule.assessmentRequired ? (
                  <td>
                    <AssessmentChoice ctx={ctx} participant={participant} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="actions">
        <button type="submit" name="action" value="save" class="button">
          {t('attendance.register.save')}
        </button>
        {canClose ? (
          <button
            type="submit"
            name="action"
            value="close"
            class="button button--secondary"
            aria-describedby="close-hint"
          >
            {t('attendance.register.saveAndClose')}
          </button>
        ) : null}
      </div>
      <p class="hint" id="close-hint">
        {canClose
          ? t('attendance.register.closeHint', { percent: completionRule.minAttendancePercent })
          : t('attendance.register.notStarted')}
      </p>
    </form>
  );
}

function ParticipantHeader({ ctx, participant }: { ctx: PageContext; participant: RegisterParticipant }) {
  const details = [participant.organisation, participant.country && ctx.countryName(participant.country)]
    .filter(Boolean)
    .join(', ');
  return (
    <th scope="row">
      {participant.name}
      {details ? (
        <>
          <br />
          <span class="hint">{details}</span>
        </>
      ) : null}
    </th>
  );
}

function AssessmentChoice({ ctx, participant }: { ctx: PageContext; participant: RegisterParticipant }) {
  const { t } = ctx;
  const current =
    participant.assessmentPassed === null ? '' : participant.assessmentPassed ? 'passed' : 'failed';
  const options = [
    ['', t('attendance.register.assessmentNone')],
    ['passed', t('attendance.register.assessmentPassed')],
    ['failed', t('attendance.register.assessmentFailed')],
  ] as const;
  return (
    <select
      name={assessmentField(participant.applicationId)}
      aria-label={t('attendance.register.assessmentOf', { name: participant.name })}
    >
      {options.map(([value, label]) => (
        <option key={value} value={value} selected={value === current}>
          {label}
        </option>
      ))}
    </select>
  );
}

/** The closed register: what each participant did, their status and the hours they completed. */
function ClosedRegister({ ctx, register }: { ctx: PageContext; register: AttendanceRegister }) {
  const { t } = ctx;
  const { session, completionRule } = register;
  // Once closed, a day nobody marked counts as a day away, as the completion rule counted it.
  const mark = (present: boolean | null) =>
    present === true ? t('attendance.register.present') : t('attendance.register.absent');
  return (
    <div class="table-scroll" role="region" tabIndex={0} aria-label={t('attendance.register.caption')}>
      <table class="table table--grid attendance-register">
        <caption class="visually-hidden">{t('attendance.register.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('attendance.register.participant')}</th>
            {session.days.map((day) => (
              <th scope="col" key={day}>
                {dayLabel(ctx, day, 'short')}
              </th>
            ))}
            {completionRule.assessmentRequired ? (
              <th scope="col">{t('attendance.register.assessment')}</th>
            ) : null}
            <th scope="col">{t('attendance.register.status')}</th>
            <th scope="col">{t('attendance.register.hours')}</th>
          </tr>
        </thead>
        <tbody>
          {register.participants.map((participant) => (
            <tr key={participant.applicationId}>
              <ParticipantHeader ctx={ctx} participant={participant} />
              {participant.marks.map(({ day, present }) => (
                <td key={day}>{mark(present)}</td>
              ))}
              {completionRule.assessmentRequired ? (
                <td>
                  {participant.assessmentPassed === null
                    ? t('attendance.register.assessmentNone')
                    : participant.assessmentPassed
                      ? t('attendance.register.assessmentPassed')
                      : t('attendance.register.assessmentFailed')}
                </td>
              ) : null}
              <td>{t(`applications.status.${participant.status}`)}</td>
              <td>
                {participant.completion
                  ? t('attendance.register.completedHours', {
                      hours: ctx.formatNumber(participant.completion.hours),
                    })
                  : t('attendance.register.notCompleted')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

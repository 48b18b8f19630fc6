import { CsrfField, ErrorSummary, UploadField, type FormErrors } from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { UploadForm } from '../../platform/layout/upload-form.js';
import type { EnrolmentOutcome, PlannedRow } from './enrolment.plan.js';
import type { EnrolmentReport, EnrolmentSessionView } from './enrolment.service.js';

const idPrefix = 'enrolment';
export const enrolmentPath = (sessionId: string) => `/manage/sessions/${sessionId}/enrolment`;

/** The session being enrolled into: course, provider, date and free places. */
function SessionSummary({ ctx, session }: { ctx: PageContext; session: EnrolmentSessionView }) {
  const { t } = ctx;
  return (
    <dl class="definition-list">
      <dt>{t('enrolment.session.course')}</dt>
      <dd>{session.courseTitle}</dd>
      <dt>{t('enrolment.session.provider')}</dt>
      <dd>{session.providerName}</dd>
      <dt>{t('enrolment.session.starts')}</dt>
      <dd>{ctx.formatDate(session.startsAt, { dateStyle: 'long', timeZone: session.timeZone })}</dd>
      <dt>{t('enrolment.session.freePlaces')}</dt>
      <dd>
        {session.freePlaces === null
          ? t('enrolment.session.noLimit')
          : t('enrolment.session.placesOf', { free: session.freePlaces, capacity: session.capacity ?? 0 })}
      </dd>
    </dl>
  );
}

/** The upload form: a CSV with an `email` column and an optional `name` column. */
export function EnrolmentUploadPage(props: {
  ctx: PageContext;
  session: EnrolmentSessionView;
  errors: FormErrors;
}) {
  const { ctx, session, errors } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('enrolment.title')}>
      <div class="container prose">
        <h1>{t('enrolment.title')}</h1>
        <ErrorSummary ctx={ctx} errors={errors} idPrefix={idPrefix} />
        <SessionSummary ctx={ctx} session={session} />
        <p>{t('enrolment.intro')}</p>
        <p>{t('enrolment.columns')}</p>
        <UploadForm
          ctx={ctx}
          action={localHref(ctx, `${enrolmentPath(session.id)}/preview`)}
          submitLabel={t('enrolment.check')}
        >
          <UploadField
            ctx={ctx}
            idPrefix={idPrefix}
            name="file"
            label={t('enrolment.field.file')}
            hint={t('enrolment.hint.file')}
            accept={['.csv', 'text/csv']}
            error={errors.file}
          />
        </UploadForm>
      </div>
    </Layout>
  );
}

const outcomeKeys: Record<EnrolmentOutcome, string> = {
  enrol: 'enrolment.outcome.enrol',
  unchanged: 'enrolment.outcome.unchanged',
  invite: 'enrolment.outcome.invite',
  'already-invited': 'enrolment.outcome.alreadyInvited',
  invalid: 'enrolment.outcome.invalid',
};

function outcomeText(ctx: PageContext, row: PlannedRow): string {
  if (row.outcome !== 'invalid') return ctx.t(outcomeKeys[row.outcome]);
  return ctx.t(row.invalidReason === 'duplicate' ? 'enrolment.invalid.duplicate' : 'enrolment.invalid.email');
}

/**
 * What the upload would do, row by row, and the button that does it. `content` is the file as
 * uploaded (base64): the commit sends it back and is checked again, so nothing is trusted from it.
 */
export function EnrolmentPreviewPage(props: {
  ctx: PageContext;
  session: EnrolmentSessionView;
  report: EnrolmentReport;
  content: string;
}) {
  const { ctx, session, report } = props;
  const { t } = ctx;
  const problem =
    report.counts.invalid > 0
      ? 'enrolment.refused.invalidRows'
      : report.isOverCapacity
        ? 'enrolment.refused.overCapacity'
        : undefined;
  return (
    <Layout ctx={ctx} title={t('enrolment.previewTitle')}>
      <div class="container prose">
        <h1>{t('enrolment.previewTitle')}</h1>
        {problem ? (
          <div class="error-summary" role="alert" tabIndex={-1} id="error-summary">
            <h2>{t('enrolment.refused.title')}</h2>
            <p>
              {t(problem, {
                count: report.counts.invalid,
                enrol: report.counts.enrol,
                free: report.freePlaces ?? 0,
              })}
            </p>
          </div>
        ) : null}
        <SessionSummary ctx={ctx} session={session} />
        <Counts ctx={ctx} report={report} />
        <table class="table">
          <caption>{t('enrolment.rowsCaption', { count: report.rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('enrolment.column.row')}</th>
              <th scope="col">{t('enrolment.column.email')}</th>
              <th scope="col">{t('enrolment.column.name')}</th>
              <th scope="col">{t('enrolment.column.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.row}>
                <td>{row.row}</td>
                <td>{row.email}</td>
                <td>{row.name}</td>
                <td>{outcomeText(ctx, row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {problem ? null : (
          <form
            method="post"
            action={localHref(ctx, enrolmentPath(session.id))}
            enctype="multipart/form-data"
            class="form"
          >
            <CsrfField ctx={ctx} />
            <input type="hidden" name="content" value={props.content} />
            <p class="hint">{t('enrolment.commitHint')}</p>
            <button type="submit" class="button">
              {t('enrolment.commit')}
            </button>
          </form>
        )}
        <p>
          <a href={localHref(ctx, enrolmentPath(session.id))}>{t('enrolment.another')}</a>
        </p>
      </div>
    </Layout>
  );
}

function Counts({ ctx, report }: { ctx: PageContext; report: EnrolmentReport }) {
  const { t } = ctx;
  const { counts } = report;
  const prefix = report.committed ? 'enrolment.done' : 'enrolment.would';
  return (
    <ul>
      <li>{t(`${prefix}.enrol`, { count: counts.enrol })}</li>
      <li>{t(`${prefix}.unchanged`, { count: counts.unchanged })}</li>
      <li>{t(`${prefix}.invite`, { count: counts.invite })}</li>
      <li>{t(`${prefix}.alreadyInvited`, { count: counts['already-invited'] })}</li>
      {report.committed ? null : <li>{t('enrolment.would.invalid', { count: counts.invalid })}</li>}
    </ul>
  );
}

/** After the commit: what was done. */
export function EnrolmentResultPage(props: {
  ctx: PageContext;
  session: EnrolmentSessionView;
  report: EnrolmentReport;
}) {
  const { ctx, session, report } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('enrolment.resultTitle')}>
      <div class="container prose">
        <h1>{t('enrolment.resultTitle')}</h1>
        <div role="status" class="notice notice--success">
          <Counts ctx={ctx} report={report} />
        </div>
        <SessionSummary ctx={ctx} session={session} />
        <p>
          <a href={localHref(ctx, enrolmentPath(session.id))}>{t('enrolment.another')}</a>
        </p>
      </div>
    </Layout>
  );
}

import {
  CsrfField,
  ErrorSummary,
  InputField,
  SelectField,
  TextareaField,
  type FormErrors,
} from '../../platform/layout/form-fields.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { AdminPage } from '../admin/admin.views.js';
import type { RecognitionFormValues } from './recognition.form.js';
import { dayOf, type RecognitionRecord } from './recognition.repo.js';
import type { RecognitionDesk } from './recognition.service.js';
import { recognitionCreditSystems } from './recognition.table.js';

const base = '/manage/recognitions';
const idPrefix = 'recognition';

/** A `YYYY-MM-DD` day in the reader's language; the day itself, whatever the server's time zone. */
const formatDay = (ctx: PageContext, day: string) =>
  ctx.formatDate(`${day}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });

/** "3 ECTS", "1.5 UFC": amounts in the reader's number format. */
export function creditsText(ctx: PageContext, record: Pick<RecognitionRecord, 'amount' | 'creditSystem'>) {
  return ctx.t('recognition.credits', {
    amount: ctx.formatNumber(record.amount, { maximumFractionDigits: 4 }),
    system: ctx.t(`recognition.system.${record.creditSystem}`),
  });
}

/** "From 1 Jan 2027", or "1 Jan 2027 – 31 Dec 2028". */
export function validityText(ctx: PageContext, record: Pick<RecognitionRecord, 'validFrom' | 'validUntil'>) {
  const from = formatDay(ctx, record.validFrom);
  return record.validUntil
    ? ctx.t('recognition.validity.between', { from, until: formatDay(ctx, record.validUntil) })
    : ctx.t('recognition.validity.from', { from });
}

type RecognitionState = 'withdrawn' | 'expired' | 'upcoming' | 'inForce';

function stateOf(record: RecognitionRecord, now: Date): RecognitionState {
  const day = dayOf(now);
  if (record.withdrawnAt) return 'withdrawn';
  if (record.validUntil && record.validUntil < day) return 'expired';
  if (record.validFrom > day) return 'upcoming';
  return 'inForce';
}

/** The "Recognised credits" section of a course page: which academic bodies recognise it, and how. */
export function RecognisedCredits({
  ctx,
  recognitions,
}: {
  ctx: PageContext;
  recognitions: readonly RecognitionRecord[];
}) {
  if (recognitions.length === 0) return null;
  const { t } = ctx;
  return (
    <section aria-labelledby="recognised-credits">
      <h2 id="recognised-credits">{t('recognition.course.title')}</h2>
      <p>{t('recognition.course.lead')}</p>
      <ul class="recognised-credits">
        {recognitions.map((record) => (
          <li key={record.id}>
            <p>
              <strong>{creditsText(ctx, record)}</strong>
              {' — '}
              <a href={localHref(ctx, `/partners/${record.organisationSlug}`)}>{record.organisationName}</a>
            </p>
            <dl class="definition-list">
              <dt>{t('recognition.field.conditions')}</dt>
              <dd>{record.conditions}</dd>
              <dt>{t('recognition.field.validity')}</dt>
              <dd>{validityText(ctx, record)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface RecognitionDeskPageProps {
  readonly ctx: PageContext;
  readonly desk: RecognitionDesk;
  readonly values: RecognitionFormValues;
  readonly errors: FormErrors;
  readonly notice: string | undefined;
  readonly now: Date;
}

/** `/{lang}/manage/recognitions`: an academic body's recognitions, and the form to record one. */
export function RecognitionDeskPage(props: RecognitionDeskPageProps) {
  const { ctx, desk } = props;
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t('recognition.desk.title')}>
      <p class="lead">{t('recognition.desk.lead')}</p>
      {props.notice ? (
        <p class="notice notice--success" role="status">
          {t(props.notice)}
        </p>
      ) : null}
      {desk.bodies.length === 0 ? (
        <p>{t('recognition.desk.noBody')}</p>
      ) : (
        <>
          <RecordForm {...props} />
          <RecognitionTable ctx={ctx} recognitions={desk.recognitions} now={props.now} />
        </>
      )}
    </AdminPage>
  );
}

function RecordForm({ ctx, desk, values, errors }: RecognitionDeskPageProps) {
  const { t } = ctx;
  const field = { ctx, idPrefix };
  const soleBody = desk.bodies.length === 1 ? desk.bodies[0] : undefined;
  return (
    <section aria-labelledby="record-heading">
      <h2 id="record-heading">{t('recognition.form.title')}</h2>
      <ErrorSummary ctx={ctx} errors={errors} idPrefix={idPrefix} />
      <form method="post" action={localHref(ctx, base)} novalidate>
        <CsrfField ctx={ctx} />
        <SelectField
          {...field}
          name="organisationId"
          label={t('recognition.field.organisation')}
          value={values.organisationId || soleBody?.id}
          error={errors.organisationId}
          emptyLabel={soleBody ? undefined : t('recognition.form.choose')}
          options={desk.bodies.map((body) => ({ value: body.id, label: body.name }))}
        />
        <fieldset class="fieldset">
          <legend>{t('recognition.field.course')}</legend>
          <p class="hint">{t('recognition.form.courseHint')}</p>
          <SelectField
            {...field}
            name="courseId"
            required={false}
            label={t('recognition.field.courseChoice')}
            value={values.courseId}
            error={errors.courseId}
            emptyLabel={t('recognition.form.choose')}
            options={desk.courses.map((course) => ({ value: course.id, label: course.title }))}
          />
          <InputField
            {...field}
            name="courseSlug"
            required={false}
            label={t('recognition.field.courseSlug')}
            hint={t('recognition.form.courseSlugHint')}
            value={values.courseSlug}
            error={errors.courseSlug}
            maxLength={200}
            spellcheck={false}
            autocapitalize="none"
          />
        </fieldset>
        <SelectField
          {...field}
          name="creditSystem"
          label={t('recognition.field.creditSystem')}
          value={values.creditSystem}
          error={errors.creditSystem}
          emptyLabel={t('recognition.form.choose')}
          options={recognitionCreditSystems.map((system) => ({
            value: system,
            label: t(`recognition.system.${system}`),
          }))}
        />
        <InputField
          {...field}
          name="amount"
          label={t('recognition.field.amount')}
          hint={t('recognition.form.amountHint')}
          value={values.amount}
          error={errors.amount}
          inputMode="text"
          maxLength={12}
        />
        <TextareaField
          {...field}
          name="conditions"
          label={t('recognition.field.conditions')}
          hint={t('recognition.form.conditionsHint')}
          value={values.conditions}
          error={errors.conditions}
          rows={3}
          maxLength={1000}
        />
        <InputField
          {...field}
          type="date"
          name="validFrom"
          label={t('recognition.field.validFrom')}
          value={values.validFrom}
          error={errors.validFrom}
        />
        <InputField
          {...field}
          type="date"
          name="validUntil"
          required={false}
          label={t('recognition.field.validUntil')}
          hint={t('recognition.form.validUntilHint')}
          value={values.validUntil}
          error={errors.validUntil}
        />
        <button type="submit" class="button">
          {t('recognition.form.submit')}
        </button>
      </form>
    </section>
  );
}

function RecognitionTable(props: {
  ctx: PageContext;
  recognitions: readonly RecognitionRecord[];
  now: Date;
}) {
  const { ctx, recognitions } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="recognitions-heading">
      <h2 id="recognitions-heading">{t('recognition.desk.listTitle')}</h2>
      {recognitions.length === 0 ? (
        <p class="muted">{t('recognition.desk.empty')}</p>
      ) : (
        <div class="table-wrapper">
          <table class="table">
            <caption class="visually-hidden">{t('recognition.desk.listTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('recognition.field.course')}</th>
                <th scope="col">{t('recognition.field.organisation')}</th>
                <th scope="col">{t('recognition.field.credits')}</th>
                <th scope="col">{t('recognition.field.conditions')}</th>
                <th scope="col">{t('recognition.field.validity')}</th>
                <th scope="col">{t('recognition.field.state')}</th>
                <th scope="col">{t('recognition.field.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {recognitions.map((record) => {
                const state = stateOf(record, props.now);
                return (
                  <tr key={record.id} id={`recognition-${record.id}`}>
                    <th scope="row">
                      <a
                        href={localHref(ctx, `/courses/${record.courseSlug}`)}
                        lang={record.courseTitleLanguage}
                      >
                        {record.courseTitle}
                      </a>
                    </th>
                    <td>{record.organisationName}</td>
                    <td>{creditsText(ctx, record)}</td>
                    <td>{record.conditions}</td>
                    <td>{validityText(ctx, record)}</td>
                    <td>{t(`recognition.state.${state}`)}</td>
                    <td>
                      {state === 'withdrawn' ? null : (
                        <form method="post" action={localHref(ctx, `${base}/${record.id}/withdraw`)}>
                          <CsrfField ctx={ctx} />
                          <button type="submit" class="button button--secondary">
                            {t('recognition.desk.withdraw')}
                            <span class="visually-hidden">
                              {' '}
                              {t('recognition.desk.withdrawWhat', {
                                credits: creditsText(ctx, record),
                                course: record.courseTitle,
                              })}
                            </span>
                          </button>
                        </form>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

import { countriesByName, countryCodes, euLanguages } from '../../platform/i18n/countries.js';
import {
  CsrfField,
  ErrorSummary,
  InputField,
  SelectField,
  type FormErrors,
} from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { sessionStatuses } from './catalogue.table.js';
import { languageName } from '../../platform/layout/language-names.js';
import { shownTranslation } from './course-page.views.js';
import type { Course } from './course-reads.repo.js';
import { europeanTimeZones, type QuotaRow, type SessionFormValues } from './session-form.js';

const idPrefix = 'session';

export interface SessionFormPageProps {
  readonly ctx: PageContext;
  readonly course: Course;
  /** Undefined while adding a session. */
  readonly sessionId?: string | undefined;
  readonly values: SessionFormValues;
  readonly errors: FormErrors;
  readonly notice?: string | undefined;
}

/** `/{lang}/manage/courses/{id}/sessions/new` and `…/sessions/{sessionId}`: one session of a course. */
export function SessionFormPage(props: SessionFormPageProps) {
  const { ctx, course, sessionId } = props;
  const { t } = ctx;
  const courseTitle = shownTranslation(course, ctx.locale)?.title ?? course.slug;
  const heading = sessionId
    ? t('courseManagement.session.editTitle')
    : t('courseManagement.session.newTitle');
  const coursePath = `/manage/courses/${course.id}`;
  const action = localHref(ctx, sessionId ? `${coursePath}/sessions/${sessionId}` : `${coursePath}/sessions`);
  return (
    <Layout ctx={ctx} title={`${heading} · ${courseTitle}`}>
      <div class="container prose">
        <p class="eyebrow">
          <a href={localHref(ctx, coursePath)}>{courseTitle}</a>
        </p>
        <h1>{heading}</h1>
        {props.notice ? (
          <p class="notice notice--success" role="status">
            {t(props.notice)}
          </p>
        ) : null}
        <ErrorSummary ctx={ctx} errors={props.errors} idPrefix={idPrefix} />
        <form method="post" action={action} class="form" novalidate>
          <CsrfField ctx={ctx} />
          <SessionFields {...props} />
          <button type="submit" class="button">
            {sessionId ? t('courseManagement.session.save') : t('courseManagement.session.add')}
          </button>
        </form>
        {sessionId ? (
          <section aria-labelledby="delete-session-title">
            <h2 id="delete-session-title">{t('courseManagement.session.deleteTitle')}</h2>
            <p>{t('courseManagement.session.deleteWarning')}</p>
            <form method="post" action={`${action}/delete`} class="form">
              <CsrfField ctx={ctx} />
              <button type="submit" class="button button--secondary">
                {t('courseManagement.session.delete')}
              </button>
            </form>
          </section>
        ) : null}
      </div>
    </Layout>
  );
}

function SessionFields({ ctx, values, errors }: SessionFormPageProps) {
  const { t } = ctx;
  const field = { ctx, idPrefix };
  const zones: readonly string[] =
    values.timeZone && !europeanTimeZones.includes(values.timeZone as 'UTC')
      ? [...europeanTimeZones, values.timeZone]
      : europeanTimeZones;
  const countries = countriesByName(ctx.countryName, ctx.locale, countryCodes).map((code) => ({
    value: code,
    label: ctx.countryName(code),
  }));
  return (
    <>
      <SelectField
        {...field}
        name="timeZone"
        label={t('courseManagement.field.timeZone')}
        hint={t('courseManagement.hint.timeZone')}
        value={values.timeZone}
        error={errors.timeZone}
        emptyLabel={t('courseManagement.choose')}
        options={zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))}
      />
      <DateTime ctx={ctx} name="start" values={values} errors={errors} required />
      <DateTime ctx={ctx} name="end" values={values} errors={errors} required />
      <InputField
        {...field}
        name="venue"
        required={false}
        label={t('courseManagement.field.venue')}
        hint={t('courseManagement.hint.venue')}
        value={values.venue}
        error={errors.venue}
        maxLength={300}
      />
      <InputField
        {...field}
        name="city"
        required={false}
        label={t('courseManagement.field.city')}
        value={values.city}
        error={errors.city}
        maxLength={200}
      />
      <SelectField
        {...field}
        name="country"
        required={false}
        label={t('courseManagement.field.country')}
        value={values.country}
        error={errors.country}
        emptyLabel={t('courseManagement.none')}
        options={countries}
      />
      <InputField
        {...field}
        name="onlineUrl"
        type="url"
        required={false}
        label={t('courseManagement.field.onlineUrl')}
        hint={t('courseManagement.hint.onlineUrl')}
        value={values.onlineUrl}
        error={errors.onlineUrl}
        maxLength={2000}
        spellcheck={false}
      />
      <SelectField
        {...field}
        name="language"
        label={t('courseManagement.field.sessionLanguage')}
        value={values.language}
        error={errors.language}
        emptyLabel={t('courseManagement.choose')}
        options={euLanguages
          .map((code) => ({ value: code, label: languageName(ctx, code) }))
          .sort((a, b) => a.label.localeCompare(b.label, ctx.locale))}
      />
      <InputField
        {...field}
        name="capacity"
        required={false}
        inputMode="numeric"
        label={t('courseManagement.field.capacity')}
        hint={t('courseManagement.hint.capacity')}
        value={values.capacity}
        error={errors.capacity}
        maxLength={6}
      />
      <QuotaRows ctx={ctx} rows={values.quotas} errors={errors} countries={countries} />
      <DateTime ctx={ctx} name="application" values={values} errors={errors} required={false} />
      <DateTime ctx={ctx} name="selection" values={values} errors={errors} required={false} />
      <SelectField
        {...field}
        name="status"
        label={t('courseManagement.field.status')}
        value={values.status || 'planned'}
        error={errors.status}
        options={sessionStatuses.map((status) => ({
          value: status,
          label: t(`courseManagement.sessionStatus.${status}`),
        }))}
      />
    </>
  );
}

/** A date and a time on the clock of the session's time zone, under one legend. */
function DateTime(props: {
  ctx: PageContext;
  name: 'start' | 'end' | 'application' | 'selection';
  values: SessionFormValues;
  errors: FormErrors;
  required: boolean;
}) {
  const { ctx, name, values, errors, required } = props;
  const { t } = ctx;
  const dateName = `${name}Date` as const;
  const timeName = `${name}Time` as const;
  const field = { ctx, idPrefix, required };
  return (
    <fieldset class="fieldset">
      <legend>{t(`courseManagement.field.${name}`)}</legend>
      <InputField
        {...field}
        name={dateName}
        type="date"
        label={t('courseManagement.field.date')}
        value={values[dateName]}
        error={errors[dateName]}
      />
      <InputField
        {...field}
        name={timeName}
        label={t('courseManagement.field.time')}
        hint={t('courseManagement.hint.time')}
        value={values[timeName]}
        error={errors[timeName]}
        inputMode="numeric"
        maxLength={5}
        spellcheck={false}
      />
    </fieldset>
  );
}

function QuotaRows(props: {
  ctx: PageContext;
  rows: readonly QuotaRow[];
  errors: FormErrors;
  countries: readonly { value: string; label: string }[];
}) {
  const { ctx, rows, errors } = props;
  const { t } = ctx;
  const count = Math.min(30, Math.max(3, rows.length + 1));
  return (
    <fieldset class="fieldset">
      <legend>{t('courseManagement.field.quotas')}</legend>
      <p class="hint">{t('courseManagement.hint.quotas')}</p>
      {Array.from({ length: count }, (_, index) => {
        const row = rows[index] ?? { country: '', places: '' };
        const name = (leaf: string) => `quotas-${index}-${leaf}`;
        const field = { ctx, idPrefix, required: false };
        return (
          <fieldset key={index} class="fieldset">
            <legend>{t('courseManagement.field.quotaRow', { number: index + 1 })}</legend>
            <SelectField
              {...field}
              name={name('country')}
              label={t('courseManagement.field.country')}
              value={row.country}
              error={errors[name('country')]}
              emptyLabel={t('courseManagement.none')}
              options={props.countries}
            />
            <InputField
              {...field}
              name={name('places')}
              inputMode="numeric"
              label={t('courseManagement.field.places')}
              value={row.places}
              error={errors[name('places')]}
              maxLength={6}
            />
          </fieldset>
        );
      })}
    </fieldset>
  );
}

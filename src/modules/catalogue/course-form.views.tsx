import { euLanguages } from '../../platform/i18n/countries.js';
import { labelOrCode } from '../../platform/i18n/index.js';
import {
  CheckboxField,
  CheckboxGroup,
  CsrfField,
  ErrorSummary,
  InputField,
  SelectField,
  TextareaField,
  type FormErrors,
} from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { professions } from '../accounts/index.js';
import { courseFormats, courseLevels, creditSystems } from './catalogue.table.js';
import { languageName } from '../../platform/layout/language-names.js';
import type { CourseFormValues, CreditRow, TranslationFormValues } from './course-form.js';

export const courseIdPrefix = 'course';

/** What the course form offers to choose from. */
export interface CourseFormChoices {
  readonly providers: readonly { readonly id: string; readonly name: string }[];
  readonly topics: readonly string[];
}

const languageOptions = (ctx: PageContext) =>
  euLanguages
    .map((code) => ({ value: code, label: languageName(ctx, code) }))
    .sort((a, b) => a.label.localeCompare(b.label, ctx.locale));

/** `/{lang}/manage/courses/new`: a new course, saved as a draft. */
export function NewCoursePage(props: {
  ctx: PageContext;
  values: CourseFormValues;
  errors: FormErrors;
  choices: CourseFormChoices;
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('courseManagement.new.title')}>
      <div class="container prose">
        <p class="eyebrow">
          <a href={localHref(ctx, '/manage/courses')}>{t('courseManagement.list.title')}</a>
        </p>
        <h1>{t('courseManagement.new.title')}</h1>
        <p class="lead">{t('courseManagement.new.lead')}</p>
        <ErrorSummary ctx={ctx} errors={props.errors} idPrefix={courseIdPrefix} />
        <form method="post" action={localHref(ctx, '/manage/courses')} class="form" novalidate>
          <CsrfField ctx={ctx} />
          <CourseFields {...props} isNew />
          <button type="submit" class="button">
            {t('courseManagement.new.submit')}
          </button>
        </form>
      </div>
    </Layout>
  );
}

/** Every field of a course; the provider is chosen once, when the course is made. */
export function CourseFields(props: {
  ctx: PageContext;
  values: CourseFormValues;
  errors: FormErrors;
  choices: CourseFormChoices;
  isNew: boolean;
}) {
  const { ctx, values, errors, choices } = props;
  const { t } = ctx;
  const field = { ctx, idPrefix: courseIdPrefix };
  return (
    <>
      {props.isNew ? (
        <SelectField
          {...field}
          name="providerId"
          label={t('courseManagement.field.providerId')}
          value={values.providerId}
          error={errors.providerId}
          emptyLabel={choices.providers.length === 1 ? undefined : t('courseManagement.choose')}
          options={choices.providers.map((provider) => ({ value: provider.id, label: provider.name }))}
        />
      ) : null}
      <SelectField
        {...field}
        name="sourceLanguage"
        label={t('courseManagement.field.sourceLanguage')}
        hint={t('courseManagement.hint.sourceLanguage')}
        value={values.sourceLanguage}
        error={errors.sourceLanguage}
        emptyLabel={t('courseManagement.choose')}
        options={languageOptions(ctx)}
      />
      <fieldset class="fieldset">
        <legend>{t('courseManagement.section.texts')}</legend>
        <TextFields ctx={ctx} values={values} errors={errors} lang={values.sourceLanguage || undefined} />
      </fieldset>
      <InputField
        {...field}
        name="slug"
        required={false}
        label={t('courseManagement.field.slug')}
        hint={t('courseManagement.hint.slug')}
        value={values.slug}
        error={errors.slug}
        maxLength={120}
        spellcheck={false}
        autocapitalize="none"
      />
      <CourseFacts {...props} />
      <CreditRows ctx={ctx} rows={values.credits} errors={errors} />
      <InputField
        {...field}
        name="externalId"
        required={false}
        label={t('courseManagement.field.externalId')}
        hint={t('courseManagement.hint.externalId')}
        value={values.externalId}
        error={errors.externalId}
        maxLength={200}
        spellcheck={false}
      />
    </>
  );
}

/** Title, summary and the Markdown texts, in one language. */
export function TextFields(props: {
  ctx: PageContext;
  values: TranslationFormValues;
  errors: FormErrors;
  lang: string | undefined;
}) {
  const { ctx, values, errors, lang } = props;
  const { t } = ctx;
  const field = { ctx, idPrefix: courseIdPrefix, lang };
  return (
    <>
      <InputField
        {...field}
        name="title"
        label={t('courseManagement.field.title')}
        value={values.title}
        error={errors.title}
        maxLength={300}
      />
      <TextareaField
        {...field}
        name="summary"
        required={false}
        rows={3}
        label={t('courseManagement.field.summary')}
        value={values.summary}
        error={errors.summary}
        maxLength={2000}
      />
      <TextareaField
        {...field}
        name="description"
        required={false}
        rows={10}
        label={t('courseManagement.field.description')}
        hint={t('courseManagement.hint.markdown')}
        value={values.description}
        error={errors.description}
      />
      <TextareaField
        {...field}
        name="learningOutcomes"
        required={false}
        rows={5}
        label={t('courseManagement.field.learningOutcomes')}
        hint={t('courseManagement.hint.markdown')}
        value={values.learningOutcomes}
        error={errors.learningOutcomes}
      />
      <TextareaField
        {...field}
        name="prerequisites"
        required={false}
        rows={4}
        label={t('courseManagement.field.prerequisites')}
        hint={t('courseManagement.hint.markdown')}
        value={values.prerequisites}
        error={errors.prerequisites}
      />
    </>
  );
}

function CourseFacts({ ctx, values, errors, choices }: Parameters<typeof CourseFields>[0]) {
  const { t } = ctx;
  const field = { ctx, idPrefix: courseIdPrefix };
  return (
    <>
      <CheckboxGroup
        idPrefix={courseIdPrefix}
        ctx={ctx}
        name="topics"
        legend={t('courseManagement.field.topics')}
        error={errors.topics}
        checked={values.topics}
        options={choices.topics.map((code) => ({
          value: code,
          label: labelOrCode(ctx, `topic.${code}.name`, code),
        }))}
      />
      <CheckboxGroup
        idPrefix={courseIdPrefix}
        ctx={ctx}
        name="professions"
        legend={t('courseManagement.field.professions')}
        error={errors.professions}
        checked={values.professions}
        options={professions.map((code) => ({
          value: code,
          label: labelOrCode(ctx, `profession.${code}`, code),
        }))}
      />
      <TextareaField
        {...field}
        name="instruments"
        required={false}
        rows={3}
        label={t('courseManagement.field.instruments')}
        hint={t('courseManagement.hint.instruments')}
        value={values.instruments}
        error={errors.instruments}
      />
      <CheckboxGroup
        idPrefix={courseIdPrefix}
        ctx={ctx}
        name="languages"
        legend={t('courseManagement.field.languages')}
        error={errors.languages}
        checked={values.languages}
        options={languageOptions(ctx)}
      />
      <SelectField
        {...field}
        name="format"
        label={t('courseManagement.field.format')}
        value={values.format}
        error={errors.format}
        emptyLabel={t('courseManagement.choose')}
        options={courseFormats.map((code) => ({ value: code, label: t(`catalogue.format.${code}`) }))}
      />
      <SelectField
        {...field}
        name="level"
        label={t('courseManagement.field.level')}
        value={values.level}
        error={errors.level}
        emptyLabel={t('courseManagement.choose')}
        options={courseLevels.map((code) => ({ value: code, label: t(`catalogue.level.${code}`) }))}
      />
      <InputField
        {...field}
        name="hours"
        label={t('courseManagement.field.hours')}
        value={values.hours}
        error={errors.hours}
        inputMode="text"
        maxLength={10}
      />
      <fieldset class="fieldset">
        <legend>{t('courseManagement.section.completion')}</legend>
        <InputField
          {...field}
          name="completionMinAttendancePercent"
          label={t('courseManagement.field.completionMinAttendancePercent')}
          hint={t('courseManagement.hint.completionMinAttendancePercent')}
          value={values.completionMinAttendancePercent}
          error={errors.completionMinAttendancePercent}
          inputMode="numeric"
          maxLength={3}
        />
        <CheckboxField
          {...field}
          name="assessmentRequired"
          label={t('courseManagement.field.assessmentRequired')}
          hint={t('courseManagement.hint.assessmentRequired')}
          checked={values.assessmentRequired}
          error={errors.assessmentRequired}
        />
      </fieldset>
      <fieldset class="fieldset">
        <legend>{t('courseManagement.field.fee')}</legend>
        <InputField
          {...field}
          name="feeAmount"
          required={false}
          label={t('courseManagement.field.feeAmount')}
          hint={t('courseManagement.hint.feeAmount')}
          value={values.feeAmount}
          error={errors.feeAmount}
          maxLength={12}
        />
        <InputField
          {...field}
          name="feeCurrency"
          required={false}
          label={t('courseManagement.field.feeCurrency')}
          hint={t('courseManagement.hint.feeCurrency')}
          value={values.feeCurrency}
          error={errors.feeCurrency}
          maxLength={3}
          spellcheck={false}
        />
      </fieldset>
    </>
  );
}

/** Rows of credits (system, amount, awarding body); blank rows are ignored, one more is always offered. */
function CreditRows({
  ctx,
  rows,
  errors,
}: {
  ctx: PageContext;
  rows: readonly CreditRow[];
  errors: FormErrors;
}) {
  const { t } = ctx;
  const count = Math.min(10, Math.max(2, rows.length + 1));
  const blank = { system: 'ECTS', amount: '', awardingBody: '' };
  return (
    <fieldset class="fieldset">
      <legend>{t('courseManagement.field.credits')}</legend>
      <p class="hint">{t('courseManagement.hint.credits')}</p>
      {Array.from({ length: count }, (_, index) => {
        const row = rows[index] ?? blank;
        const name = (leaf: string) => `credits-${index}-${leaf}`;
        const field = { ctx, idPrefix: courseIdPrefix, required: false };
        return (
          <fieldset key={index} class="fieldset">
            <legend>{t('courseManagement.field.creditRow', { number: index + 1 })}</legend>
            <SelectField
              {...field}
              name={name('system')}
              label={t('courseManagement.field.creditSystem')}
              value={row.system}
              error={errors[name('system')]}
              options={creditSystems.map((system) => ({ value: system, label: system }))}
            />
            <InputField
              {...field}
              name={name('amount')}
              label={t('courseManagement.field.creditAmount')}
              value={row.amount}
              error={errors[name('amount')]}
              maxLength={10}
            />
            <InputField
              {...field}
              name={name('awardingBody')}
              label={t('courseManagement.field.creditAwardingBody')}
              value={row.awardingBody}
              error={errors[name('awardingBody')]}
              maxLength={300}
            />
          </fieldset>
        );
      })}
    </fieldset>
  );
}

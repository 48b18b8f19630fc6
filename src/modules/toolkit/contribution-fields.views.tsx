import { euLanguages, memberStates } from '../../platform/i18n/countries.js';
import { labelOrCode } from '../../platform/i18n/index.js';
import {
  CheckboxGroup,
  InputField,
  SelectField,
  TextareaField,
  type FormErrors,
} from '../../platform/layout/form-fields.js';
import { languageName } from '../../platform/layout/language-names.js';
import type { PageContext } from '../../platform/layout/page-context.js';
import { professions } from '../accounts/index.js';
import { maxTranslationRows, type ContributionFormValues } from './contribution.form.js';
import type { ContributionChoices } from './contribution.service.js';
import { resourceTypes } from './toolkit.table.js';

/** The ids of the contribution form's fields: `resource-<name>`. */
export const contributionIdPrefix = 'resource';

const languageOptions = (ctx: PageContext) =>
  euLanguages
    .map((code) => ({ value: code, label: languageName(ctx, code) }))
    .sort((a, b) => a.label.localeCompare(b.label, ctx.locale));

interface FieldsProps {
  readonly ctx: PageContext;
  readonly values: ContributionFormValues;
  readonly errors: FormErrors;
  readonly choices: ContributionChoices;
  /** The organisation is chosen once, when the resource is contributed. */
  readonly isNew: boolean;
}

/** Every field of a contribution (DOMAIN.md "Toolkit resources"), with texts per language. */
export function ContributionFields(props: FieldsProps) {
  const { ctx, values, errors, choices } = props;
  const { t } = ctx;
  const field = { ctx, idPrefix: contributionIdPrefix };
  const soleOrganisation = choices.organisations.length === 1 ? choices.organisations[0] : undefined;
  return (
    <>
      {props.isNew ? (
        <SelectField
          {...field}
          name="organisationId"
          label={t('toolkitReview.field.organisation')}
          value={values.organisationId || soleOrganisation?.id}
          error={errors.organisationId}
          emptyLabel={soleOrganisation ? undefined : t('toolkitReview.form.choose')}
          options={choices.organisations.map((organisation) => ({
            value: organisation.id,
            label: organisation.name,
          }))}
        />
      ) : null}
      <SelectField
        {...field}
        name="type"
        label={t('toolkitReview.field.type')}
        value={values.type}
        error={errors.type}
        emptyLabel={t('toolkitReview.form.choose')}
        options={resourceTypes.map((type) => ({
          value: type,
          label: labelOrCode(ctx, `toolkitReview.type.${type}`, type),
        }))}
      />
      <SelectField
        {...field}
        name="sourceLanguage"
        label={t('toolkitReview.field.sourceLanguage')}
        hint={t('toolkitReview.hint.sourceLanguage')}
        value={values.sourceLanguage}
        error={errors.sourceLanguage}
        emptyLabel={t('toolkitReview.form.choose')}
        options={languageOptions(ctx)}
      />
      <fieldset class="fieldset">
        <legend>{t('toolkitReview.section.texts')}</legend>
        <InputField
          {...field}
          name="title"
          label={t('toolkitReview.field.title')}
          value={values.title}
          error={errors.title}
          maxLength={500}
          lang={values.sourceLanguage || undefined}
        />
        <TextareaField
          {...field}
          name="summary"
          required={false}
          rows={6}
          label={t('toolkitReview.field.summary')}
          value={values.summary}
          error={errors.summary}
          maxLength={20_000}
          lang={values.sourceLanguage || undefined}
        />
      </fieldset>
      <TranslationRows ctx={ctx} values={values} errors={errors} />
      <CheckboxGroup
        idPrefix={contributionIdPrefix}
        ctx={ctx}
        name="topics"
        legend={t('toolkitReview.field.topics')}
        error={errors.topics}
        checked={values.topics}
        options={choices.topics.map((code) => ({
          value: code,
          label: labelOrCode(ctx, `topic.${code}.name`, code),
        }))}
      />
      <CheckboxGroup
        idPrefix={contributionIdPrefix}
        ctx={ctx}
        name="professions"
        legend={t('toolkitReview.field.professions')}
        error={errors.professions}
        checked={values.professions}
        options={professions.map((code) => ({
          value: code,
          label: labelOrCode(ctx, `profession.${code}`, code),
        }))}
      />
      <CheckboxGroup
        idPrefix={contributionIdPrefix}
        ctx={ctx}
        name="languages"
        legend={t('toolkitReview.field.languages')}
        error={errors.languages}
        checked={values.languages}
        options={languageOptions(ctx)}
      />
      <CheckboxGroup
        idPrefix={contributionIdPrefix}
        ctx={ctx}
        name="countries"
        legend={t('toolkitReview.field.countries')}
        error={errors.countries}
        checked={values.countries}
        options={memberStates
          .map((code) => ({ value: code, label: ctx.countryName(code) }))
          .sort((a, b) => a.label.localeCompare(b.label, ctx.locale))}
      />
      <TextareaField
        {...field}
        name="instruments"
        required={false}
        rows={2}
        label={t('toolkitReview.field.instruments')}
        hint={t('toolkitReview.hint.instruments')}
        value={values.instruments}
        error={errors.instruments}
      />
      <InputField
        {...field}
        type="url"
        name="originalUrl"
        required={false}
        label={t('toolkitReview.field.originalUrl')}
        value={values.originalUrl}
        error={errors.originalUrl}
        maxLength={2000}
        spellcheck={false}
        autocapitalize="none"
      />
      <InputField
        {...field}
        name="doi"
        required={false}
        label={t('toolkitReview.field.doi')}
        hint={t('toolkitReview.hint.doi')}
        value={values.doi}
        error={errors.doi}
        maxLength={300}
        spellcheck={false}
        autocapitalize="none"
      />
      <InputField
        {...field}
        name="publishedOn"
        required={false}
        label={t('toolkitReview.field.publishedOn')}
        hint={t('toolkitReview.hint.publishedOn')}
        value={values.publishedOn}
        error={errors.publishedOn}
        maxLength={10}
        spellcheck={false}
      />
      <InputField
        {...field}
        name="contact"
        required={false}
        label={t('toolkitReview.field.contact')}
        hint={t('toolkitReview.hint.contact')}
        value={values.contact}
        error={errors.contact}
        maxLength={300}
      />
      <InputField
        {...field}
        name="licence"
        required={false}
        label={t('toolkitReview.field.licence')}
        hint={t('toolkitReview.hint.licence')}
        value={values.licence}
        error={errors.licence}
        maxLength={300}
      />
      <TextareaField
        {...field}
        name="evaluation"
        required={false}
        rows={4}
        label={t('toolkitReview.field.evaluation')}
        hint={t('toolkitReview.hint.evaluation')}
        value={values.evaluation}
        error={errors.evaluation}
        maxLength={10_000}
      />
      <TextareaField
        {...field}
        name="transferability"
        required={false}
        rows={4}
        label={t('toolkitReview.field.transferability')}
        hint={t('toolkitReview.hint.transferability')}
        value={values.transferability}
        error={errors.transferability}
        maxLength={10_000}
      />
    </>
  );
}

/** Titles and summaries in more languages; blank rows are ignored, one more is always offered. */
function TranslationRows({ ctx, values, errors }: Pick<FieldsProps, 'ctx' | 'values' | 'errors'>) {
  const { t } = ctx;
  const count = Math.min(maxTranslationRows, values.translations.length + 1);
  return (
    <fieldset class="fieldset">
      <legend>{t('toolkitReview.section.translations')}</legend>
      <p class="hint">{t('toolkitReview.hint.translations')}</p>
      {Array.from({ length: count }, (_, index) => {
        const row = values.translations[index] ?? { language: '', title: '', summary: '' };
        const name = (leaf: string) => `translations-${index}-${leaf}`;
        const field = { ctx, idPrefix: contributionIdPrefix, required: false };
        return (
          <fieldset key={index} class="fieldset">
            <legend>{t('toolkitReview.section.translation', { number: index + 1 })}</legend>
            <SelectField
              {...field}
              name={name('language')}
              label={t('toolkitReview.field.language')}
              value={row.language}
              error={errors[name('language')]}
              emptyLabel={t('toolkitReview.form.choose')}
              options={languageOptions(ctx)}
            />
            <InputField
              {...field}
              name={name('title')}
              label={t('toolkitReview.field.title')}
              value={row.title}
              error={errors[name('title')]}
              maxLength={500}
              lang={row.language || undefined}
            />
            <TextareaField
              {...field}
              name={name('summary')}
              rows={4}
              label={t('toolkitReview.field.summary')}
              value={row.summary}
              error={errors[name('summary')]}
              maxLength={20_000}
              lang={row.language || undefined}
            />
          </fieldset>
        );
      })}
    </fieldset>
  );
}

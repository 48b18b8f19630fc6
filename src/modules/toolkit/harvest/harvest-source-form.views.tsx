import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  InputField,
  SelectField,
  type FormErrors,
} from '../../../platform/layout/form-fields.js';
import type { PageContext } from '../../../platform/layout/page-context.js';
import { resourceTypes, sourceKinds } from '../toolkit.table.js';
import { harvestFormats } from './clients/harvest-formats.js';
import type { SourceFormValues } from './harvest.form.js';

const idPrefix = 'source';

/** The fields of a harvest source, for adding one and for changing it. */
export function SourceForm(props: {
  ctx: PageContext;
  action: string;
  values: SourceFormValues;
  errors: FormErrors;
  submitLabel: string;
}) {
  const { ctx, values, errors } = props;
  const { t } = ctx;
  const field = { ctx, idPrefix };
  const text = (
    name: keyof SourceFormValues,
    options: { required?: boolean; hint?: boolean; type?: 'text' | 'url' | 'number' } = {},
  ) => (
    <InputField
      {...field}
      name={name}
      type={options.type ?? 'text'}
      label={t(`toolkit-harvest.field.${name}`)}
      hint={options.hint ? t(`toolkit-harvest.hint.${name}`) : undefined}
      value={values[name]}
      error={errors[name]}
      required={options.required ?? true}
      spellcheck={false}
    />
  );
  return (
    <form method="post" action={props.action} novalidate>
      <ErrorSummary ctx={ctx} errors={errors} idPrefix={idPrefix} />
      <CsrfField ctx={ctx} />
      {text('name')}
      {text('network', { hint: true })}
      <SelectField
        {...field}
        name="kind"
        label={t('toolkit-harvest.field.kind')}
        value={values.kind}
        error={errors.kind}
        options={sourceKinds.map((kind) => ({ value: kind, label: t(`toolkit-harvest.kind.${kind}`) }))}
      />
      {text('url', { type: 'url', hint: true })}
      {text('setSpec', { required: false, hint: true })}
      <SelectField
        {...field}
        name="metadataPrefix"
        label={t('toolkit-harvest.field.metadataPrefix')}
        hint={t('toolkit-harvest.hint.metadataPrefix')}
        value={values.metadataPrefix}
        error={errors.metadataPrefix}
        options={harvestFormats.map((format) => ({
          value: format,
          label: t(`toolkit-harvest.format.${format}`),
        }))}
      />
      <fieldset class="fieldset">
        <legend>{t('toolkit-harvest.mapping.legend')}</legend>
        <p class="hint">{t('toolkit-harvest.mapping.hint')}</p>
        <SelectField
          {...field}
          name="type"
          label={t('toolkit-harvest.field.type')}
          value={values.type}
          error={errors.type}
          options={resourceTypes.map((type) => ({ value: type, label: type }))}
        />
        {text('language', { hint: true })}
        {text('topics', { required: false, hint: true })}
        {text('professions', { required: false, hint: true })}
        {text('countries', { required: false, hint: true })}
      </fieldset>
      {text('intervalHours', { type: 'number', required: false, hint: true })}
      <CheckboxField
        {...field}
        name="isEnabled"
        label={t('toolkit-harvest.field.isEnabled')}
        checked={values.isEnabled === 'yes'}
        error={errors.isEnabled}
      />
      <button type="submit" class="button">
        {props.submitLabel}
      </button>
    </form>
  );
}

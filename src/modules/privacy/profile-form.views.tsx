import {
  CsrfField,
  ErrorSummary,
  FieldError,
  InputField,
  SelectField,
  describedBy,
} from '../../platform/layout/form-fields.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { euLanguages, memberStates, otherCountries } from '../../platform/i18n/countries.js';
import { professions, sexes } from '../accounts/index.js';
import type { ProfileErrors } from './privacy.profile.js';
import type { OrganisationChoice } from './privacy.repo.js';
import type { ProfileFormInput } from './privacy.schema.js';

const prefix = 'profile';

export interface ProfileFormProps {
  readonly ctx: PageContext;
  readonly values: ProfileFormInput;
  readonly errors: ProfileErrors;
  readonly organisations: readonly OrganisationChoice[];
}

/** "Correct my profile": name, profession, country, organisation, working languages and sex. */
export function ProfileForm({ ctx, values, errors, organisations }: ProfileFormProps) {
  const { t } = ctx;
  return (
    <form method="post" action={localHref(ctx, '/account/data/profile')} class="form" novalidate>
      <CsrfField ctx={ctx} />
      <ErrorSummary ctx={ctx} errors={errors} idPrefix={prefix} />
      <InputField
        ctx={ctx}
        idPrefix={prefix}
        name="name"
        label={t('privacy.field.name')}
        autocomplete="name"
        maxLength={200}
        value={values.name}
        error={errors.name}
      />
      <SelectField
        ctx={ctx}
        idPrefix={prefix}
        name="profession"
        label={t('privacy.field.profession')}
        options={professions.map((code) => ({ value: code, label: t(`profession.${code}`) }))}
        emptyLabel={t('privacy.field.choose')}
        value={values.profession}
        error={errors.profession}
      />
      <CountryField ctx={ctx} value={values.country} error={errors.country} />
      <SelectField
        ctx={ctx}
        idPrefix={prefix}
        name="organisation"
        label={t('privacy.field.organisation')}
        hint={t('privacy.hint.organisation')}
        required={false}
        options={organisations.map((organisation) => ({
          value: organisation.id,
          label: `${organisation.name}${organisation.acronym ? ` (${organisation.acronym})` : ''} · ${ctx.countryName(organisation.country)}`,
        }))}
        emptyLabel={t('privacy.field.noOrganisation')}
        value={values.organisation}
        error={errors.organisation}
      />
      <LanguagesField ctx={ctx} values={values.languages} error={errors.languages} />
      <SexField ctx={ctx} value={values.sex} error={errors.sex} />
      <button type="submit" class="button">
        {t('privacy.profile.submit')}
      </button>
    </form>
  );
}

/** The 27 Member States first (Greece as `EL`), then the other countries. */
function CountryField({
  ctx,
  value,
  error,
}: {
  ctx: PageContext;
  value?: string | undefined;
  error?: string;
}) {
  const byName = (codes: readonly string[]) =>
    codes
      .map((code) => ({ value: code, label: ctx.countryName(code) }))
      .sort((a, b) => a.label.localeCompare(b.label, ctx.locale));
  return (
    <SelectField
      ctx={ctx}
      idPrefix={prefix}
      name="country"
      label={ctx.t('privacy.field.country')}
      emptyLabel={ctx.t('privacy.field.choose')}
      options={[]}
      groups={[
        { label: ctx.t('privacy.field.countryGroupEu'), options: byName(memberStates) },
        { label: ctx.t('privacy.field.countryGroupOther'), options: byName(otherCountries) },
      ]}
      value={value}
      error={error}
    />
  );
}

/** The EU's official languages, named in the page's language. */
function LanguagesField({
  ctx,
  values,
  error,
}: {
  ctx: PageContext;
  values: readonly string[];
  error?: string;
}) {
  const names = new Intl.DisplayNames([ctx.locale], { type: 'language' });
  const languages = euLanguages
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, ctx.locale));
  const id = `${prefix}-languages`;
  return (
    <fieldset
      class={error ? 'fieldset field--error' : 'fieldset'}
      aria-describedby={describedBy(id, 'hint', error)}
    >
      <legend id={id} tabIndex={-1}>
        {ctx.t('privacy.field.languages')}
      </legend>
      <p class="hint" id={`${id}-hint`}>
        {ctx.t('privacy.hint.languages')}
      </p>
      <FieldError ctx={ctx} id={id} error={error} />
      <div class="choices">
        {languages.map(({ code, name }) => (
          <label class="choice" key={code} lang={code}>
            <input type="checkbox" name="languages" value={code} checked={values.includes(code)} />
            <span>{name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Optional, with the reason it is asked; "not given" stores nothing. */
function SexField({ ctx, value, error }: { ctx: PageContext; value?: string | undefined; error?: string }) {
  const id = `${prefix}-sex`;
  return (
    <fieldset
      class={error ? 'fieldset field--error' : 'fieldset'}
      aria-describedby={describedBy(id, 'hint', error)}
    >
      <legend id={id} tabIndex={-1}>
        {ctx.t('privacy.field.sex')}
      </legend>
      <p class="hint" id={`${id}-hint`}>
        {ctx.t('privacy.hint.sex')}
      </p>
      <FieldError ctx={ctx} id={id} error={error} />
      <div class="choices">
        {[...sexes, ''].map((option) => (
          <label class="choice" key={option || 'not-given'}>
            <input type="radio" name="sex" value={option} checked={(value ?? '') === option} />
            <span>{ctx.t(`privacy.sex.${option || 'not-given'}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

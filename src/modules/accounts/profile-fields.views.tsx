import { euLanguages, memberStates, otherCountries } from '../../platform/i18n/countries.js';
import { FieldError, SelectField, describedBy } from '../../platform/layout/form-fields.js';
import type { PageContext } from '../../platform/layout/page-context.js';
import { sexes } from './accounts.table.js';

/**
 * The fields of a person's profile that registration and "correct my profile" share: country,
 * working languages and the optional sex. `idPrefix` keeps ids unique per form.
 */
interface ProfileFieldProps {
  readonly ctx: PageContext;
  readonly idPrefix: string;
  readonly error?: string | undefined;
}

/** The 27 Member States first (Greece as `EL`), then the other countries, each sorted by name. */
export function CountryField(props: ProfileFieldProps & { value?: string | undefined }) {
  const { ctx } = props;
  const byName = (codes: readonly string[]) =>
    codes
      .map((code) => ({ value: code, label: ctx.countryName(code) }))
      .sort((a, b) => a.label.localeCompare(b.label, ctx.locale));
  return (
    <SelectField
      ctx={ctx}
      idPrefix={props.idPrefix}
      name="country"
      label={ctx.t('accounts.field.country')}
      emptyLabel={ctx.t('accounts.choose')}
      options={[]}
      groups={[
        { label: ctx.t('accounts.countries.eu'), options: byName(memberStates) },
        { label: ctx.t('accounts.countries.other'), options: byName(otherCountries) },
      ]}
      value={props.value}
      error={props.error}
    />
  );
}

/** The EU's official languages, named in the page's language, each marked with its own `lang`. */
export function LanguagesField(
  props: ProfileFieldProps & { name: string; values: readonly string[]; hint?: string | undefined },
) {
  const { ctx } = props;
  const names = new Intl.DisplayNames([ctx.locale], { type: 'language' });
  const languages = euLanguages
    .map((code) => ({ code, label: names.of(code) ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label, ctx.locale));
  const id = `${props.idPrefix}-${props.name}`;
  return (
    <fieldset
      class={props.error ? 'fieldset field--error' : 'fieldset'}
      aria-describedby={describedBy(id, props.hint, props.error)}
    >
      <legend id={id} tabIndex={-1}>
        {ctx.t('accounts.field.languages')}
      </legend>
      {props.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldError ctx={ctx} id={id} error={props.error} />
      <div class="choices">
        {languages.map(({ code, label }) => (
          <label key={code} class="choice" lang={code}>
            <input type="checkbox" name={props.name} value={code} checked={props.values.includes(code)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Optional, with the one-line reason it is asked; "not given" stores nothing. */
export function SexField(props: ProfileFieldProps & { value?: string | undefined }) {
  const { ctx } = props;
  const id = `${props.idPrefix}-sex`;
  return (
    <fieldset
      class={props.error ? 'fieldset field--error' : 'fieldset'}
      aria-describedby={describedBy(id, 'hint', props.error)}
    >
      <legend id={id} tabIndex={-1}>
        {ctx.t('accounts.field.sex')}
      </legend>
      <p class="hint" id={`${id}-hint`}>
        {ctx.t('accounts.hint.sex')}
      </p>
      <FieldError ctx={ctx} id={id} error={props.error} />
      <div class="choices">
        {[...sexes, ''].map((option) => (
          <label key={option || 'not-given'} class="choice">
            <input type="radio" name="sex" value={option} checked={(props.value ?? '') === option} />
            <span>{ctx.t(`accounts.sex.${option || 'notGiven'}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

import { Layout } from '../../platform/layout/layout.js';
import {
  CsrfField,
  ErrorSummary,
  InputField,
  SelectField,
  type FormErrors,
} from '../../platform/layout/form-fields.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { euLanguages, memberStates, otherCountries } from '../../platform/i18n/countries.js';
import { professions, sexes } from './accounts.table.js';
import type { RegistrationInput } from './accounts.schema.js';

export interface RegisterPageProps {
  readonly ctx: PageContext;
  readonly values: RegistrationInput;
  readonly errors: FormErrors;
  readonly organisations: readonly { readonly id: string; readonly name: string }[];
}

const prefix = 'register';

export function RegisterPage({ ctx, values, errors, organisations }: RegisterPageProps) {
  const { t } = ctx;
  const countryOption = (code: string) => ({ value: code, label: ctx.countryName(code) });
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, ctx.locale);
  return (
    <Layout ctx={ctx} title={t('accounts.register.title')}>
      <div class="container prose">
        <h1>{t('accounts.register.title')}</h1>
        <p class="lead">{t('accounts.register.lead')}</p>
        <ErrorSummary ctx={ctx} errors={errors} idPrefix={prefix} />
        <form method="post" action={localHref(ctx, '/register')} class="form" novalidate>
          <CsrfField ctx={ctx} />
          <InputField
            ctx={ctx}
            idPrefix={prefix}
            name="name"
            label={t('accounts.field.name')}
            autocomplete="name"
            maxLength={200}
            value={values.name}
            error={errors.name}
          />
          <InputField
            ctx={ctx}
            idPrefix={prefix}
            name="email"
            type="email"
            label={t('accounts.field.email')}
            autocomplete="email"
            maxLength={254}
            value={values.email}
            error={errors.email}
          />
          <InputField
            ctx={ctx}
            idPrefix={prefix}
            name="password"
            type="password"
            label={t('accounts.field.password')}
            hint={t('accounts.hint.password')}
            autocomplete="new-password"
            maxLength={128}
            error={errors.password}
          />
          <SelectField
            ctx={ctx}
            idPrefix={prefix}
            name="profession"
            label={t('accounts.field.profession')}
            emptyLabel={t('accounts.choose')}
            options={professions.map((code) => ({ value: code, label: t(`profession.${code}`) }))}
            value={values.profession}
            error={errors.profession}
          />
          <div class={errors.country ? 'field field--error' : 'field'}>
            <label for={`${prefix}-country`}>{t('accounts.field.country')}</label>
            {errors.country ? (
              <p class="field__error" id={`${prefix}-country-error`}>
                <span class="visually-hidden">{t('form.errorPrefix')} </span>
                {t(errors.country)}
              </p>
            ) : null}
            <select
              id={`${prefix}-country`}
              name="country"
              required
              aria-invalid={errors.country ? 'true' : undefined}
              aria-describedby={errors.country ? `${prefix}-country-error` : undefined}
            >
              <option value="">{t('accounts.choose')}</option>
              <optgroup label={t('accounts.countries.eu')}>
                {memberStates
                  .map(countryOption)
                  .sort(byLabel)
                  .map((option) => (
                    <option
                      key={option.value}
                      value={option.value}
                      selected={option.value === values.country}
                    >
                      {option.label}
                    </option>
                  ))}
              </optgroup>
              <optgroup label={t('accounts.countries.other')}>
                {otherCountries
                  .map(countryOption)
                  .sort(byLabel)
                  .map((option) => (
                    <option
                      key={option.value}
                      value={option.value}
                      selected={option.value === values.country}
                    >
                      {option.label}
                    </option>
                  ))}
              </optgroup>
            </select>
          </div>
          <SelectField
            ctx={ctx}
            idPrefix={prefix}
            name="organisationId"
            label={t('accounts.field.organisation')}
            hint={t('accounts.hint.organisation')}
            required={false}
            emptyLabel={t('accounts.noOrganisation')}
            options={organisations.map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
            }))}
            value={values.organisationId}
            error={errors.organisationId}
          />
          <LanguageChoices
            ctx={ctx}
            selected={values.preferredLanguages ?? []}
            error={errors.preferredLanguages}
          />
          <SexChoice ctx={ctx} value={values.sex} error={errors.sex} />
          <p class="muted">
            {t('accounts.register.privacy')}{' '}
            <a href={localHref(ctx, '/privacy')}>{t('contact.privacyLink')}</a>
          </p>
          <button type="submit" class="button">
            {t('accounts.register.submit')}
          </button>
        </form>
        <p>
          {t('accounts.register.haveAccount')} <a href={localHref(ctx, '/login')}>{t('layout.signIn')}</a>
        </p>
      </div>
    </Layout>
  );
}

function LanguageChoices({
  ctx,
  selected,
  error,
}: {
  ctx: PageContext;
  selected: readonly string[];
  error: string | undefined;
}) {
  const names = new Intl.DisplayNames([ctx.locale], { type: 'language' });
  const options = euLanguages
    .map((code) => ({ code, label: names.of(code) ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label, ctx.locale));
  return (
    <fieldset
      class={error ? 'fieldset field--error' : 'fieldset'}
      aria-describedby={error ? `${prefix}-preferredLanguages-error` : undefined}
    >
      <legend id={`${prefix}-preferredLanguages`} tabIndex={-1}>
        {ctx.t('accounts.field.languages')}
      </legend>
      {error ? (
        <p class="field__error" id={`${prefix}-preferredLanguages-error`}>
          <span class="visually-hidden">{ctx.t('form.errorPrefix')} </span>
          {ctx.t(error)}
        </p>
      ) : null}
      <div class="choices">
        {options.map(({ code, label }) => (
          <label key={code} class="choice" lang={code}>
            <input type="checkbox" name="preferredLanguages" value={code} checked={selected.includes(code)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function SexChoice({
  ctx,
  value,
  error,
}: {
  ctx: PageContext;
  value: string | undefined;
  error: string | undefined;
}) {
  return (
    <fieldset class={error ? 'fieldset field--error' : 'fieldset'} aria-describedby={`${prefix}-sex-hint`}>
      <legend id={`${prefix}-sex`} tabIndex={-1}>
        {ctx.t('accounts.field.sex')}
      </legend>
      <p class="hint" id={`${prefix}-sex-hint`}>
        {ctx.t('accounts.hint.sex')}
      </p>
      {error ? <p class="field__error">{ctx.t(error)}</p> : null}
      <div class="choices">
        {[...sexes, ''].map((option) => (
          <label key={option || 'none'} class="choice">
            <input type="radio" name="sex" value={option} checked={(value ?? '') === option} />
            <span>{ctx.t(`accounts.sex.${option || 'notGiven'}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

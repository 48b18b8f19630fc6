import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { defaultExpiryDays, expiryChoices, type ApiTokenFormInput } from './api-tokens.schema.js';
import { apiTokenScopes } from './api-tokens.table.js';

/** Field → translation key of what is wrong with it. */
export type ApiTokenFieldErrors = Partial<Record<'name' | 'scopes' | 'expiresInDays', string>>;

export interface ApiTokenFormProps {
  readonly ctx: PageContext;
  readonly values: ApiTokenFormInput;
  readonly errors: ApiTokenFieldErrors;
  /** Organisations the person may create a token for; none means no choice is offered. */
  readonly organisations: readonly { readonly id: string; readonly name: string }[];
}

const fieldId = (name: string) => `api-token-${name}`;

function describedBy(name: keyof ApiTokenFieldErrors, errors: ApiTokenFieldErrors, hint: boolean) {
  const ids = [hint ? `${fieldId(name)}-hint` : '', errors[name] ? `${fieldId(name)}-error` : '']
    .filter(Boolean)
    .join(' ');
  return ids || undefined;
}

function FieldError(props: {
  ctx: PageContext;
  name: keyof ApiTokenFieldErrors;
  errors: ApiTokenFieldErrors;
}) {
  const message = props.errors[props.name];
  if (!message) return null;
  return (
    <p class="field__error" id={`${fieldId(props.name)}-error`}>
      <span class="visually-hidden">{props.ctx.t('form.errorPrefix')} </span>
      {props.ctx.t(message)}
    </p>
  );
}

export function ErrorSummary({ ctx, errors }: { ctx: PageContext; errors: ApiTokenFieldErrors }) {
  const fields = Object.keys(errors) as (keyof ApiTokenFieldErrors)[];
  if (fields.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} id="error-summary">
      <h3>{ctx.t('form.errorSummary', { count: fields.length })}</h3>
      <ul>
        {fields.map((field) => (
          <li key={field}>
            <a href={`#${field === 'scopes' ? fieldId('scope-read') : fieldId(field)}`}>
              {ctx.t(errors[field] ?? 'form.invalid')}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function selectedScopes(values: ApiTokenFormInput): readonly string[] {
  if (values.scopes === undefined) return values.name === undefined ? ['read'] : [];
  return Array.isArray(values.scopes) ? values.scopes : [values.scopes];
}

/** The form that creates a token; it keeps what was typed when it comes back with errors. */
export function ApiTokenForm({ ctx, values, errors, organisations }: ApiTokenFormProps) {
  const { t } = ctx;
  const scopes = selectedScopes(values);
  const expiry = values.expiresInDays ?? String(defaultExpiryDays);
  return (
    <form method="post" action={localHref(ctx, '/account/tokens')} class="form" novalidate>
      <input type="hidden" name="_csrf" value={ctx.csrfToken} />
      <div class={errors.name ? 'field field--error' : 'field'}>
        <label for={fieldId('name')}>{t('apiTokens.field.name')}</label>
        <p class="hint" id={`${fieldId('name')}-hint`}>
          {t('apiTokens.hint.name')}
        </p>
        <FieldError ctx={ctx} name="name" errors={errors} />
        <input
          id={fieldId('name')}
          name="name"
          type="text"
          required
          maxLength={100}
          autocomplete="off"
          value={values.name ?? ''}
          aria-describedby={describedBy('name', errors, true)}
          aria-invalid={errors.name ? 'true' : undefined}
        />
      </div>
      <fieldset
        class={errors.scopes ? 'field field--error api-tokens-fieldset' : 'field api-tokens-fieldset'}
        aria-describedby={describedBy('scopes', errors, false)}
      >
        <legend>{t('apiTokens.field.scopes')}</legend>
        <FieldError ctx={ctx} name="scopes" errors={errors} />
        {apiTokenScopes.map((scope) => (
          <div class="field--checkbox" key={scope}>
            <input
              id={fieldId(`scope-${scope}`)}
              name="scopes"
              type="checkbox"
              value={scope}
              checked={scopes.includes(scope)}
              aria-invalid={errors.scopes ? 'true' : undefined}
            />
            <label for={fieldId(`scope-${scope}`)}>{t(`apiTokens.scope.${scope}.description`)}</label>
          </div>
        ))}
      </fieldset>
      <div class={errors.expiresInDays ? 'field field--error' : 'field'}>
        <label for={fieldId('expiresInDays')}>{t('apiTokens.field.expiresInDays')}</label>
        <FieldError ctx={ctx} name="expiresInDays" errors={errors} />
        <select
          id={fieldId('expiresInDays')}
          name="expiresInDays"
          aria-describedby={describedBy('expiresInDays', errors, false)}
          aria-invalid={errors.expiresInDays ? 'true' : undefined}
        >
          {expiryChoices.map((days) => (
            <option key={days} value={String(days)} selected={expiry === String(days)}>
              {t('apiTokens.expiry.days', { count: days })}
            </option>
          ))}
        </select>
      </div>
      {organisations.length > 0 ? (
        <div class="field">
          <label for={fieldId('organisationId')}>{t('apiTokens.field.organisation')}</label>
          <p class="hint" id={`${fieldId('organisationId')}-hint`}>
            {t('apiTokens.hint.organisation')}
          </p>
          <select
            id={fieldId('organisationId')}
            name="organisationId"
            aria-describedby={`${fieldId('organisationId')}-hint`}
          >
            <option value="">{t('apiTokens.organisation.personal')}</option>
            {organisations.map((organisation) => (
              <option
                key={organisation.id}
                value={organisation.id}
                selected={values.organisationId === organisation.id}
              >
                {organisation.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" class="button">
        {t('apiTokens.submit')}
      </button>
    </form>
  );
}

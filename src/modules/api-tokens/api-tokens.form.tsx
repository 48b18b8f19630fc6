import {
  CsrfField,
  FieldError,
  InputField,
  SelectField,
  describedBy,
} from '../../platform/layout/form-fields.js';
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

const prefix = 'api-token';

function selectedScopes(values: ApiTokenFormInput): readonly string[] {
  if (values.scopes === undefined) return values.name === undefined ? ['read'] : [];
  return Array.isArray(values.scopes) ? values.scopes : [values.scopes];
}

/** The form that creates a token; it keeps what was typed when it comes back with errors. */
export function ApiTokenForm({ ctx, values, errors, organisations }: ApiTokenFormProps) {
  const { t } = ctx;
  return (
    <form method="post" action={localHref(ctx, '/account/tokens')} class="form" novalidate>
      <CsrfField ctx={ctx} />
      <InputField
        ctx={ctx}
        idPrefix={prefix}
        name="name"
        label={t('apiTokens.field.name')}
        hint={t('apiTokens.hint.name')}
        maxLength={100}
        autocomplete="off"
        value={values.name}
        error={errors.name}
      />
      <ScopesField ctx={ctx} scopes={selectedScopes(values)} error={errors.scopes} />
      <SelectField
        ctx={ctx}
        idPrefix={prefix}
        name="expiresInDays"
        label={t('apiTokens.field.expiresInDays')}
        required={false}
        value={values.expiresInDays ?? String(defaultExpiryDays)}
        error={errors.expiresInDays}
        options={expiryChoices.map((days) => ({
          value: String(days),
          label: t('apiTokens.expiry.days', { count: days }),
        }))}
      />
      {organisations.length > 0 ? (
        <SelectField
          ctx={ctx}
          idPrefix={prefix}
          name="organisationId"
          label={t('apiTokens.field.organisation')}
          hint={t('apiTokens.hint.organisation')}
          required={false}
          emptyLabel={t('apiTokens.organisation.personal')}
          value={values.organisationId}
          options={organisations.map((organisation) => ({
            value: organisation.id,
            label: organisation.name,
          }))}
        />
      ) : null}
      <button type="submit" class="button">
        {t('apiTokens.submit')}
      </button>
    </form>
  );
}

/** The scopes as a group of checkboxes; the summary links to the legend, which names the group. */
function ScopesField({
  ctx,
  scopes,
  error,
}: {
  ctx: PageContext;
  scopes: readonly string[];
  error?: string;
}) {
  const id = `${prefix}-scopes`;
  return (
    <fieldset
      class={error ? 'field field--error api-tokens-fieldset' : 'field api-tokens-fieldset'}
      aria-describedby={describedBy(id, undefined, error)}
    >
      <legend id={id} tabIndex={-1}>
        {ctx.t('apiTokens.field.scopes')}
      </legend>
      <FieldError ctx={ctx} id={id} error={error} />
      {apiTokenScopes.map((scope) => (
        <div class="field--checkbox" key={scope}>
          <input
            id={`${prefix}-scope-${scope}`}
            name="scopes"
            type="checkbox"
            value={scope}
            checked={scopes.includes(scope)}
            aria-invalid={error ? 'true' : undefined}
          />
          <label for={`${prefix}-scope-${scope}`}>{ctx.t(`apiTokens.scope.${scope}.description`)}</label>
        </div>
      ))}
    </fieldset>
  );
}

import type { ComponentChildren } from 'preact';
import type { PageContext } from './page-context.js';

/** Field name → translation key of what is wrong with it. */
export type FormErrors = Readonly<Record<string, string | undefined>>;

/** The GOV.UK-style list of problems above a form, each linking to its field; focused by web/js/app.js. */
export function ErrorSummary({
  ctx,
  errors,
  idPrefix,
}: {
  ctx: PageContext;
  errors: FormErrors;
  idPrefix: string;
}) {
  const fields = Object.entries(errors).filter((entry): entry is [string, string] => !!entry[1]);
  if (fields.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} id="error-summary">
      <h2>{ctx.t('form.errorSummary', { count: fields.length })}</h2>
      <ul>
        {fields.map(([field, message]) => (
          <li key={field}>
            <a href={`#${idPrefix}-${field}`}>{ctx.t(message)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A problem with the whole form (translation key), such as "wrong email or password". */
export function FormError({ ctx, message }: { ctx: PageContext; message: string | undefined }) {
  if (!message) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} id="error-summary">
      <p>{ctx.t(message)}</p>
    </div>
  );
}

export interface InputFieldProps {
  readonly ctx: PageContext;
  readonly idPrefix: string;
  readonly name: string;
  readonly label: string;
  readonly value?: string | undefined;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly type?: 'text' | 'email' | 'password' | 'number';
  readonly autocomplete?: string;
  readonly required?: boolean;
  readonly maxLength?: number;
  readonly inputMode?: 'numeric' | 'text' | 'email';
}

/** A labelled input with its hint and error, wired for assistive technology. */
export function InputField(props: InputFieldProps) {
  const id = `${props.idPrefix}-${props.name}`;
  return (
    <FieldShell ctx={props.ctx} id={id} label={props.label} hint={props.hint} error={props.error}>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        required={props.required ?? true}
        maxLength={props.maxLength}
        autocomplete={props.autocomplete}
        inputMode={props.inputMode}
        value={props.type === 'password' ? '' : (props.value ?? '')}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
      />
    </FieldShell>
  );
}

export interface SelectFieldProps {
  readonly ctx: PageContext;
  readonly idPrefix: string;
  readonly name: string;
  readonly label: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly value?: string | undefined;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly required?: boolean;
  /** Label of an empty first option, for optional or not-yet-chosen values. */
  readonly emptyLabel?: string;
}

export function SelectField(props: SelectFieldProps) {
  const id = `${props.idPrefix}-${props.name}`;
  return (
    <FieldShell ctx={props.ctx} id={id} label={props.label} hint={props.hint} error={props.error}>
      <select
        id={id}
        name={props.name}
        required={props.required ?? true}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
      >
        {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

function FieldShell(props: {
  ctx: PageContext;
  id: string;
  label: string;
  hint: string | undefined;
  error: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <div class={props.error ? 'field field--error' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="field__error" id={`${props.id}-error`}>
          <span class="visually-hidden">{props.ctx.t('form.errorPrefix')} </span>
          {props.ctx.t(props.error)}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

export function describedBy(
  id: string,
  hint: string | undefined,
  error: string | undefined,
): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** The hidden CSRF field every state-changing form carries. */
export function CsrfField({ ctx }: { ctx: PageContext }) {
  return <input type="hidden" name="_csrf" value={ctx.csrfToken} />;
}

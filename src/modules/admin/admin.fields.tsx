import type { ComponentChildren } from 'preact';
import type { PageContext } from '../../platform/layout/page-context.js';

/** Field name → translation key of what is wrong with it. */
export type FieldErrors = Readonly<Partial<Record<string, string>>>;

/** The list of problems above a form, each linking to its field. */
export function ErrorSummary(props: { ctx: PageContext; errors: FieldErrors; idPrefix: string }) {
  const fields = Object.entries(props.errors).filter((entry): entry is [string, string] => !!entry[1]);
  if (fields.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} id={`${props.idPrefix}-errors`}>
      <h2>{props.ctx.t('form.errorSummary', { count: fields.length })}</h2>
      <ul>
        {fields.map(([field, message]) => (
          <li key={field}>
            <a href={`#${props.idPrefix}-${field}`}>{props.ctx.t(message)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface ShellProps {
  readonly ctx: PageContext;
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly children: ComponentChildren;
}

/** Label, hint and error around one control; the control points at them with `aria-describedby`. */
function FieldShell({ ctx, id, label, hint, error, children }: ShellProps) {
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field__error" id={`${id}-error`}>
          <span class="visually-hidden">{ctx.t('form.errorPrefix')} </span>
          {ctx.t(error)}
        </p>
      ) : null}
      {children}
    </div>
  );
}

function describedBy(id: string, hint: string | undefined, error: string | undefined) {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

export interface FieldProps {
  readonly ctx: PageContext;
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value?: string | undefined;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly required?: boolean;
}

export function TextField(props: FieldProps & { type?: 'text' | 'search' | 'date'; maxLength?: number }) {
  const { id, hint, error } = props;
  return (
    <FieldShell {...props}>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        required={props.required}
        maxLength={props.maxLength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldShell>
  );
}

export function TextareaField(props: FieldProps & { rows?: number; maxLength?: number }) {
  const { id, hint, error } = props;
  return (
    <FieldShell {...props}>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 8}
        required={props.required}
        maxLength={props.maxLength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {props.value ?? ''}
      </textarea>
    </FieldShell>
  );
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export function SelectField(props: FieldProps & { options: readonly SelectOption[]; emptyLabel?: string }) {
  const { id, hint, error } = props;
  return (
    <FieldShell {...props}>
      <select
        id={id}
        name={props.name}
        required={props.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
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

import type { PageContext } from '../../platform/layout/page-context.js';
import type { FieldErrors } from './organisations.schema.js';

/** Form controls of the administration pages: labelled, with errors tied to the control. */
export interface FieldProps {
  readonly ctx: PageContext;
  /** Prefix of element ids, so that two forms on one page never share one. */
  readonly form: string;
  readonly name: string;
  readonly label: string;
  readonly errors: FieldErrors;
  readonly hint?: string | undefined;
}

const fieldId = (props: Pick<FieldProps, 'form' | 'name'>) => `${props.form}-${props.name}`;

function describedBy(props: FieldProps): string | undefined {
  const ids = [
    props.hint ? `${fieldId(props)}-hint` : '',
    props.errors[props.name] ? `${fieldId(props)}-error` : '',
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Described(props: FieldProps) {
  const error = props.errors[props.name];
  return (
    <>
      {props.hint ? (
        <p class="hint" id={`${fieldId(props)}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {error ? (
        <p class="field__error" id={`${fieldId(props)}-error`}>
          <span class="visually-hidden">{props.ctx.t('form.errorPrefix')} </span>
          {props.ctx.t(error)}
        </p>
      ) : null}
    </>
  );
}

const fieldClass = (props: FieldProps, extra = '') =>
  ['field', extra, props.errors[props.name] ? 'field--error' : ''].filter(Boolean).join(' ');

export function TextField(
  props: FieldProps & {
    value: string | undefined;
    type?: 'text' | 'email' | 'url';
    required?: boolean;
    maxLength: number;
    lang?: string;
  },
) {
  return (
    <div class={fieldClass(props)}>
      <label for={fieldId(props)}>{props.label}</label>
      <Described {...props} />
      <input
        id={fieldId(props)}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        required={props.required}
        maxLength={props.maxLength}
        lang={props.lang}
        aria-describedby={describedBy(props)}
        aria-invalid={props.errors[props.name] ? 'true' : undefined}
      />
    </div>
  );
}

export function TextArea(
  props: FieldProps & { value: string | undefined; maxLength: number; lang?: string },
) {
  return (
    <div class={fieldClass(props)}>
      <label for={fieldId(props)}>{props.label}</label>
      <Described {...props} />
      <textarea
        id={fieldId(props)}
        name={props.name}
        rows={5}
        maxLength={props.maxLength}
        lang={props.lang}
        aria-describedby={describedBy(props)}
        aria-invalid={props.errors[props.name] ? 'true' : undefined}
      >
        {props.value ?? ''}
      </textarea>
    </div>
  );
}

export function SelectField(
  props: FieldProps & {
    value: string | undefined;
    options: readonly { readonly value: string; readonly label: string }[];
    required?: boolean;
  },
) {
  return (
    <div class={fieldClass(props)}>
      <label for={fieldId(props)}>{props.label}</label>
      <Described {...props} />
      <select
        id={fieldId(props)}
        name={props.name}
        required={props.required}
        aria-describedby={describedBy(props)}
        aria-invalid={props.errors[props.name] ? 'true' : undefined}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === (props.value ?? '')}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Checkbox(props: FieldProps & { checked: boolean }) {
  return (
    <div class={fieldClass(props, 'field--checkbox')}>
      <Described {...props} />
      <input
        id={fieldId(props)}
        name={props.name}
        type="checkbox"
        value="yes"
        checked={props.checked}
        aria-describedby={describedBy(props)}
      />
      <label for={fieldId(props)}>{props.label}</label>
    </div>
  );
}

/** The list of problems at the top of a form, each linking to its field. */
export function ErrorSummary(props: { ctx: PageContext; form: string; errors: FieldErrors }) {
  const fields = Object.keys(props.errors);
  if (fields.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} id={`${props.form}-errors`}>
      <h2>{props.ctx.t('form.errorSummary', { count: fields.length })}</h2>
      <ul>
        {fields.map((field) => (
          <li key={field}>
            <a href={`#${props.form}-${field}`}>{props.ctx.t(props.errors[field] ?? 'form.invalid')}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

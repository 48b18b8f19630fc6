import type { ComponentChildren } from 'preact';
import type { MessageValues } from '../i18n/index.js';
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

/** What every field takes: its id is `${idPrefix}-${name}`, its error a translation key. */
export interface FieldProps {
  readonly ctx: PageContext;
  readonly idPrefix: string;
  readonly name: string;
  readonly label: string;
  readonly value?: string | undefined;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  /** True unless said otherwise (filters and optional fields pass `false`). */
  readonly required?: boolean;
}

export interface InputFieldProps extends FieldProps {
  readonly type?: 'text' | 'email' | 'password' | 'number' | 'url' | 'search' | 'date';
  readonly autocomplete?: string;
  readonly maxLength?: number;
  readonly inputMode?: 'numeric' | 'text' | 'email';
  /** The language of what is typed, when it is not the page's. */
  readonly lang?: string;
  /** For codes and other strings that are not words. */
  readonly spellcheck?: boolean;
  readonly autocapitalize?: 'none';
}

/** A labelled input with its hint and error, wired for assistive technology. */
export function InputField(props: InputFieldProps) {
  const id = `${props.idPrefix}-${props.name}`;
  return (
    <FieldShell {...props} id={id}>
      <input
        {...controlAttributes(id, props)}
        type={props.type ?? 'text'}
        maxLength={props.maxLength}
        autocomplete={props.autocomplete}
        inputMode={props.inputMode}
        lang={props.lang}
        spellcheck={props.spellcheck}
        autocapitalize={props.autocapitalize}
        value={props.type === 'password' ? '' : (props.value ?? '')}
      />
    </FieldShell>
  );
}

export interface TextareaFieldProps extends FieldProps {
  readonly rows?: number;
  readonly maxLength?: number;
  readonly lang?: string;
}

export function TextareaField(props: TextareaFieldProps) {
  const id = `${props.idPrefix}-${props.name}`;
  return (
    <FieldShell {...props} id={id}>
      <textarea
        {...controlAttributes(id, props)}
        rows={props.rows ?? 8}
        maxLength={props.maxLength}
        lang={props.lang}
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

export interface SelectFieldProps extends FieldProps {
  readonly options: readonly SelectOption[];
  /** Options under a heading each (`<optgroup>`), after the plain ones. */
  readonly groups?: readonly { readonly label: string; readonly options: readonly SelectOption[] }[];
  /** Label of an empty first option, for optional or not-yet-chosen values. */
  readonly emptyLabel?: string;
}

export function SelectField(props: SelectFieldProps) {
  const id = `${props.idPrefix}-${props.name}`;
  const optionsOf = (options: readonly SelectOption[]) =>
    options.map((option) => (
      <option key={option.value} value={option.value} selected={option.value === props.value}>
        {option.label}
      </option>
    ));
  return (
    <FieldShell {...props} id={id}>
      <select {...controlAttributes(id, props)}>
        {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
        {optionsOf(props.options)}
        {props.groups?.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {optionsOf(group.options)}
          </optgroup>
        ))}
      </select>
    </FieldShell>
  );
}

export interface CheckboxFieldProps extends Omit<FieldProps, 'label' | 'required'> {
  /** May hold a link, such as the privacy notice next to a consent. */
  readonly label: ComponentChildren;
  readonly checked: boolean;
  /** Optional unless said otherwise, unlike the other fields. */
  readonly required?: boolean;
}

/** One checkbox with its label beside it (`.field--checkbox`); sends `value` (default "yes") when ticked. */
export function CheckboxField(props: CheckboxFieldProps) {
  const id = `${props.idPrefix}-${props.name}`;
  const label = <label for={id}>{props.label}</label>;
  return (
    <div class={props.error ? 'field field--error field--checkbox' : 'field field--checkbox'}>
      <FieldError ctx={props.ctx} id={id} error={props.error} />
      <input
        id={id}
        name={props.name}
        type="checkbox"
        value={props.value ?? 'yes'}
        required={props.required ?? false}
        checked={props.checked}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
      />
      {props.hint ? (
        <div>
          {label}
          <FieldHint id={id} hint={props.hint} />
        </div>
      ) : (
        label
      )}
    </div>
  );
}

export interface UploadFieldProps extends Omit<FieldProps, 'value'> {
  /** File extensions and media types the file chooser offers (`accept`). */
  readonly accept: readonly string[];
  /** Values of the error message, such as the name of the file refused. */
  readonly errorValues?: MessageValues | undefined;
}

/** A labelled file input with its hint and error; a browser never keeps a chosen file, so no value. */
export function UploadField(props: UploadFieldProps) {
  const id = `${props.idPrefix}-${props.name}`;
  return (
    <FieldShell {...props} id={id}>
      <input {...controlAttributes(id, props)} type="file" accept={props.accept.join(',')} />
    </FieldShell>
  );
}

/** What ties a control to its label, hint and error; fields are required unless said otherwise. */
function controlAttributes(id: string, props: FieldProps) {
  return {
    id,
    name: props.name,
    required: props.required ?? true,
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, props.hint, props.error),
  };
}

function FieldShell(
  props: FieldProps & { id: string; errorValues?: MessageValues | undefined; children: ComponentChildren },
) {
  return (
    <div class={props.error ? 'field field--error' : 'field'}>
      <label for={props.id}>{props.label}</label>
      <FieldHint id={props.id} hint={props.hint} />
      <FieldError ctx={props.ctx} id={props.id} error={props.error} values={props.errorValues} />
      {props.children}
    </div>
  );
}

function FieldHint({ id, hint }: { id: string; hint: string | undefined }) {
  if (!hint) return null;
  return (
    <p class="hint" id={`${id}-hint`}>
      {hint}
    </p>
  );
}

/**
 * The error of one field or group (translation key, with its values), with the id `describedBy` points
 * at; for groups of choices a module lays out itself in a `<fieldset>`.
 */
export function FieldError({
  ctx,
  id,
  error,
  values,
}: {
  ctx: PageContext;
  id: string;
  error: string | undefined;
  values?: MessageValues | undefined;
}) {
  if (!error) return null;
  return (
    <p class="field__error" id={`${id}-error`}>
      <span class="visually-hidden">{ctx.t('form.errorPrefix')} </span>
      {ctx.t(error, values)}
    </p>
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

interface ChoiceGroupProps {
  ctx: PageContext;
  idPrefix: string;
  name: string;
  legend: string;
  error: string | undefined;
  options: readonly SelectOption[];
}

/** Checkboxes under a legend that the error summary can link to: its id is `${idPrefix}-${name}`. */
export function CheckboxGroup(props: ChoiceGroupProps & { checked: readonly string[] }) {
  return <ChoiceFieldset {...props} type="checkbox" isChecked={(value) => props.checked.includes(value)} />;
}

/** Radio buttons under a legend that the error summary can link to: its id is `${idPrefix}-${name}`. */
export function RadioGroup(props: ChoiceGroupProps & { value: string; required?: boolean }) {
  return <ChoiceFieldset {...props} type="radio" isChecked={(value) => props.value === value} />;
}

function ChoiceFieldset(
  props: ChoiceGroupProps & {
    type: 'checkbox' | 'radio';
    isChecked: (value: string) => boolean;
    required?: boolean;
  },
) {
  const id = `${props.idPrefix}-${props.name}`;
  return (
    <fieldset
      class={props.error ? 'fieldset field--error' : 'fieldset'}
      aria-describedby={describedBy(id, undefined, props.error)}
    >
      <legend id={id} tabIndex={-1}>
        {props.legend}
      </legend>
      <FieldError ctx={props.ctx} id={id} error={props.error} />
      <div class="choices">
        {props.options.map((option) => (
          <label key={option.value} class="choice">
            <input
              type={props.type}
              name={props.name}
              value={option.value}
              checked={props.isChecked(option.value)}
              required={props.required}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

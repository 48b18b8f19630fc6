import type { PageContext } from '../../platform/layout/page-context.js';

export interface FieldProblem {
  /** The id of the field, for the link of the error summary. */
  readonly fieldId: string;
  /** Translation key. */
  readonly message: string;
}

/** The list of problems at the top of the page, each linking to its field (GOV.UK pattern). */
export function ErrorSummary({ ctx, problems }: { ctx: PageContext; problems: readonly FieldProblem[] }) {
  if (problems.length === 0) return null;
  const { t } = ctx;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} id="error-summary">
      <h2>{t('form.errorSummary', { count: problems.length })}</h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem.fieldId}>
            <a href={`#${problem.fieldId}`}>{t(problem.message)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface TextFieldProps {
  readonly ctx: PageContext;
  readonly id: string;
  readonly name: string;
  /** Translation keys. */
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly kind: 'totp' | 'code' | 'password';
}

const inputAttributes = {
  // Six digits: a numeric keypad on phones, and the code offered by the browser or the phone's SMS/app.
  totp: {
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    maxLength: 7,
    spellcheck: false,
  },
  // A TOTP code or a recovery code (letters too): a full keyboard.
  code: { type: 'text', inputmode: 'text', autocomplete: 'one-time-code', maxLength: 20, spellcheck: false },
  password: { type: 'password', inputmode: undefined, autocomplete: 'current-password', maxLength: 128 },
} as const;

/** A labelled input with its hint and error, tied together by `aria-describedby`. Values are never kept. */
export function TextField({ ctx, id, name, label, hint, error, kind }: TextFieldProps) {
  const { t } = ctx;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const attributes = inputAttributes[kind];
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{t(label)}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {t(hint)}
        </p>
      ) : null}
      {error ? (
        <p class="field__error" id={`${id}-error`}>
          <span class="visually-hidden">{t('form.errorPrefix')} </span>
          {t(error)}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        required
        autocapitalize="none"
        {...attributes}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

import { describedBy, FieldError } from '../../platform/layout/form-fields.js';
import type { PageContext } from '../../platform/layout/page-context.js';

export const contributionIdPrefix = 'resource';

/** Checkboxes under a legend that the error summary can link to. */
export function Choices(props: {
  ctx: PageContext;
  name: string;
  legend: string;
  error: string | undefined;
  checked: readonly string[];
  options: readonly { value: string; label: string }[];
}) {
  const id = `${contributionIdPrefix}-${props.name}`;
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
              type="checkbox"
              name={props.name}
              value={option.value}
              checked={props.checked.includes(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

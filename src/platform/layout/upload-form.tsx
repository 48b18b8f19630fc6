import type { ComponentChildren } from 'preact';
import { CsrfField } from './form-fields.js';
import type { PageContext } from './page-context.js';

export interface UploadFormProps {
  readonly ctx: PageContext;
  /** Where the form posts, with the language prefix already (`localHref`). */
  readonly action: string;
  readonly submitLabel: string;
  /** The fields, an `UploadField` among them. */
  readonly children: ComponentChildren;
  /** True unless said otherwise: the server checks what is sent and answers with the errors in place. */
  readonly novalidate?: boolean;
  /** A secondary button, for an upload beside a page's main form. */
  readonly isSecondary?: boolean;
}

/** A form that posts files (`multipart/form-data`) with its CSRF token, its fields and one submit button. */
export function UploadForm(props: UploadFormProps) {
  return (
    <form
      method="post"
      action={props.action}
      enctype="multipart/form-data"
      class="form"
      novalidate={props.novalidate ?? true}
    >
      <CsrfField ctx={props.ctx} />
      {props.children}
      <button type="submit" class={props.isSecondary ? 'button button--secondary' : 'button'}>
        {props.submitLabel}
      </button>
    </form>
  );
}

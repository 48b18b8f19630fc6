import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { createTranslators, loadCatalog } from '../i18n/index.js';
import { UploadField, type UploadFieldProps } from './form-fields.js';
import type { PageContext } from './page-context.js';
import { UploadForm } from './upload-form.js';

const translator = createTranslators(loadCatalog())('en');
const ctx: PageContext = {
  ...translator,
  pathWithinLocale: '/things',
  search: '',
  nonce: 'nonce',
  csrfToken: 'token-123',
  assets: { url: (name) => `/assets/${name}`, find: () => undefined },
  publicUrl: 'http://localhost:3000',
  viewer: undefined,
  hasDemoContent: false,
};

function field(overrides: Partial<UploadFieldProps> = {}) {
  return renderToString(
    <UploadField
      ctx={ctx}
      idPrefix="things"
      name="file"
      label="Your file"
      hint="A PDF of at most 5 MB."
      accept={['.pdf', 'application/pdf']}
      {...overrides}
    />,
  );
}

/** The attributes of the rendered file input, by name. */
function inputOf(html: string): Record<string, string> {
  const input = /<input ([^>]*?)\/?>/.exec(html)?.[1] ?? '';
  const pairs = [...input.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((match): [string, string] => [
    match[1] ?? '',
    match[2] ?? '',
  ]);
  return Object.fromEntries(pairs);
}

describe('upload field', () => {
  it('labels a required file input, offers the accepted types and points at its hint', () => {
    const html = field();
    expect(html).toContain('<div class="field"><label for="things-file">Your file</label>');
    expect(html).toContain('<p class="hint" id="things-file-hint">A PDF of at most 5 MB.</p>');
    expect(inputOf(html)).toEqual({
      id: 'things-file',
      name: 'file',
      type: 'file',
      accept: '.pdf,application/pdf',
      required: '',
      'aria-describedby': 'things-file-hint',
    });
    expect(html).not.toContain('field__error');
  });

  it('may be optional', () => {
    expect(inputOf(field({ required: false }))).not.toHaveProperty('required');
  });

  it('shows its error with the values of the message, marked invalid and described by it', () => {
    const html = field({ error: 'toolkitReview.error.fileType', errorValues: { name: 'setup.exe' } });
    expect(html).toContain('<div class="field field--error">');
    expect(html).toContain(
      '<p class="field__error" id="things-file-error"><span class="visually-hidden">Error: </span>' +
        '“setup.exe” is not a PDF, DOCX, ODT, EPUB or MP4 file</p>',
    );
    expect(inputOf(html)).toMatchObject({
      'aria-invalid': 'true',
      'aria-describedby': 'things-file-hint things-file-error',
    });
  });
});

describe('upload form', () => {
  const form = (props: { novalidate?: boolean; isSecondary?: boolean } = {}) =>
    renderToString(
      <UploadForm ctx={ctx} action="/en/things/upload" submitLabel="Send it" {...props}>
        <p>the fields</p>
      </UploadForm>,
    );

  it('posts multipart with the CSRF token, its fields, then the submit button, checked by the server', () => {
    expect(form()).toBe(
      '<form method="post" action="/en/things/upload" enctype="multipart/form-data" class="form" novalidate>' +
        '<input type="hidden" name="_csrf" value="token-123"/><p>the fields</p>' +
        '<button type="submit" class="button">Send it</button></form>',
    );
  });

  it('may leave required fields to the browser and have a secondary button', () => {
    const html = form({ novalidate: false, isSecondary: true });
    expect(html).not.toContain('novalidate');
    expect(html).toContain('<button type="submit" class="button button--secondary">Send it</button>');
  });
});

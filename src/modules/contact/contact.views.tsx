import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { ContactFormInput } from './contact.schema.js';
import type { FieldErrors } from './contact.service.js';

export interface ContactPageProps {
  readonly ctx: PageContext;
  readonly values: ContactFormInput;
  readonly errors: FieldErrors;
  /** A problem with the whole form rather than one field (translation key). */
  readonly formError?: string;
}

/** "Leave a message": a plain form that works without JavaScript and keeps what was typed on errors. */
export function ContactPage({ ctx, values, errors, formError }: ContactPageProps) {
  const { t } = ctx;
  const errorFields = Object.keys(errors) as (keyof FieldErrors)[];
  return (
    <Layout ctx={ctx} title={t('contact.title')}>
      <div class="container prose">
        <h1>{t('contact.title')}</h1>
        <p class="lead">{t('contact.lead')}</p>
        {formError ? (
          <div class="error-summary" role="alert">
            <p>{t(formError)}</p>
          </div>
        ) : null}
        {errorFields.length > 0 ? (
          <div class="error-summary" role="alert" tabIndex={-1} id="error-summary">
            <h2>{t('form.errorSummary', { count: errorFields.length })}</h2>
            <ul>
              {errorFields.map((field) => (
                <li key={field}>
                  <a href={`#contact-${field}`}>{t(errors[field] ?? 'form.invalid')}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <form method="post" action={localHref(ctx, '/contact')} class="form" novalidate>
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <TextField ctx={ctx} name="name" autocomplete="name" values={values} errors={errors} />
          <TextField
            ctx={ctx}
            name="email"
            type="email"
            autocomplete="email"
            values={values}
            errors={errors}
          />
          <TextField ctx={ctx} name="subject" values={values} errors={errors} />
          <div class={errors.message ? 'field field--error' : 'field'}>
            <label for="contact-message">{t('contact.field.message')}</label>
            <p class="hint" id="contact-message-hint">
              {t('contact.hint.message')}
            </p>
            <FieldError ctx={ctx} name="message" errors={errors} />
            <textarea
              id="contact-message"
              name="message"
              rows={8}
              required
              maxLength={5000}
              aria-describedby={describedBy('message', errors, true)}
              aria-invalid={errors.message ? 'true' : undefined}
            >
              {values.message ?? ''}
            </textarea>
          </div>
          <div class="field field--honeypot" aria-hidden="true">
            <label for="contact-website">{t('contact.field.website')}</label>
            <input
              id="contact-website"
              name="website"
              type="text"
              tabIndex={-1}
              autocomplete="off"
              value=""
            />
          </div>
          <div class={errors.consent ? 'field field--error field--checkbox' : 'field field--checkbox'}>
            <FieldError ctx={ctx} name="consent" errors={errors} />
            <input
              id="contact-consent"
              name="consent"
              type="checkbox"
              value="yes"
              required
              checked={values.consent === 'yes'}
              aria-describedby={describedBy('consent', errors, false)}
              aria-invalid={errors.consent ? 'true' : undefined}
            />
            <label for="contact-consent">
              {t('contact.field.consent')} <a href={localHref(ctx, '/privacy')}>{t('contact.privacyLink')}</a>
            </label>
          </div>
          <button type="submit" class="button">
            {t('contact.submit')}
          </button>
        </form>
      </div>
    </Layout>
  );
}

function describedBy(name: string, errors: FieldErrors, hasHint: boolean): string | undefined {
  const ids = [
    hasHint ? `contact-${name}-hint` : '',
    errors[name as keyof FieldErrors] ? `contact-${name}-error` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return ids || undefined;
}

function FieldError({
  ctx,
  name,
  errors,
}: {
  ctx: PageContext;
  name: keyof FieldErrors;
  errors: FieldErrors;
}) {
  const message = errors[name];
  if (!message) return null;
  return (
    <p class="field__error" id={`contact-${name}-error`}>
      <span class="visually-hidden">{ctx.t('form.errorPrefix')} </span>
      {ctx.t(message)}
    </p>
  );
}

function TextField(props: {
  ctx: PageContext;
  name: 'name' | 'email' | 'subject';
  type?: 'text' | 'email';
  autocomplete?: string;
  values: ContactFormInput;
  errors: FieldErrors;
}) {
  const { ctx, name, errors } = props;
  return (
    <div class={errors[name] ? 'field field--error' : 'field'}>
      <label for={`contact-${name}`}>{ctx.t(`contact.field.${name}`)}</label>
      <FieldError ctx={ctx} name={name} errors={errors} />
      <input
        id={`contact-${name}`}
        name={name}
        type={props.type ?? 'text'}
        required
        maxLength={name === 'email' ? 254 : 200}
        autocomplete={props.autocomplete}
        value={props.values[name] ?? ''}
        aria-describedby={describedBy(name, errors, false)}
        aria-invalid={errors[name] ? 'true' : undefined}
      />
    </div>
  );
}

export function ContactSentPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('contact.sent.title')}>
      <div class="container prose">
        <h1>{t('contact.sent.title')}</h1>
        <p class="lead">{t('contact.sent.body')}</p>
        <p>
          <a href={localHref(ctx, '/')}>{t('error.home')}</a>
        </p>
      </div>
    </Layout>
  );
}

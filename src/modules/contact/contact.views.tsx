import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  FormError,
  InputField,
  TextareaField,
} from '../../platform/layout/form-fields.js';
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

const prefix = 'contact';

const textFields = [
  { name: 'name', type: 'text', autocomplete: 'name', maxLength: 200 },
  { name: 'email', type: 'email', autocomplete: 'email', maxLength: 254 },
  { name: 'subject', type: 'text', autocomplete: undefined, maxLength: 200 },
] as const;

/** "Leave a message": a plain form that works without JavaScript and keeps what was typed on errors. */
export function ContactPage({ ctx, values, errors, formError }: ContactPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('contact.title')}>
      <div class="container prose">
        <h1>{t('contact.title')}</h1>
        <p class="lead">{t('contact.lead')}</p>
        <FormError ctx={ctx} message={formError} />
        <ErrorSummary ctx={ctx} errors={errors} idPrefix={prefix} />
        <form method="post" action={localHref(ctx, '/contact')} class="form" novalidate>
          <CsrfField ctx={ctx} />
          {textFields.map((field) => (
            <InputField
              key={field.name}
              ctx={ctx}
              idPrefix={prefix}
              name={field.name}
              type={field.type}
              autocomplete={field.autocomplete}
              maxLength={field.maxLength}
              label={t(`contact.field.${field.name}`)}
              value={values[field.name]}
              error={errors[field.name]}
            />
          ))}
          <TextareaField
            ctx={ctx}
            idPrefix={prefix}
            name="message"
            maxLength={5000}
            label={t('contact.field.message')}
            hint={t('contact.hint.message')}
            value={values.message}
            error={errors.message}
          />
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
          <CheckboxField
            ctx={ctx}
            idPrefix={prefix}
            name="consent"
            required
            checked={values.consent === 'yes'}
            error={errors.consent}
            label={
              <>
                {t('contact.field.consent')}{' '}
                <a href={localHref(ctx, '/privacy')}>{t('contact.privacyLink')}</a>
              </>
            }
          />
          <button type="submit" class="button">
            {t('contact.submit')}
          </button>
        </form>
      </div>
    </Layout>
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

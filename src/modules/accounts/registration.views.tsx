import { Layout } from '../../platform/layout/layout.js';
import {
  CsrfField,
  ErrorSummary,
  InputField,
  SelectField,
  type FormErrors,
} from '../../platform/layout/form-fields.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { professions } from './accounts.table.js';
import { CountryField, LanguagesField, SexField } from './profile-fields.views.js';
import type { RegistrationInput } from './accounts.schema.js';

export interface RegisterPageProps {
  readonly ctx: PageContext;
  readonly values: RegistrationInput;
  readonly errors: FormErrors;
  readonly organisations: readonly { readonly id: string; readonly name: string }[];
}

const prefix = 'register';

export function RegisterPage({ ctx, values, errors, organisations }: RegisterPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.register.title')}>
      <div class="container prose">
        <h1>{t('accounts.register.title')}</h1>
        <p class="lead">{t('accounts.register.lead')}</p>
        <ErrorSummary ctx={ctx} errors={errors} idPrefix={prefix} />
        <form method="post" action={localHref(ctx, '/register')} class="form" novalidate>
          <CsrfField ctx={ctx} />
          <InputField
            ctx={ctx}
            idPrefix={prefix}
            name="name"
            label={t('accounts.field.name')}
            autocomplete="name"
            maxLength={200}
            value={values.name}
            error={errors.name}
          />
          <InputField
            ctx={ctx}
            idPrefix={prefix}
            name="email"
            type="email"
            label={t('accounts.field.email')}
            autocomplete="email"
            maxLength={254}
            value={values.email}
            error={errors.email}
          />
          <InputField
            ctx={ctx}
            idPrefix={prefix}
            name="password"
            type="password"
            label={t('accounts.field.password')}
            hint={t('accounts.hint.password')}
            autocomplete="new-password"
            maxLength={128}
            error={errors.password}
          />
          <SelectField
            ctx={ctx}
            idPrefix={prefix}
            name="profession"
            label={t('accounts.field.profession')}
            emptyLabel={t('accounts.choose')}
            options={professions.map((code) => ({ value: code, label: t(`profession.${code}`) }))}
            value={values.profession}
            error={errors.profession}
          />
          <CountryField ctx={ctx} idPrefix={prefix} value={values.country} error={errors.country} />
          <SelectField
            ctx={ctx}
            idPrefix={prefix}
            name="organisationId"
            label={t('accounts.field.organisation')}
            hint={t('accounts.hint.organisation')}
            required={false}
            emptyLabel={t('accounts.noOrganisation')}
            options={organisations.map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
            }))}
            value={values.organisationId}
            error={errors.organisationId}
          />
          <LanguagesField
            ctx={ctx}
            idPrefix={prefix}
            name="preferredLanguages"
            values={values.preferredLanguages ?? []}
            error={errors.preferredLanguages}
          />
          <SexField ctx={ctx} idPrefix={prefix} value={values.sex} error={errors.sex} />
          <p class="muted">
            {t('accounts.register.privacy')}{' '}
            <a href={localHref(ctx, '/privacy')}>{t('contact.privacyLink')}</a>
          </p>
          <button type="submit" class="button">
            {t('accounts.register.submit')}
          </button>
        </form>
        <p>
          {t('accounts.register.haveAccount')} <a href={localHref(ctx, '/login')}>{t('layout.signIn')}</a>
        </p>
      </div>
    </Layout>
  );
}

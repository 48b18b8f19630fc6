import { CsrfField, InputField } from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { FirstAdministratorInput, SetupFieldErrors } from './setup.schema.js';

export interface SetupPageProps {
  readonly ctx: PageContext;
  readonly token: string;
  readonly values: FirstAdministratorInput;
  readonly errors: SetupFieldErrors;
}

const fields = [
  { name: 'name', type: 'text', autocomplete: 'name' },
  { name: 'email', type: 'email', autocomplete: 'email' },
  { name: 'password', type: 'password', autocomplete: 'new-password' },
  { name: 'passwordConfirmation', type: 'password', autocomplete: 'new-password' },
] as const;

/** Creating the first administrator, reached from the one-time link printed at first start. */
export function SetupPage({ ctx, token, values, errors }: SetupPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('setup.title')}>
      <div class="container prose">
        <h1>{t('setup.title')}</h1>
        <p class="lead">{t('setup.lead')}</p>
        <form method="post" action={localHref(ctx, '/setup')} class="form" novalidate>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="token" value={token} />
          {fields.map((field) => (
            <InputField
              key={field.name}
              ctx={ctx}
              idPrefix="setup"
              name={field.name}
              type={field.type}
              autocomplete={field.autocomplete}
              label={t(`setup.field.${field.name}`)}
              hint={field.name === 'password' ? t('setup.hint.password') : undefined}
              value={values[field.name]}
              error={errors[field.name]}
            />
          ))}
          <button type="submit" class="button">
            {t('setup.submit')}
          </button>
        </form>
      </div>
    </Layout>
  );
}

export function SetupMessagePage({
  ctx,
  messageKey,
}: {
  ctx: PageContext;
  messageKey: 'setup.done' | 'setup.expired';
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t(`${messageKey}.title`)}>
      <div class="container prose">
        <h1>{t(`${messageKey}.title`)}</h1>
        <p class="lead">{t(`${messageKey}.body`)}</p>
        <p>
          <a href={localHref(ctx, '/')}>{t('error.home')}</a>
        </p>
      </div>
    </Layout>
  );
}

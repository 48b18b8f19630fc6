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
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <input type="hidden" name="token" value={token} />
          {fields.map((field) => {
            const error = errors[field.name];
            const id = `setup-${field.name}`;
            return (
              <div key={field.name} class={error ? 'field field--error' : 'field'}>
                <label for={id}>{t(`setup.field.${field.name}`)}</label>
                {field.name === 'password' ? (
                  <p class="hint" id={`${id}-hint`}>
                    {t('setup.hint.password')}
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
                  name={field.name}
                  type={field.type}
                  required
                  autocomplete={field.autocomplete}
                  value={field.type === 'password' ? '' : (values[field.name] ?? '')}
                  aria-invalid={error ? 'true' : undefined}
                  aria-describedby={
                    [field.name === 'password' ? `${id}-hint` : '', error ? `${id}-error` : '']
                      .filter(Boolean)
                      .join(' ') || undefined
                  }
                />
              </div>
            );
          })}
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

import { Layout } from '../../platform/layout/layout.js';
import {
  CsrfField,
  ErrorSummary,
  FormError,
  InputField,
  type FormErrors,
} from '../../platform/layout/form-fields.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';

export interface SignInPageProps {
  readonly ctx: PageContext;
  readonly email?: string | undefined;
  readonly next?: string | undefined;
  /** Translation key of a problem with the attempt as a whole. */
  readonly formError?: string | undefined;
  readonly errors?: FormErrors;
  /** The password was right but the address is not verified yet: offer a new link. */
  readonly isUnverified?: boolean;
  /** Translation key of a notice shown above the form (e.g. after a password reset). */
  readonly notice?: string | undefined;
}

export function SignInPage({
  ctx,
  email,
  next,
  formError,
  errors = {},
  isUnverified,
  notice,
}: SignInPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.signIn.title')}>
      <div class="container prose">
        <h1>{t('accounts.signIn.title')}</h1>
        {notice ? <p class="notice notice--success">{t(notice)}</p> : null}
        <FormError ctx={ctx} message={formError} />
        <ErrorSummary ctx={ctx} errors={errors} idPrefix="sign-in" />
        {isUnverified ? (
          <form method="post" action={localHref(ctx, '/verify-email/resend')} class="notice">
            <CsrfField ctx={ctx} />
            <input type="hidden" name="email" value={email ?? ''} />
            <p>{t('accounts.signIn.unverified')}</p>
            <button type="submit" class="button button--secondary">
              {t('accounts.signIn.resend')}
            </button>
          </form>
        ) : null}
        <form method="post" action={localHref(ctx, '/login')} class="form" novalidate>
          <CsrfField ctx={ctx} />
          {next ? <input type="hidden" name="next" value={next} /> : null}
          <InputField
            ctx={ctx}
            idPrefix="sign-in"
            name="email"
            type="email"
            label={t('accounts.field.email')}
            autocomplete="username"
            value={email}
            error={errors.email}
          />
          <InputField
            ctx={ctx}
            idPrefix="sign-in"
            name="password"
            type="password"
            label={t('accounts.field.password')}
            autocomplete="current-password"
            error={errors.password}
          />
          <button type="submit" class="button">
            {t('accounts.signIn.submit')}
          </button>
        </form>
        <ul class="link-list">
          <li>
            <a href={localHref(ctx, '/password-reset')}>{t('accounts.signIn.forgot')}</a>
          </li>
          <li>
            <a href={localHref(ctx, '/register')}>{t('layout.register')}</a>
          </li>
        </ul>
      </div>
    </Layout>
  );
}

export function PasswordResetRequestPage({
  ctx,
  email,
  errors = {},
}: {
  ctx: PageContext;
  email?: string | undefined;
  errors?: FormErrors;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.reset.title')}>
      <div class="container prose">
        <h1>{t('accounts.reset.title')}</h1>
        <p class="lead">{t('accounts.reset.lead')}</p>
        <ErrorSummary ctx={ctx} errors={errors} idPrefix="reset" />
        <form method="post" action={localHref(ctx, '/password-reset')} class="form" novalidate>
          <CsrfField ctx={ctx} />
          <InputField
            ctx={ctx}
            idPrefix="reset"
            name="email"
            type="email"
            label={t('accounts.field.email')}
            autocomplete="email"
            value={email}
            error={errors.email}
          />
          <button type="submit" class="button">
            {t('accounts.reset.submit')}
          </button>
        </form>
      </div>
    </Layout>
  );
}

export function NewPasswordPage({
  ctx,
  token,
  errors = {},
}: {
  ctx: PageContext;
  token: string;
  errors?: FormErrors;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.newPassword.title')}>
      <div class="container prose">
        <h1>{t('accounts.newPassword.title')}</h1>
        <ErrorSummary ctx={ctx} errors={errors} idPrefix="new-password" />
        <form method="post" action={localHref(ctx, '/password-reset/new')} class="form" novalidate>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="token" value={token} />
          <InputField
            ctx={ctx}
            idPrefix="new-password"
            name="password"
            type="password"
            label={t('accounts.field.newPassword')}
            hint={t('accounts.hint.password')}
            autocomplete="new-password"
            error={errors.password}
          />
          <InputField
            ctx={ctx}
            idPrefix="new-password"
            name="passwordConfirmation"
            type="password"
            label={t('accounts.field.passwordConfirmation')}
            autocomplete="new-password"
            error={errors.passwordConfirmation}
          />
          <button type="submit" class="button">
            {t('accounts.newPassword.submit')}
          </button>
        </form>
      </div>
    </Layout>
  );
}

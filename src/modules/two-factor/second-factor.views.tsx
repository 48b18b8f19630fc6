import { CsrfField, ErrorSummary, FormError, InputField } from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { codeInputs } from './two-factor.views.js';

export interface SecondFactorPageProps {
  readonly ctx: PageContext;
  /** Where to go once signed in (already checked to be a path of this site). */
  readonly next: string;
  /** The problem with what was sent, and which form sent it. */
  readonly failed?: { readonly field: 'code' | 'recoveryCode'; readonly message: string } | undefined;
  /** Translation key of a problem with the whole step (too many attempts). */
  readonly formError?: string | undefined;
}

const idPrefix = 'second-factor';

/** `/{lang}/login/second-factor`: the code after the password. Nothing typed is ever sent back. */
export function SecondFactorPage({ ctx, next, failed, formError }: SecondFactorPageProps) {
  const { t } = ctx;
  const action = `${localHref(ctx, '/login/second-factor')}?next=${encodeURIComponent(next)}`;
  return (
    <Layout ctx={ctx} title={t('twoFactor.signIn.title')}>
      <div class="container prose">
        <h1>{t('twoFactor.signIn.title')}</h1>
        <FormError ctx={ctx} message={formError} />
        <ErrorSummary
          ctx={ctx}
          errors={failed ? { [failed.field]: failed.message } : {}}
          idPrefix={idPrefix}
        />
        <p class="lead">{t('twoFactor.signIn.lead')}</p>
        <form method="post" action={action} class="form" novalidate>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="next" value={next} />
          <InputField
            ctx={ctx}
            idPrefix={idPrefix}
            name="code"
            label={t('twoFactor.field.code')}
            hint={t('twoFactor.hint.code')}
            error={failed?.field === 'code' ? failed.message : undefined}
            {...codeInputs.totp}
          />
          <button type="submit" class="button">
            {t('twoFactor.signIn.submit')}
          </button>
        </form>
        <section aria-labelledby="second-factor-recovery-heading">
          <h2 id="second-factor-recovery-heading">{t('twoFactor.signIn.recovery.heading')}</h2>
          <p>{t('twoFactor.signIn.recovery.intro')}</p>
          <form method="post" action={action} class="form" novalidate>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="next" value={next} />
            <InputField
              ctx={ctx}
              idPrefix={idPrefix}
              name="recoveryCode"
              label={t('twoFactor.signIn.field.recoveryCode')}
              hint={t('twoFactor.signIn.hint.recoveryCode')}
              error={failed?.field === 'recoveryCode' ? failed.message : undefined}
              {...codeInputs.code}
            />
            <button type="submit" class="button button--secondary">
              {t('twoFactor.signIn.recovery.submit')}
            </button>
          </form>
        </section>
        <p>
          <a href={localHref(ctx, '/login')}>{t('twoFactor.signIn.restart')}</a>
        </p>
      </div>
    </Layout>
  );
}

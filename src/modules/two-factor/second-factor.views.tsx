import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { ErrorSummary, TextField } from './two-factor-fields.js';

export interface SecondFactorPageProps {
  readonly ctx: PageContext;
  /** Where to go once signed in (already checked to be a path of this site). */
  readonly next: string;
  /** The problem with what was sent, and which form sent it. */
  readonly failed?: { readonly field: 'code' | 'recoveryCode'; readonly message: string } | undefined;
  /** Translation key of a problem with the whole step (too many attempts). */
  readonly formError?: string | undefined;
}

const fieldIds = { code: 'second-factor-code', recoveryCode: 'second-factor-recovery-code' } as const;

/** `/{lang}/login/second-factor`: the code after the password. Nothing typed is ever sent back. */
export function SecondFactorPage({ ctx, next, failed, formError }: SecondFactorPageProps) {
  const { t } = ctx;
  const action = `${localHref(ctx, '/login/second-factor')}?next=${encodeURIComponent(next)}`;
  return (
    <Layout ctx={ctx} title={t('twoFactor.signIn.title')}>
      <div class="container prose">
        <h1>{t('twoFactor.signIn.title')}</h1>
        {formError ? (
          <div class="error-summary" role="alert" tabIndex={-1} id="error-summary">
            <p>{t(formError)}</p>
          </div>
        ) : null}
        <ErrorSummary
          ctx={ctx}
          problems={failed ? [{ fieldId: fieldIds[failed.field], message: failed.message }] : []}
        />
        <p class="lead">{t('twoFactor.signIn.lead')}</p>
        <form method="post" action={action} class="form" novalidate>
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <input type="hidden" name="next" value={next} />
          <TextField
            ctx={ctx}
            id={fieldIds.code}
            name="code"
            label="twoFactor.field.code"
            hint="twoFactor.hint.code"
            error={failed?.field === 'code' ? failed.message : undefined}
            kind="totp"
          />
          <button type="submit" class="button">
            {t('twoFactor.signIn.submit')}
          </button>
        </form>
        <section aria-labelledby="second-factor-recovery-heading">
          <h2 id="second-factor-recovery-heading">{t('twoFactor.signIn.recovery.heading')}</h2>
          <p>{t('twoFactor.signIn.recovery.intro')}</p>
          <form method="post" action={action} class="form" novalidate>
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <input type="hidden" name="next" value={next} />
            <TextField
              ctx={ctx}
              id={fieldIds.recoveryCode}
              name="recoveryCode"
              label="twoFactor.signIn.field.recoveryCode"
              hint="twoFactor.signIn.hint.recoveryCode"
              error={failed?.field === 'recoveryCode' ? failed.message : undefined}
              kind="code"
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

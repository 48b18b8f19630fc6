import { Layout } from '../../platform/layout/layout.js';
import { CsrfField, ErrorSummary, FormError, InputField } from '../../platform/layout/form-fields.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { EraseFormInput } from './privacy.schema.js';

export type EraseErrors = Partial<Record<'password' | 'confirmation', string>>;

export interface ErasePageProps {
  readonly ctx: PageContext;
  readonly values: EraseFormInput;
  readonly errors: EraseErrors;
  /** A problem with the whole request (translation key): too many attempts, the only administrator. */
  readonly formError?: string | undefined;
}

/** The word to type, in the page's language, compared without regard to case or accents. */
export function confirmationWordMatches(ctx: Pick<PageContext, 't'>, typed: string | undefined): boolean {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
  return !!typed && fold(typed) === fold(ctx.t('privacy.erase.word'));
}

/** Erasing the account: what goes, what stays, then the password and a typed word to confirm. */
export function ErasePage({ ctx, values, errors, formError }: ErasePageProps) {
  const { t } = ctx;
  const word = t('privacy.erase.word');
  return (
    <Layout ctx={ctx} title={t('privacy.erase.title')}>
      <div class="container prose">
        <h1>{t('privacy.erase.title')}</h1>
        <p class="lead">{t('privacy.erase.lead')}</p>
        <FormError ctx={ctx} message={formError} />
        <ErrorSummary ctx={ctx} errors={errors} idPrefix="erase" />
        <h2>{t('privacy.erase.goesTitle')}</h2>
        <ul>
          <li>{t('privacy.erase.goes.account')}</li>
          <li>{t('privacy.erase.goes.access')}</li>
          <li>{t('privacy.erase.goes.messages')}</li>
        </ul>
        <h2>{t('privacy.erase.staysTitle')}</h2>
        <ul>
          <li>{t('privacy.erase.stays.statistics')}</li>
          <li>{t('privacy.erase.stays.audit')}</li>
        </ul>
        <p>
          {t('privacy.erase.downloadFirst')}{' '}
          <a href="/api/v1/me/export" download>
            {t('privacy.download.action')}
          </a>
        </p>
        <form method="post" action={localHref(ctx, '/account/data/erase')} class="form" novalidate>
          <CsrfField ctx={ctx} />
          <InputField
            ctx={ctx}
            idPrefix="erase"
            name="password"
            type="password"
            autocomplete="current-password"
            label={t('privacy.erase.password')}
            error={errors.password}
            maxLength={1000}
          />
          <InputField
            ctx={ctx}
            idPrefix="erase"
            name="confirmation"
            autocomplete="off"
            label={t('privacy.erase.confirmation', { word })}
            hint={t('privacy.erase.confirmationHint', { word })}
            value={values.confirmation}
            error={errors.confirmation}
            maxLength={200}
          />
          <div class="actions">
            <button type="submit" class="button">
              {t('privacy.erase.submit')}
            </button>
            <a class="button button--secondary" href={localHref(ctx, '/account/data')}>
              {t('privacy.erase.cancel')}
            </a>
          </div>
        </form>
      </div>
    </Layout>
  );
}

/** Shown once the account is gone; the visitor is signed out. */
export function ErasedPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('privacy.erased.title')}>
      <div class="container prose">
        <h1>{t('privacy.erased.title')}</h1>
        <p class="lead">{t('privacy.erased.body')}</p>
        <p>
          <a href={localHref(ctx, '/')}>{t('error.home')}</a>
        </p>
      </div>
    </Layout>
  );
}

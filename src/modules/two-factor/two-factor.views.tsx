import { CsrfField, ErrorSummary, InputField } from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { TwoFactorStatus } from './two-factor.service.js';
import type { TwoFactorFieldErrors, TwoFactorFormName } from './two-factor.schema.js';
import { groupSecret } from './totp-secret.js';

export interface TwoFactorPageProps {
  readonly ctx: PageContext;
  readonly status: TwoFactorStatus;
  /** The QR code of a pending enrolment, as inline SVG made by `renderQrCodeSvg`. */
  readonly qrSvg?: string | undefined;
  /** The problems of the form that was just sent. */
  readonly failed?: { readonly form: TwoFactorFormName; readonly errors: TwoFactorFieldErrors } | undefined;
  /** Translation key of a message about what just happened. */
  readonly notice?: string | undefined;
}

/** What the code fields need; values are never kept. */
export const codeInputs = {
  // Six digits: a numeric keypad on phones, and the code offered by the browser or the phone's SMS/app.
  totp: {
    type: 'text',
    inputMode: 'numeric',
    autocomplete: 'one-time-code',
    maxLength: 7,
    spellcheck: false,
    autocapitalize: 'none',
  },
  // A TOTP code or a recovery code (letters too): a full keyboard.
  code: {
    type: 'text',
    inputMode: 'text',
    autocomplete: 'one-time-code',
    maxLength: 20,
    spellcheck: false,
    autocapitalize: 'none',
  },
  password: { type: 'password', autocomplete: 'current-password', maxLength: 128, autocapitalize: 'none' },
} as const;

const idPrefix = (form: TwoFactorFormName) => `two-factor-${form}`;

/** `/{lang}/account/two-factor`: the state of the second factor and what can be done with it. */
export function TwoFactorPage({ ctx, status, qrSvg, failed, notice }: TwoFactorPageProps) {
  const { t } = ctx;
  const errorsOf = (form: TwoFactorFormName) => (failed?.form === form ? failed.errors : {});
  return (
    <Layout ctx={ctx} title={t('twoFactor.title')}>
      <div class="container prose">
        <h1>{t('twoFactor.title')}</h1>
        <ErrorSummary
          ctx={ctx}
          errors={failed?.errors ?? {}}
          idPrefix={idPrefix(failed?.form ?? 'confirm')}
        />
        {notice ? (
          <p class="notice notice--success" role="status">
            {t(notice)}
          </p>
        ) : null}
        <p class="lead">{t('twoFactor.lead')}</p>
        <StatusLine ctx={ctx} status={status} />
        {status.isRequired && status.state !== 'on' ? <p class="notice">{t('twoFactor.required')}</p> : null}
        {status.state === 'off' ? <StartForm ctx={ctx} /> : null}
        {status.state === 'pending' && status.enrolment ? (
          <EnrolmentSection
            ctx={ctx}
            secret={status.enrolment.secret}
            qrSvg={qrSvg}
            errors={errorsOf('confirm')}
          />
        ) : null}
        {status.state === 'on' ? (
          <>
            <RegenerateSection ctx={ctx} errors={errorsOf('regenerate')} />
            <DisableSection ctx={ctx} isRequired={status.isRequired} errors={errorsOf('disable')} />
          </>
        ) : null}
        <p>
          <a href={localHref(ctx, '/account')}>{t('twoFactor.backToAccount')}</a>
        </p>
      </div>
    </Layout>
  );
}

function StatusLine({ ctx, status }: { ctx: PageContext; status: TwoFactorStatus }) {
  const { t } = ctx;
  if (status.state !== 'on') return <p>{t(`twoFactor.status.${status.state}`)}</p>;
  return (
    <p>
      <strong>{t('twoFactor.status.on', { date: ctx.formatDate(status.enabledAt ?? '') })}</strong>{' '}
      {t('twoFactor.status.recoveryCodesLeft', { count: status.recoveryCodesLeft })}
    </p>
  );
}

function StartForm({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="two-factor-setup-heading">
      <h2 id="two-factor-setup-heading">{t('twoFactor.setup.heading')}</h2>
      <p>{t('twoFactor.setup.intro')}</p>
      <form method="post" action={localHref(ctx, '/account/two-factor/setup')} class="form">
        <CsrfField ctx={ctx} />
        <button type="submit" class="button">
          {t('twoFactor.setup.start')}
        </button>
      </form>
    </section>
  );
}

function EnrolmentSection(props: {
  ctx: PageContext;
  secret: string;
  qrSvg: string | undefined;
  errors: TwoFactorFieldErrors;
}) {
  const { ctx, errors } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="two-factor-setup-heading">
      <h2 id="two-factor-setup-heading">{t('twoFactor.setup.heading')}</h2>
      <p>{t('twoFactor.setup.intro')}</p>
      <ol>
        <li>
          <p>{t('twoFactor.setup.step1')}</p>
          {/* Made by the qrcode library from our own otpauth:// address; its label is escaped there. */}
          {props.qrSvg ? (
            <div class="two-factor-qr" dangerouslySetInnerHTML={{ __html: props.qrSvg }} />
          ) : null}
        </li>
        <li>
          <p>{t('twoFactor.setup.step2')}</p>
          <p>
            <code class="two-factor-secret">{groupSecret(props.secret)}</code>
          </p>
        </li>
        <li>
          <p>{t('twoFactor.setup.step3')}</p>
        </li>
      </ol>
      <form method="post" action={localHref(ctx, '/account/two-factor/confirm')} class="form" novalidate>
        <CsrfField ctx={ctx} />
        <InputField
          ctx={ctx}
          idPrefix={idPrefix('confirm')}
          name="code"
          label={t('twoFactor.field.code')}
          hint={t('twoFactor.hint.code')}
          error={errors.code}
          {...codeInputs.totp}
        />
        <button type="submit" class="button">
          {t('twoFactor.setup.confirm')}
        </button>
      </form>
      <form method="post" action={localHref(ctx, '/account/two-factor/setup')} class="form">
        <CsrfField ctx={ctx} />
        <button type="submit" class="button button--secondary">
          {t('twoFactor.setup.restart')}
        </button>
      </form>
    </section>
  );
}

function RegenerateSection({ ctx, errors }: { ctx: PageContext; errors: TwoFactorFieldErrors }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="two-factor-regenerate-heading">
      <h2 id="two-factor-regenerate-heading">{t('twoFactor.regenerate.heading')}</h2>
      <p>{t('twoFactor.regenerate.intro')}</p>
      <form
        method="post"
        action={localHref(ctx, '/account/two-factor/recovery-codes')}
        class="form"
        novalidate
      >
        <CsrfField ctx={ctx} />
        <InputField
          ctx={ctx}
          idPrefix={idPrefix('regenerate')}
          name="code"
          label={t('twoFactor.field.code')}
          hint={t('twoFactor.hint.code')}
          error={errors.code}
          {...codeInputs.totp}
        />
        <button type="submit" class="button button--secondary">
          {t('twoFactor.regenerate.submit')}
        </button>
      </form>
    </section>
  );
}

function DisableSection(props: { ctx: PageContext; isRequired: boolean; errors: TwoFactorFieldErrors }) {
  const { ctx, errors } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="two-factor-disable-heading">
      <h2 id="two-factor-disable-heading">{t('twoFactor.disable.heading')}</h2>
      {props.isRequired ? (
        <p class="notice" id="two-factor-disable-refused">
          {t('twoFactor.disable.requiredByRole')}
        </p>
      ) : (
        <>
          <p>{t('twoFactor.disable.intro')}</p>
          <form method="post" action={localHref(ctx, '/account/two-factor/disable')} class="form" novalidate>
            <CsrfField ctx={ctx} />
            <InputField
              ctx={ctx}
              idPrefix={idPrefix('disable')}
              name="password"
              label={t('twoFactor.field.password')}
              error={errors.password}
              {...codeInputs.password}
            />
            <InputField
              ctx={ctx}
              idPrefix={idPrefix('disable')}
              name="code"
              label={t('twoFactor.field.codeOrRecovery')}
              hint={t('twoFactor.hint.codeOrRecovery')}
              error={errors.code}
              {...codeInputs.code}
            />
            <button type="submit" class="button button--secondary">
              {t('twoFactor.disable.submit')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

/** The recovery codes, shown once, after enabling or regenerating them. */
export function RecoveryCodesPage(props: {
  ctx: PageContext;
  codes: readonly string[];
  reason: 'enabled' | 'regenerated';
}) {
  const { ctx } = props;
  const { t } = ctx;
  const title = t(
    props.reason === 'enabled' ? 'twoFactor.codes.titleEnabled' : 'twoFactor.codes.titleRegenerated',
  );
  return (
    <Layout ctx={ctx} title={title}>
      <div class="container prose">
        <h1>{title}</h1>
        <p class="lead">{t('twoFactor.codes.lead')}</p>
        <h2 id="two-factor-codes-heading">{t('twoFactor.codes.listLabel')}</h2>
        <ul class="two-factor-codes" aria-labelledby="two-factor-codes-heading">
          {props.codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <p class="notice">{t('twoFactor.codes.printHint')}</p>
        <p>
          <a href={localHref(ctx, '/account/two-factor')}>{t('twoFactor.codes.done')}</a>
        </p>
      </div>
    </Layout>
  );
}

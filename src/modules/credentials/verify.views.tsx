import {
  ErrorSummary,
  TextareaField,
  UploadField,
  type FormErrors,
} from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { UploadForm } from '../../platform/layout/upload-form.js';
import type { VerificationResult } from './credential-verification.js';
import { adviceKeys, checkMessageKey, credentialFileTypes, type CredentialSummary } from './verify-checks.js';

const idPrefix = 'verify';

/** A verification as the page shows it: the outcome and what the credential says about itself. */
export interface VerifiedView {
  readonly result: VerificationResult;
  readonly summary: CredentialSummary;
}

export interface VerifyPageProps {
  readonly ctx: PageContext;
  /** The pasted text, kept in the box. */
  readonly text: string;
  readonly errors: FormErrors;
  readonly verified?: VerifiedView | undefined;
  /** A translation key: the link's credential cannot be shown, or the verifier is over its limit. */
  readonly problem?: string | undefined;
}

/**
 * `/{lang}/verify`: the outcome first when there is one (valid or not, each check in plain words, the
 * credential's facts and what to do), then the form to paste or upload a credential.
 */
export function VerifyPage({ ctx, text, errors, verified, problem }: VerifyPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('verify.title')}>
      <div class="container prose">
        <h1>{t('verify.title')}</h1>
        <ErrorSummary ctx={ctx} errors={errors} idPrefix={idPrefix} />
        {problem ? (
          <div class="notice" role="status">
            <h2>{t(`${problem}.heading`)}</h2>
            <p>{t(`${problem}.text`)}</p>
          </div>
        ) : null}
        {verified ? <VerificationOutcome ctx={ctx} view={verified} /> : <p>{t('verify.intro')}</p>}
        <VerifyForm ctx={ctx} text={text} errors={errors} />
      </div>
    </Layout>
  );
}

function VerificationOutcome({ ctx, view }: { ctx: PageContext; view: VerifiedView }) {
  const { t } = ctx;
  const { result, summary } = view;
  const facts: [string, string | undefined][] = [
    ['verify.fact.recipient', summary.recipient],
    ['verify.fact.course', summary.course],
    ['verify.fact.issuer', summary.issuer],
    ['verify.fact.issuedOn', summary.issuedOn ? ctx.formatDate(summary.issuedOn) : undefined],
  ];
  return (
    <section aria-labelledby="verify-outcome" class="verify-outcome">
      <div class={result.verified ? 'notice notice--success' : 'notice'} role="status">
        <h2 id="verify-outcome">{t(result.verified ? 'verify.valid' : 'verify.notValid')}</h2>
        <p>{t(result.verified ? 'verify.valid.text' : 'verify.notValid.text')}</p>
      </div>
      {facts.some(([, value]) => value) && !result.verified ? <p>{t('verify.fact.unconfirmed')}</p> : null}
      {facts.some(([, value]) => value) ? (
        <dl>
          {facts
            .filter((fact): fact is [string, string] => !!fact[1])
            .map(([label, value]) => (
              <div key={label}>
                <dt>{t(label)}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
      ) : null}
      <h3>{t('verify.checks')}</h3>
      <ul class="verify-checks">
        {result.checks.map((check) => (
          <li key={check.check} data-check={check.check} data-ok={String(check.ok)}>
            <strong>
              <span aria-hidden="true">{check.ok ? '✓ ' : '✗ '}</span>
              {t(`verify.checkName.${check.check}`)}: {t(check.ok ? 'verify.passed' : 'verify.failed')}
            </strong>{' '}
            — {t(checkMessageKey(check))}
          </li>
        ))}
      </ul>
      <h3>{t('verify.whatToDo')}</h3>
      {adviceKeys(result).map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
    </section>
  );
}

function VerifyForm({ ctx, text, errors }: { ctx: PageContext; text: string; errors: FormErrors }) {
  const { t } = ctx;
  return (
    <UploadForm ctx={ctx} action={localHref(ctx, '/verify')} submitLabel={t('verify.submit')}>
      <h2>{t('verify.form.heading')}</h2>
      <TextareaField
        ctx={ctx}
        idPrefix={idPrefix}
        name="credential"
        label={t('verify.field.credential')}
        hint={t('verify.hint.credential')}
        value={text}
        error={errors.credential}
        required={false}
        rows={10}
      />
      <UploadField
        ctx={ctx}
        idPrefix={idPrefix}
        name="file"
        label={t('verify.field.file')}
        hint={t('verify.hint.file')}
        accept={[...credentialFileTypes, 'application/json', 'application/jwt', 'text/plain']}
        error={errors.file}
        required={false}
      />
    </UploadForm>
  );
}

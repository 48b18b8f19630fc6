import { CsrfField, FormError, TextareaField } from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { SessionCredential } from './session-credentials.repo.js';
import type { SessionCredentials } from './session-credentials.service.js';

/** A refused revocation, shown at its credential's form with what was typed. */
export interface RevocationForm {
  readonly credentialId: string;
  readonly reason: string;
  readonly error: string;
}

/**
 * `/{lang}/manage/sessions/{id}/credentials`: the certificates issued for the session, each with its
 * state, and a form to revoke a valid one with a reason (kept with it; verifiers see "revoked").
 */
export function SessionCredentialsPage(props: {
  ctx: PageContext;
  view: SessionCredentials;
  notice: string | undefined;
  form: RevocationForm | undefined;
}) {
  const { ctx, view } = props;
  const { t } = ctx;
  const { session } = view;
  const title = t('credentials.session.title');
  const dates = `${ctx.formatDate(session.startsAt, { dateStyle: 'long', timeZone: session.timeZone })} – ${ctx.formatDate(session.endsAt, { dateStyle: 'long', timeZone: session.timeZone })}`;
  return (
    <Layout ctx={ctx} title={`${title}: ${session.courseTitle}`}>
      <div class="container">
        <p class="eyebrow">{session.courseTitle}</p>
        <h1>{title}</h1>
        <p class="lead">{dates}</p>
        {props.notice ? (
          <p class="notice notice--success" role="status">
            {t(props.notice)}
          </p>
        ) : null}
        <FormError ctx={ctx} message={isStale(view, props.form) ? props.form?.error : undefined} />
        <p>{t('credentials.session.intro')}</p>
        <p>
          <a href={localHref(ctx, `/manage/sessions/${session.id}/attendance`)}>
            {t('credentials.session.register')}
          </a>
        </p>
        {view.credentials.length === 0 ? (
          <p>{t('credentials.session.empty')}</p>
        ) : (
          <ul class="stack credential-list">
            {view.credentials.map((credential) => (
              <CredentialItem
                key={credential.id}
                ctx={ctx}
                sessionId={session.id}
                credential={credential}
                form={props.form?.credentialId === credential.id ? props.form : undefined}
              />
            ))}
          </ul>
        )}
      </div>
    </Layout>
  );
}

/** A refusal about a credential that no longer has a form (revoked meanwhile): said at the top. */
const isStale = (view: SessionCredentials, form: RevocationForm | undefined) =>
  form !== undefined &&
  !view.credentials.some(
    (credential) => credential.id === form.credentialId && credential.revokedAt === null,
  );

function CredentialItem(props: {
  ctx: PageContext;
  sessionId: string;
  credential: SessionCredential;
  form: RevocationForm | undefined;
}) {
  const { ctx, credential } = props;
  const { t } = ctx;
  const headingId = `credential-${credential.id}`;
  return (
    <li class="card" aria-labelledby={headingId}>
      <h2 id={headingId} class="card__title">
        {credential.recipientName}
      </h2>
      <dl class="definition-list">
        <dt>{t('credentials.session.issued')}</dt>
        <dd>{ctx.formatDate(credential.issuedAt, { dateStyle: 'long', timeStyle: 'short' })}</dd>
        <dt>{t('myCredentials.statusLabel')}</dt>
        <dd>
          <CredentialState ctx={ctx} credential={credential} />
        </dd>
      </dl>
      {credential.revokedAt === null ? (
        <form
          method="post"
          action={localHref(ctx, `/manage/sessions/${props.sessionId}/credentials/${credential.id}/revoke`)}
          class="stack"
        >
          <CsrfField ctx={ctx} />
          <TextareaField
            ctx={ctx}
            idPrefix={headingId}
            name="reason"
            label={t('credentials.session.reason')}
            hint={t('credentials.session.reasonHint')}
            value={props.form?.reason}
            error={props.form?.error}
            rows={3}
            maxLength={1000}
          />
          <button type="submit" class="button button--secondary">
            {t('credentials.session.revoke', { name: credential.recipientName })}
          </button>
        </form>
      ) : null}
    </li>
  );
}

function CredentialState({ ctx, credential }: { ctx: PageContext; credential: SessionCredential }) {
  const { t } = ctx;
  if (credential.revokedAt === null) return <>{t('myCredentials.status.valid')}</>;
  const when = ctx.formatDate(credential.revokedAt, { dateStyle: 'long' });
  if (credential.supersededBy) return <>{`${t('myCredentials.status.superseded')} (${when})`}</>;
  return (
    <>
      {t('credentials.session.revokedOn', { date: when })}
      {credential.revocationReason ? (
        <>
          {' '}
          <q>{credential.revocationReason}</q>
        </>
      ) : null}
    </>
  );
}

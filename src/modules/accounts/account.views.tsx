import type { ActiveSession } from '../../platform/sessions/index.js';
import { Layout } from '../../platform/layout/layout.js';
import { CsrfField, ErrorSummary, InputField, type FormErrors } from '../../platform/layout/form-fields.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { Actor } from './accounts.policy.js';

const sections = [
  ['applicationPages.mine.title', '/account/applications', 'applicationPages.account.hint'],
  ['myCredentials.title', '/account/credentials', 'myCredentials.accountHint'],
  ['accounts.section.data', '/account/data', 'accounts.section.dataHint'],
  ['accounts.section.security', '/account/security', 'accounts.section.securityHint'],
  ['accounts.section.twoFactor', '/account/two-factor', 'accounts.section.twoFactorHint'],
  ['accounts.section.tokens', '/account/tokens', 'accounts.section.tokensHint'],
] as const;

export function AccountPage({
  ctx,
  actor,
  mustEnrol,
}: {
  ctx: PageContext;
  actor: Actor;
  mustEnrol: boolean;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.account.title')}>
      <div class="container prose">
        <h1>{t('accounts.account.title')}</h1>
        <p class="lead">{t('accounts.account.lead', { name: actor.name })}</p>
        {mustEnrol ? (
          <p class="notice">
            {t('accounts.account.mustEnrol')}{' '}
            <a href={localHref(ctx, '/account/two-factor')}>{t('accounts.section.twoFactor')}</a>
          </p>
        ) : null}
        <ul class="card-list">
          {sections.map(([title, path, hint]) => (
            <li key={path} class="card">
              <h2 class="card__title">
                <a href={localHref(ctx, path)}>{t(title)}</a>
              </h2>
              <p>{t(hint)}</p>
            </li>
          ))}
        </ul>
      </div>
    </Layout>
  );
}

export interface SecurityPageProps {
  readonly ctx: PageContext;
  readonly email: string;
  readonly sessions: readonly ActiveSession[];
  readonly currentSessionId: string | undefined;
  readonly passwordErrors?: FormErrors;
  readonly emailErrors?: FormErrors;
  readonly emailValue?: string | undefined;
  readonly notice?: string | undefined;
}

export function SecurityPage(props: SecurityPageProps) {
  const { ctx } = props;
  const { t } = ctx;
  const passwordErrors = props.passwordErrors ?? {};
  const emailErrors = props.emailErrors ?? {};
  return (
    <Layout ctx={ctx} title={t('accounts.security.title')}>
      <div class="container prose">
        <h1>{t('accounts.security.title')}</h1>
        {props.notice ? (
          <p class="notice notice--success" role="status">
            {t(props.notice)}
          </p>
        ) : null}

        <h2 id="password">{t('accounts.security.password')}</h2>
        <ErrorSummary ctx={ctx} errors={passwordErrors} idPrefix="password" />
        <form method="post" action={localHref(ctx, '/account/password')} class="form" novalidate>
          <CsrfField ctx={ctx} />
          <InputField
            ctx={ctx}
            idPrefix="password"
            name="currentPassword"
            type="password"
            label={t('accounts.field.currentPassword')}
            autocomplete="current-password"
            error={passwordErrors.currentPassword}
          />
          <InputField
            ctx={ctx}
            idPrefix="password"
            name="password"
            type="password"
            label={t('accounts.field.newPassword')}
            hint={t('accounts.hint.password')}
            autocomplete="new-password"
            error={passwordErrors.password}
          />
          <InputField
            ctx={ctx}
            idPrefix="password"
            name="passwordConfirmation"
            type="password"
            label={t('accounts.field.passwordConfirmation')}
            autocomplete="new-password"
            error={passwordErrors.passwordConfirmation}
          />
          <button type="submit" class="button">
            {t('accounts.security.changePassword')}
          </button>
        </form>

        <h2 id="email">{t('accounts.security.email')}</h2>
        <p>{t('accounts.security.currentEmail', { email: props.email })}</p>
        <ErrorSummary ctx={ctx} errors={emailErrors} idPrefix="email" />
        <form method="post" action={localHref(ctx, '/account/email')} class="form" novalidate>
          <CsrfField ctx={ctx} />
          <InputField
            ctx={ctx}
            idPrefix="email"
            name="email"
            type="email"
            label={t('accounts.field.newEmail')}
            autocomplete="email"
            value={props.emailValue}
            error={emailErrors.email}
          />
          <InputField
            ctx={ctx}
            idPrefix="email"
            name="currentPassword"
            type="password"
            label={t('accounts.field.currentPassword')}
            autocomplete="current-password"
            error={emailErrors.currentPassword}
          />
          <button type="submit" class="button">
            {t('accounts.security.changeEmail')}
          </button>
        </form>

        <h2 id="sessions">{t('accounts.security.sessions')}</h2>
        <table class="table">
          <caption class="visually-hidden">{t('accounts.security.sessions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('accounts.security.browser')}</th>
              <th scope="col">{t('accounts.security.signedIn')}</th>
              <th scope="col">{t('accounts.security.lastSeen')}</th>
            </tr>
          </thead>
          <tbody>
            {props.sessions.map((session) => (
              <tr key={session.id}>
                <th scope="row">
                  {session.userAgent || t('accounts.security.unknownBrowser')}
                  {session.id === props.currentSessionId ? (
                    <span class="badge">{t('accounts.security.thisSession')}</span>
                  ) : null}
                </th>
                <td>{ctx.formatDate(session.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                <td>{ctx.formatDate(session.lastSeenAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="post" action={localHref(ctx, '/account/sessions/end-all')}>
          <CsrfField ctx={ctx} />
          <button type="submit" class="button button--secondary">
            {t('accounts.security.signOutEverywhere')}
          </button>
        </form>
      </div>
    </Layout>
  );
}

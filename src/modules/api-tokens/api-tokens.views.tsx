import { ErrorSummary } from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { ApiTokenForm, type ApiTokenFormProps } from './api-tokens.form.js';
import type { ApiTokenView } from './api-tokens.schema.js';

export interface ApiTokensPageProps extends ApiTokenFormProps {
  readonly tokens: readonly ApiTokenView[];
  /** Set just after a token was revoked, to say so. */
  readonly revoked?: boolean;
}

/** "API tokens": my tokens, and the form that creates one. */
export function ApiTokensPage(props: ApiTokensPageProps) {
  const { ctx, tokens } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('apiTokens.title')}>
      <div class="container prose">
        <p class="api-tokens-back">
          <a href={localHref(ctx, '/account')}>{t('apiTokens.backToAccount')}</a>
        </p>
        <h1>{t('apiTokens.title')}</h1>
        <p class="lead">{t('apiTokens.lead')}</p>
        {props.revoked ? (
          <p class="notice notice--success" role="status">
            {t('apiTokens.revoked')}
          </p>
        ) : null}
        <h2>{t('apiTokens.list.title')}</h2>
        {tokens.length === 0 ? (
          <p class="muted">{t('apiTokens.list.empty')}</p>
        ) : (
          <TokenTable ctx={ctx} tokens={tokens} />
        )}
        <h2 id="create">{t('apiTokens.create.title')}</h2>
        <ErrorSummary ctx={ctx} errors={props.errors} idPrefix="api-token" />
        <ApiTokenForm
          ctx={ctx}
          values={props.values}
          errors={props.errors}
          organisations={props.organisations}
        />
      </div>
    </Layout>
  );
}

function TokenTable({ ctx, tokens }: { ctx: PageContext; tokens: readonly ApiTokenView[] }) {
  const { t } = ctx;
  const columns = [
    'name',
    'scopes',
    'organisation',
    'created',
    'expires',
    'lastUsed',
    'status',
    'actions',
  ] as const;
  return (
    <table class="table api-tokens-table">
      <caption class="visually-hidden">{t('apiTokens.list.title')}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {t(`apiTokens.column.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <TokenRow key={token.id} ctx={ctx} token={token} />
        ))}
      </tbody>
    </table>
  );
}

function TokenRow({ ctx, token }: { ctx: PageContext; token: ApiTokenView }) {
  const { t } = ctx;
  const date = (iso: string | null) => (iso ? ctx.formatDate(iso) : t('apiTokens.never'));
  // On narrow screens rows become blocks: each cell then shows its column's name before its value.
  const label = (column: string) => t(`apiTokens.column.${column}`);
  return (
    <tr>
      <th scope="row">{token.name}</th>
      <td data-label={label('scopes')}>
        {token.scopes.map((scope) => t(`apiTokens.scope.${scope}`)).join(', ')}
      </td>
      <td data-label={label('organisation')}>
        {token.organisation?.name ?? t('apiTokens.organisation.none')}
      </td>
      <td data-label={label('created')}>{date(token.createdAt)}</td>
      <td data-label={label('expires')}>{date(token.expiresAt)}</td>
      <td data-label={label('lastUsed')}>{date(token.lastUsedAt)}</td>
      <td data-label={label('status')}>
        <span class="badge">{t(`apiTokens.status.${token.status}`)}</span>
      </td>
      <td>
        {token.status === 'revoked' ? null : (
          <form method="post" action={localHref(ctx, `/account/tokens/${token.id}/revoke`)}>
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <button type="submit" class="button button--secondary">
              {t('apiTokens.revoke')}
              <span class="visually-hidden"> {token.name}</span>
            </button>
          </form>
        )}
      </td>
    </tr>
  );
}

/** The new token, shown this once, with what it may do. */
export function ApiTokenCreatedPage(props: { ctx: PageContext; token: string; view: ApiTokenView }) {
  const { ctx, token, view } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('apiTokens.created.title')}>
      <div class="container prose">
        <h1>{t('apiTokens.created.title')}</h1>
        <div class="api-tokens-warning">
          <p>
            <strong>{t('apiTokens.created.warning')}</strong>
          </p>
        </div>
        <div class="field">
          <label for="api-token-secret">{t('apiTokens.created.token', { name: view.name })}</label>
          <input
            id="api-token-secret"
            class="api-tokens-secret"
            type="text"
            readOnly
            value={token}
            autocomplete="off"
            spellcheck={false}
          />
        </div>
        <dl class="definition-list">
          <dt>{t('apiTokens.column.scopes')}</dt>
          <dd>{view.scopes.map((scope) => t(`apiTokens.scope.${scope}`)).join(', ')}</dd>
          <dt>{t('apiTokens.column.organisation')}</dt>
          <dd>{view.organisation?.name ?? t('apiTokens.organisation.none')}</dd>
          <dt>{t('apiTokens.column.expires')}</dt>
          <dd>{ctx.formatDate(view.expiresAt)}</dd>
        </dl>
        <p>{t('apiTokens.created.usage')}</p>
        <pre class="api-tokens-usage">
          <code>Authorization: Bearer {token}</code>
        </pre>
        <p>
          <a href={localHref(ctx, '/account/tokens')}>{t('apiTokens.created.back')}</a>
        </p>
      </div>
    </Layout>
  );
}

import {
  CsrfField,
  ErrorSummary,
  SelectField,
  TextareaField,
  type FormErrors,
} from '../../platform/layout/form-fields.js';
import { localeNames, isLocale } from '../../platform/i18n/index.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { AdminPage, Notice, Pagination } from './admin.views.js';
import { messageStatuses, type InboxMessage, type InboxQuery, type ReplyFormInput } from './inbox.schema.js';

const languageName = (code: string) => (isLocale(code) ? localeNames[code] : code);

export interface MessageListPageProps {
  readonly ctx: PageContext;
  readonly query: InboxQuery;
  readonly messages: readonly InboxMessage[];
  readonly total: number;
  readonly page: number;
  readonly pageCount: number;
  readonly notice?: string | undefined;
}

/** `/{lang}/admin/messages`: newest first, filtered by status. */
export function MessageListPage({
  ctx,
  query,
  messages,
  total,
  page,
  pageCount,
  notice,
}: MessageListPageProps) {
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t('admin.messages.title')}>
      <Notice ctx={ctx} message={notice} />
      <form method="get" action={localHref(ctx, '/admin/messages')} class="admin-filters">
        <SelectField
          ctx={ctx}
          idPrefix="messages"
          required={false}
          name="status"
          label={t('admin.messages.filter.status')}
          emptyLabel={t('admin.messages.filter.all')}
          value={query.status}
          options={messageStatuses.map((status) => ({
            value: status,
            label: t(`admin.messages.status.${status}`),
          }))}
        />
        <button type="submit" class="button">
          {t('admin.messages.filter.submit')}
        </button>
      </form>
      <p role="status">{t('admin.messages.count', { count: total })}</p>
      {messages.length > 0 ? (
        <table class="table">
          <caption class="visually-hidden">{t('admin.messages.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.messages.column.subject')}</th>
              <th scope="col">{t('admin.messages.column.from')}</th>
              <th scope="col">{t('admin.messages.column.received')}</th>
              <th scope="col">{t('admin.messages.column.status')}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id}>
                <th scope="row">
                  <a href={localHref(ctx, `/admin/messages/${message.id}`)}>{message.subject}</a>
                </th>
                <td>{message.name}</td>
                <td>{ctx.formatDate(message.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                <td>{t(`admin.messages.status.${message.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Pagination
        ctx={ctx}
        path="/admin/messages"
        filters={{ status: query.status }}
        page={page}
        pageCount={pageCount}
      />
    </AdminPage>
  );
}

export interface MessagePageProps {
  readonly ctx: PageContext;
  readonly message: InboxMessage;
  readonly values?: ReplyFormInput | undefined;
  readonly errors?: FormErrors | undefined;
  readonly notice?: string | undefined;
}

/** `/{lang}/admin/messages/{id}`: the message, then reply, status and deletion. */
export function MessagePage({ ctx, message, values, errors, notice }: MessagePageProps) {
  const { t } = ctx;
  const action = (path: string) => localHref(ctx, `/admin/messages/${message.id}/${path}`);
  const nextStatus = message.status === 'new' ? 'handled' : 'new';
  return (
    <AdminPage
      ctx={ctx}
      title={message.subject}
      crumbs={[{ label: t('admin.messages.title'), href: localHref(ctx, '/admin/messages') }]}
    >
      <Notice ctx={ctx} message={notice} />
      <dl class="definition-list">
        <dt>{t('admin.messages.column.from')}</dt>
        <dd>
          {message.name} &lt;{message.email}&gt;
        </dd>
        <dt>{t('admin.messages.column.received')}</dt>
        <dd>{ctx.formatDate(message.createdAt, { dateStyle: 'long', timeStyle: 'short' })}</dd>
        <dt>{t('admin.messages.language')}</dt>
        <dd>{languageName(message.language)}</dd>
        <dt>{t('admin.messages.column.status')}</dt>
        <dd>
          {t(`admin.messages.status.${message.status}`)}
          {message.handledAt
            ? ` (${ctx.formatDate(message.handledAt, { dateStyle: 'medium', timeStyle: 'short' })})`
            : ''}
        </dd>
      </dl>
      <h2>{t('admin.messages.message')}</h2>
      <blockquote class="admin-message">{message.message}</blockquote>
      <form method="post" action={action('status')}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="status" value={nextStatus} />
        <button type="submit" class="button button--secondary">
          {t(nextStatus === 'handled' ? 'admin.messages.markHandled' : 'admin.messages.reopen')}
        </button>
      </form>
      <section aria-labelledby="reply-heading">
        <h2 id="reply-heading">{t('admin.messages.reply.title')}</h2>
        <p class="hint">{t('admin.messages.reply.hint', { language: languageName(message.language) })}</p>
        <ErrorSummary ctx={ctx} errors={errors ?? {}} idPrefix="reply" />
        <form method="post" action={action('reply')} class="form" novalidate>
          <CsrfField ctx={ctx} />
          <TextareaField
            ctx={ctx}
            idPrefix="reply"
            name="text"
            required
            maxLength={10_000}
            label={t('admin.messages.reply.text')}
            value={values?.text}
            error={errors?.text}
          />
          <button type="submit" class="button">
            {t('admin.messages.reply.submit')}
          </button>
        </form>
      </section>
      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t('admin.messages.delete.title')}</h2>
        <p>{t('admin.messages.delete.body')}</p>
        <form method="post" action={action('delete')}>
          <CsrfField ctx={ctx} />
          <button type="submit" class="button button--secondary">
            {t('admin.messages.delete.submit')}
          </button>
        </form>
      </section>
    </AdminPage>
  );
}

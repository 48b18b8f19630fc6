import { InputField, SelectField } from '../../platform/layout/form-fields.js';
import { auditActions, type AuditChainReport } from '../../platform/audit/index.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { AdminPage, Pagination } from './admin.views.js';
import type { AuditEntryView, AuditQuery } from './audit-log.schema.js';

export interface AuditLogPageProps {
  readonly ctx: PageContext;
  readonly query: AuditQuery;
  readonly entries: readonly AuditEntryView[];
  readonly total: number;
  readonly page: number;
  readonly pageCount: number;
  readonly chain: AuditChainReport;
}

const actionLabel = (ctx: PageContext, action: string) =>
  (auditActions as readonly string[]).includes(action) ? ctx.t(`admin.audit.action.${action}`) : action;

export function AuditLogPage(props: AuditLogPageProps) {
  const { ctx, query, chain } = props;
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t('admin.audit.title')}>
      <ChainStatus ctx={ctx} chain={chain} />
      <AuditFilters ctx={ctx} query={query} />
      <p role="status">{t('admin.audit.count', { count: props.total })}</p>
      {props.entries.length > 0 ? (
        <AuditTable ctx={ctx} entries={props.entries} brokenAt={chain.ok ? undefined : chain.brokenAt} />
      ) : null}
      <Pagination
        ctx={ctx}
        path="/admin/audit"
        filters={{
          action: query.action,
          actorId: query.actorId,
          subjectUserId: query.subjectUserId,
          from: query.from,
          to: query.to,
        }}
        page={props.page}
        pageCount={props.pageCount}
      />
    </AdminPage>
  );
}

function ChainStatus({ ctx, chain }: { ctx: PageContext; chain: AuditChainReport }) {
  if (chain.ok) {
    return (
      <div class="notice notice--success">
        <p>{ctx.t('admin.audit.chain.ok', { count: chain.entries })}</p>
      </div>
    );
  }
  return (
    <div class="error-summary" role="alert">
      <h2>{ctx.t('admin.audit.chain.broken', { seq: chain.brokenAt })}</h2>
      <p>{ctx.t(`admin.audit.chain.problem.${chain.problem}`)}</p>
    </div>
  );
}

function AuditFilters({ ctx, query }: { ctx: PageContext; query: AuditQuery }) {
  const { t } = ctx;
  return (
    <form method="get" action={localHref(ctx, '/admin/audit')} class="admin-filters">
      <SelectField
        ctx={ctx}
        idPrefix="audit"
        required={false}
        name="action"
        label={t('admin.audit.filter.action')}
        emptyLabel={t('admin.audit.filter.anyAction')}
        value={query.action}
        options={auditActions.map((action) => ({ value: action, label: actionLabel(ctx, action) }))}
      />
      <InputField
        ctx={ctx}
        idPrefix="audit"
        required={false}
        name="actorId"
        maxLength={100}
        label={t('admin.audit.filter.actorId')}
        value={query.actorId}
      />
      <InputField
        ctx={ctx}
        idPrefix="audit"
        required={false}
        name="subjectUserId"
        maxLength={100}
        label={t('admin.audit.filter.subjectUserId')}
        value={query.subjectUserId}
      />
      <InputField
        ctx={ctx}
        idPrefix="audit"
        required={false}
        name="from"
        type="date"
        label={t('admin.audit.filter.from')}
        value={query.from}
      />
      <InputField
        ctx={ctx}
        idPrefix="audit"
        required={false}
        name="to"
        type="date"
        label={t('admin.audit.filter.to')}
        value={query.to}
      />
      <button type="submit" class="button">
        {t('admin.audit.filter.submit')}
      </button>
    </form>
  );
}

/** A person by name with a link to their page while the account exists; else the bare id. */
function Person({ ctx, id, name }: { ctx: PageContext; id: string | null; name: string | null }) {
  if (!id) return <span class="muted">{ctx.t('admin.audit.nobody')}</span>;
  if (!name) return <code>{id}</code>;
  return <a href={localHref(ctx, `/admin/users/${id}`)}>{name}</a>;
}

function formatDetails(entry: AuditEntryView): string {
  return Object.entries(entry.details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}

function AuditTable(props: {
  ctx: PageContext;
  entries: readonly AuditEntryView[];
  brokenAt: number | undefined;
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <table class="table admin-audit">
      <caption class="visually-hidden">{t('admin.audit.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('admin.audit.column.seq')}</th>
          <th scope="col">{t('admin.audit.column.at')}</th>
          <th scope="col">{t('admin.audit.column.action')}</th>
          <th scope="col">{t('admin.audit.column.actor')}</th>
          <th scope="col">{t('admin.audit.column.subject')}</th>
          <th scope="col">{t('admin.audit.column.details')}</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((entry) => (
          <tr key={entry.seq}>
            <th scope="row">
              {entry.seq}
              {entry.seq === props.brokenAt ? (
                <strong class="badge">{t('admin.audit.brokenHere')}</strong>
              ) : null}
            </th>
            <td>{ctx.formatDate(entry.at, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' })}</td>
            <td>{actionLabel(ctx, entry.action)}</td>
            <td>
              <Person ctx={ctx} id={entry.actorId} name={entry.actorName} />
            </td>
            <td>
              <Person ctx={ctx} id={entry.subjectUserId} name={entry.subjectName} />
            </td>
            <td>
              {entry.targetType ? (
                <>
                  {entry.targetType} <code>{entry.targetId}</code>
                  <br />
                </>
              ) : null}
              {formatDetails(entry)}
              {entry.reason ? (
                <>
                  <br />
                  {t('admin.audit.reason', { reason: entry.reason })}
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

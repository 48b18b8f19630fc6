import { InputField, SelectField } from '../../platform/layout/form-fields.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { roles } from '../accounts/index.js';
import { AdminPage, Pagination } from './admin.views.js';
import type { UserListQuery, UserSummary } from './users.schema.js';

export interface UserListPageProps {
  readonly ctx: PageContext;
  readonly query: UserListQuery;
  readonly users: readonly UserSummary[];
  readonly total: number;
  readonly page: number;
  readonly pageCount: number;
}

/** `/{lang}/admin/users`: search by name or email, filter by role. */
export function UserListPage({ ctx, query, users, total, page, pageCount }: UserListPageProps) {
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t('admin.users.title')}>
      <form method="get" action={localHref(ctx, '/admin/users')} class="admin-filters" role="search">
        <InputField
          ctx={ctx}
          idPrefix="users"
          required={false}
          name="q"
          type="search"
          maxLength={200}
          label={t('admin.users.filter.q')}
          value={query.q}
        />
        <SelectField
          ctx={ctx}
          idPrefix="users"
          required={false}
          name="role"
          label={t('admin.users.filter.role')}
          emptyLabel={t('admin.users.filter.anyRole')}
          value={query.role}
          options={roles.map((role) => ({ value: role, label: t(`admin.role.${role}`) }))}
        />
        <button type="submit" class="button">
          {t('admin.users.filter.submit')}
        </button>
      </form>
      <p role="status">{t('admin.users.count', { count: total })}</p>
      {users.length > 0 ? <UserTable ctx={ctx} users={users} /> : null}
      <Pagination
        ctx={ctx}
        path="/admin/users"
        filters={{ q: query.q, role: query.role }}
        page={page}
        pageCount={pageCount}
      />
    </AdminPage>
  );
}

function UserTable({ ctx, users }: { ctx: PageContext; users: readonly UserSummary[] }) {
  const { t } = ctx;
  return (
    <table class="table">
      <caption class="visually-hidden">{t('admin.users.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('admin.users.column.name')}</th>
          <th scope="col">{t('admin.users.column.email')}</th>
          <th scope="col">{t('admin.users.column.country')}</th>
          <th scope="col">{t('admin.users.column.roles')}</th>
          <th scope="col">{t('admin.users.column.secondFactor')}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id}>
            <th scope="row">
              <a href={localHref(ctx, `/admin/users/${user.id}`)}>{user.name}</a>
            </th>
            <td>{user.email}</td>
            <td>{user.country ? ctx.countryName(user.country) : '—'}</td>
            <td>{user.roles.map((role) => t(`admin.role.${role}`)).join(', ')}</td>
            <td>{t(user.hasSecondFactor ? 'admin.yes' : 'admin.no')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { CsrfField, ErrorSummary, SelectField, type FormErrors } from '../../platform/layout/form-fields.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { memberStates } from '../../platform/i18n/countries.js';
import { roles } from '../accounts/index.js';
import { AdminPage, Notice } from './admin.views.js';
import type { GrantFormInput, GrantView, OrganisationChoice, UserProfile } from './users.schema.js';

export interface UserDetailPageProps {
  readonly ctx: PageContext;
  readonly profile: UserProfile;
  readonly grants: readonly GrantView[];
  readonly organisations: readonly OrganisationChoice[];
  readonly values?: GrantFormInput | undefined;
  readonly errors?: FormErrors | undefined;
  readonly notice?: string | undefined;
  readonly problem?: string | undefined;
}

/** `/{lang}/admin/users/{id}`: profile, roles held, and the forms to grant and revoke them. */
export function UserDetailPage(props: UserDetailPageProps) {
  const { ctx, profile } = props;
  const { t } = ctx;
  return (
    <AdminPage
      ctx={ctx}
      title={profile.name}
      crumbs={[{ label: t('admin.users.title'), href: localHref(ctx, '/admin/users') }]}
    >
      <Notice ctx={ctx} message={props.notice} />
      <Notice ctx={ctx} message={props.problem} isProblem />
      <Profile ctx={ctx} profile={profile} />
      <Grants ctx={ctx} userId={profile.id} grants={props.grants} />
      <GrantForm
        ctx={ctx}
        userId={profile.id}
        organisations={props.organisations}
        values={props.values ?? {}}
        errors={props.errors ?? {}}
      />
    </AdminPage>
  );
}

function Profile({ ctx, profile }: { ctx: PageContext; profile: UserProfile }) {
  const { t } = ctx;
  const date = (value: string | null) => (value ? ctx.formatDate(value, { dateStyle: 'medium' }) : '—');
  const languageNames = new Intl.DisplayNames([ctx.locale], { type: 'language' });
  const rows: [string, string][] = [
    ['admin.users.field.email', profile.email],
    [
      'admin.users.field.emailVerified',
      profile.emailVerifiedAt ? date(profile.emailVerifiedAt) : t('admin.no'),
    ],
    ['admin.users.field.profession', profile.profession ? t(`admin.profession.${profile.profession}`) : '—'],
    ['admin.users.field.country', profile.country ? ctx.countryName(profile.country) : '—'],
    ['admin.users.field.organisation', profile.organisationName ?? '—'],
    [
      'admin.users.field.languages',
      profile.preferredLanguages.map((code) => languageNames.of(code) ?? code).join(', ') || '—',
    ],
    [
      'admin.users.field.interfaceLanguage',
      languageNames.of(profile.preferredLanguage) ?? profile.preferredLanguage,
    ],
    ['admin.users.field.secondFactor', t(profile.hasSecondFactor ? 'admin.yes' : 'admin.no')],
    ['admin.users.field.lockedUntil', date(profile.lockedUntil)],
    ['admin.users.field.createdAt', date(profile.createdAt)],
    ['admin.users.field.lastSeenAt', date(profile.lastSeenAt)],
  ];
  return (
    <section aria-labelledby="user-profile">
      <h2 id="user-profile">{t('admin.users.profile')}</h2>
      <dl class="definition-list">
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function scopeLabel(ctx: PageContext, grant: GrantView): string {
  if (grant.scopeType === 'organisation') return grant.scopeName ?? grant.scopeId ?? '';
  if (grant.scopeType === 'country' && grant.scopeId) return ctx.countryName(grant.scopeId);
  return ctx.t('admin.users.grants.unscoped');
}

function Grants({ ctx, userId, grants }: { ctx: PageContext; userId: string; grants: readonly GrantView[] }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="user-grants">
      <h2 id="user-grants">{t('admin.users.grants.title')}</h2>
      <p>{t('admin.users.grants.sessionsNote')}</p>
      {grants.length === 0 ? (
        <p>{t('admin.users.grants.none')}</p>
      ) : (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('admin.users.grants.role')}</th>
              <th scope="col">{t('admin.users.grants.scope')}</th>
              <th scope="col">{t('admin.users.grants.grantedAt')}</th>
              <th scope="col">{t('admin.users.grants.grantedBy')}</th>
              <th scope="col">{t('admin.users.grants.action')}</th>
            </tr>
          </thead>
          <tbody>
            {grants.map((grant) => (
              <tr key={grant.id}>
                <th scope="row">{t(`admin.role.${grant.role}`)}</th>
                <td>{scopeLabel(ctx, grant)}</td>
                <td>{ctx.formatDate(grant.grantedAt, { dateStyle: 'medium' })}</td>
                <td>{grant.grantedByName ?? '—'}</td>
                <td>
                  <form
                    method="post"
                    action={localHref(ctx, `/admin/users/${userId}/grants/${grant.id}/revoke`)}
                  >
                    <CsrfField ctx={ctx} />
                    <button type="submit" class="button button--secondary">
                      {t('admin.users.grants.revoke')}
                      <span class="visually-hidden">
                        {' '}
                        {t(`admin.role.${grant.role}`)} ({scopeLabel(ctx, grant)})
                      </span>
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function GrantForm(props: {
  ctx: PageContext;
  userId: string;
  organisations: readonly OrganisationChoice[];
  values: GrantFormInput;
  errors: FormErrors;
}) {
  const { ctx, values, errors } = props;
  const { t } = ctx;
  const countries = memberStates
    .map((code) => ({ value: code, label: ctx.countryName(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, ctx.locale));
  return (
    <section aria-labelledby="grant-heading">
      <h2 id="grant-heading">{t('admin.users.grant.title')}</h2>
      <p class="hint">{t('admin.users.grant.hint')}</p>
      <ErrorSummary ctx={ctx} errors={errors} idPrefix="grant" />
      <form
        method="post"
        action={localHref(ctx, `/admin/users/${props.userId}/grants`)}
        class="form"
        novalidate
      >
        <CsrfField ctx={ctx} />
        <SelectField
          ctx={ctx}
          idPrefix="grant"
          name="role"
          label={t('admin.users.grant.role')}
          required
          value={values.role}
          error={errors.role}
          options={roles.map((role) => ({ value: role, label: t(`admin.role.${role}`) }))}
        />
        <SelectField
          ctx={ctx}
          idPrefix="grant"
          required={false}
          name="organisationId"
          label={t('admin.users.grant.organisation')}
          hint={t('admin.users.grant.organisationHint')}
          emptyLabel={t('admin.users.grant.none')}
          value={values.organisationId}
          error={errors.organisationId}
          options={props.organisations.map((organisation) => ({
            value: organisation.id,
            label: organisation.name,
          }))}
        />
        <SelectField
          ctx={ctx}
          idPrefix="grant"
          required={false}
          name="country"
          label={t('admin.users.grant.country')}
          hint={t('admin.users.grant.countryHint')}
          emptyLabel={t('admin.users.grant.none')}
          value={values.country}
          error={errors.country}
          options={countries}
        />
        <button type="submit" class="button">
          {t('admin.users.grant.submit')}
        </button>
      </form>
    </section>
  );
}

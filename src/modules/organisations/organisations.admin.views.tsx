import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  InputField,
  SelectField,
} from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { countriesByName } from '../../platform/i18n/countries.js';
import { DeleteSection, DescriptionFields, LogoSection } from './form-sections.views.js';
import type { FieldErrors, OrganisationFormInput } from './organisations.schema.js';
import { organisationTypes, type OrganisationType } from './organisations.table.js';

export interface AdminOrganisationListProps {
  readonly ctx: PageContext;
  readonly organisations: readonly {
    id: string;
    slug: string;
    name: string;
    type: OrganisationType;
    country: string;
  }[];
  readonly canCreate: boolean;
  readonly canManageContactPoints: boolean;
  readonly notice?: string | undefined;
}

export function AdminOrganisationListPage({
  ctx,
  organisations,
  canCreate,
  ...props
}: AdminOrganisationListProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('organisations.admin.title')}>
      <div class="container prose">
        <h1>{t('organisations.admin.title')}</h1>
        {props.notice ? (
          <p class="notice notice--success" role="status">
            {t(props.notice)}
          </p>
        ) : null}
        <ul class="link-list">
          {canCreate ? (
            <li>
              <a href={localHref(ctx, '/admin/organisations/new')}>{t('organisations.admin.create')}</a>
            </li>
          ) : null}
          {props.canManageContactPoints ? (
            <li>
              <a href={localHref(ctx, '/admin/contact-points')}>{t('organisations.admin.contactPoints')}</a>
            </li>
          ) : null}
        </ul>
        {organisations.length === 0 ? (
          <p class="muted">{t('organisations.admin.empty')}</p>
        ) : (
          <table class="table">
            <caption class="visually-hidden">{t('organisations.admin.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organisations.field.name')}</th>
                <th scope="col">{t('organisations.field.type')}</th>
                <th scope="col">{t('organisations.field.country')}</th>
                <th scope="col">{t('organisations.admin.publicPage')}</th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((organisation) => (
                <tr key={organisation.id}>
                  <th scope="row">
                    <a href={localHref(ctx, `/admin/organisations/${organisation.id}`)}>
                      {organisation.name}
                    </a>
                  </th>
                  <td>{t(`organisations.type.${organisation.type}`)}</td>
                  <td>{ctx.countryName(organisation.country)}</td>
                  <td>
                    <a href={localHref(ctx, `/partners/${organisation.slug}`)}>
                      /partners/{organisation.slug}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </Layout>
  );
}

export interface OrganisationFormPageProps {
  readonly ctx: PageContext;
  /** Undefined while creating. */
  readonly organisation?:
    { readonly id: string; readonly name: string; readonly logoFile: string | null } | undefined;
  readonly values: OrganisationFormInput;
  readonly errors: FieldErrors;
  /** Partnership managers also set the address and the memberships, and may delete. */
  readonly canManage: boolean;
  readonly logoError?: string | undefined;
  readonly notice?: string | undefined;
}

export function OrganisationFormPage(props: OrganisationFormPageProps) {
  const { ctx, organisation } = props;
  const { t } = ctx;
  const title = organisation
    ? t('organisations.admin.editTitle', { name: organisation.name })
    : t('organisations.admin.create');
  const action = localHref(
    ctx,
    organisation ? `/admin/organisations/${organisation.id}` : '/admin/organisations',
  );
  return (
    <Layout ctx={ctx} title={title}>
      <div class="container prose">
        <p class="eyebrow">
          <a href={localHref(ctx, '/admin/organisations')}>{t('organisations.admin.title')}</a>
        </p>
        <h1>{title}</h1>
        {props.notice ? (
          <p class="notice notice--success" role="status">
            {t(props.notice)}
          </p>
        ) : null}
        <ErrorSummary ctx={ctx} errors={props.errors} idPrefix="organisation" />
        <form method="post" action={action} class="form" novalidate>
          <CsrfField ctx={ctx} />
          <OrganisationFields {...props} />
          <button type="submit" class="button">
            {organisation ? t('organisations.admin.save') : t('organisations.admin.create')}
          </button>
        </form>
        {organisation ? (
          <LogoSection ctx={ctx} organisation={organisation} logoError={props.logoError} />
        ) : null}
        {organisation && props.canManage ? (
          <DeleteSection ctx={ctx} action={`/admin/organisations/${organisation.id}/delete`} />
        ) : null}
      </div>
    </Layout>
  );
}

function OrganisationFields({ ctx, values, errors, canManage }: OrganisationFormPageProps) {
  const { t } = ctx;
  const field = { ctx, idPrefix: 'organisation' };
  return (
    <>
      <InputField
        {...field}
        name="name"
        error={errors.name}
        label={t('organisations.field.name')}
        value={values.name}
        required
        maxLength={200}
      />
      <InputField
        {...field}
        name="acronym"
        error={errors.acronym}
        required={false}
        label={t('organisations.field.acronym')}
        value={values.acronym}
        maxLength={40}
      />
      {canManage ? (
        <InputField
          {...field}
          name="slug"
          error={errors.slug}
          required={false}
          label={t('organisations.field.slug')}
          hint={t('organisations.hint.slug')}
          value={values.slug}
          maxLength={80}
        />
      ) : null}
      <SelectField
        {...field}
        name="type"
        error={errors.type}
        label={t('organisations.field.type')}
        value={values.type}
        required
        emptyLabel={t('organisations.admin.choose')}
        options={organisationTypes.map((type) => ({ value: type, label: t(`organisations.type.${type}`) }))}
      />
      <SelectField
        {...field}
        name="country"
        error={errors.country}
        label={t('organisations.field.country')}
        value={values.country}
        required
        emptyLabel={t('organisations.admin.choose')}
        options={countriesByName(ctx.countryName, ctx.locale).map((code) => ({
          value: code,
          label: ctx.countryName(code),
        }))}
      />
      <InputField
        {...field}
        name="website"
        error={errors.website}
        required={false}
        type="url"
        label={t('organisations.field.website')}
        hint={t('organisations.hint.website')}
        value={values.website}
        maxLength={500}
      />
      {canManage ? (
        <fieldset class="fieldset">
          <legend>{t('organisations.field.memberships')}</legend>
          <CheckboxField
            {...field}
            name="isConsortiumMember"
            error={errors.isConsortiumMember}
            label={t('organisations.field.isConsortiumMember')}
            checked={values.isConsortiumMember === 'yes'}
          />
          <CheckboxField
            {...field}
            name="isProvider"
            error={errors.isProvider}
            label={t('organisations.field.isProvider')}
            checked={values.isProvider === 'yes'}
          />
          <CheckboxField
            {...field}
            name="awardsCredits"
            error={errors.awardsCredits}
            label={t('recognition.organisation.awardsCredits')}
            hint={t('recognition.organisation.awardsCreditsHint')}
            checked={values.awardsCredits === 'yes'}
          />
        </fieldset>
      ) : null}
      <DescriptionFields ctx={ctx} form="organisation" values={values} errors={errors} />
    </>
  );
}

import { CsrfField, ErrorSummary, InputField, SelectField } from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { ContactPointRecord } from './contact-points.repo.js';
import { DeleteSection, DescriptionFields } from './form-sections.views.js';
import type { FieldErrors, OrganisationFormInput } from './organisations.schema.js';

export function AdminContactPointListPage(props: {
  ctx: PageContext;
  contactPoints: readonly ContactPointRecord[];
  notice?: string | undefined;
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('organisations.admin.contactPoints')}>
      <div class="container prose">
        <p class="eyebrow">
          <a href={localHref(ctx, '/admin/organisations')}>{t('organisations.admin.title')}</a>
        </p>
        <h1>{t('organisations.admin.contactPoints')}</h1>
        {props.notice ? (
          <p class="notice notice--success" role="status">
            {t(props.notice)}
          </p>
        ) : null}
        <p>
          <a href={localHref(ctx, '/admin/contact-points/new')}>
            {t('organisations.admin.createContactPoint')}
          </a>
        </p>
        {props.contactPoints.length === 0 ? (
          <p class="muted">{t('organisations.contactPoints.empty')}</p>
        ) : (
          <table class="table">
            <caption class="visually-hidden">{t('organisations.admin.contactPoints')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organisations.field.name')}</th>
                <th scope="col">{t('organisations.field.country')}</th>
                <th scope="col">{t('organisations.field.organisation')}</th>
              </tr>
            </thead>
            <tbody>
              {props.contactPoints.map((point) => (
                <tr key={point.id}>
                  <th scope="row">
                    <a href={localHref(ctx, `/admin/contact-points/${point.id}`)}>{point.name}</a>
                  </th>
                  <td>{ctx.countryName(point.country)}</td>
                  <td>{point.organisation?.name ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </Layout>
  );
}

export interface ContactPointFormPageProps {
  readonly ctx: PageContext;
  readonly contactPoint?: { readonly id: string; readonly name: string } | undefined;
  readonly values: OrganisationFormInput;
  readonly errors: FieldErrors;
  /** Member States the actor acts for, in display order. */
  readonly countries: readonly string[];
  readonly organisations: readonly { readonly id: string; readonly name: string }[];
  readonly notice?: string | undefined;
}

export function ContactPointFormPage(props: ContactPointFormPageProps) {
  const { ctx, contactPoint, values, errors } = props;
  const { t } = ctx;
  const title = contactPoint
    ? t('organisations.admin.editTitle', { name: contactPoint.name })
    : t('organisations.admin.createContactPoint');
  const action = localHref(
    ctx,
    contactPoint ? `/admin/contact-points/${contactPoint.id}` : '/admin/contact-points',
  );
  const field = { ctx, idPrefix: 'contact-point' };
  return (
    <Layout ctx={ctx} title={title}>
      <div class="container prose">
        <p class="eyebrow">
          <a href={localHref(ctx, '/admin/contact-points')}>{t('organisations.admin.contactPoints')}</a>
        </p>
        <h1>{title}</h1>
        {props.notice ? (
          <p class="notice notice--success" role="status">
            {t(props.notice)}
          </p>
        ) : null}
        <ErrorSummary ctx={ctx} errors={errors} idPrefix="contact-point" />
        <form method="post" action={action} class="form" novalidate>
          <CsrfField ctx={ctx} />
          <InputField
            {...field}
            name="name"
            error={errors.name}
            label={t('organisations.field.contactPointName')}
            value={values.name}
            required
            maxLength={200}
          />
          <SelectField
            {...field}
            name="country"
            error={errors.country}
            label={t('organisations.field.memberState')}
            value={values.country}
            required
            emptyLabel={t('organisations.admin.choose')}
            options={props.countries.map((code) => ({ value: code, label: ctx.countryName(code) }))}
          />
          <SelectField
            {...field}
            name="organisationId"
            error={errors.organisationId}
            required={false}
            label={t('organisations.field.organisation')}
            value={values.organisationId}
            emptyLabel={t('organisations.admin.noOrganisation')}
            options={props.organisations.map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
            }))}
          />
          <InputField
            {...field}
            name="email"
            error={errors.email}
            required={false}
            type="email"
            label={t('organisations.field.email')}
            hint={t('organisations.hint.contactPointEmail')}
            value={values.email}
            maxLength={254}
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
          <DescriptionFields ctx={ctx} form="contact-point" values={values} errors={errors} />
          <button type="submit" class="button">
            {contactPoint ? t('organisations.admin.save') : t('organisations.admin.createContactPoint')}
          </button>
        </form>
        {contactPoint ? (
          <DeleteSection ctx={ctx} action={`/admin/contact-points/${contactPoint.id}/delete`} />
        ) : null}
      </div>
    </Layout>
  );
}

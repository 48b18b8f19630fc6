import { TextareaField } from '../../platform/layout/form-fields.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { localeNames, locales } from '../../platform/i18n/index.js';
import { logoPath } from './organisations.presenters.js';
import { descriptionField, type FieldErrors, type OrganisationFormInput } from './organisations.schema.js';

/** One description per UI language; a language left empty shows the English one, marked as such. */
export function DescriptionFields(props: {
  ctx: PageContext;
  form: string;
  values: OrganisationFormInput;
  errors: FieldErrors;
}) {
  const { ctx } = props;
  return (
    <fieldset class="fieldset">
      <legend>{ctx.t('organisations.field.descriptions')}</legend>
      <p class="hint">{ctx.t('organisations.hint.descriptions')}</p>
      {locales.map((locale) => (
        <TextareaField
          key={locale}
          ctx={ctx}
          idPrefix={props.form}
          name={descriptionField(locale)}
          error={props.errors[descriptionField(locale)]}
          required={false}
          rows={5}
          label={ctx.t('organisations.field.descriptionIn', { language: localeNames[locale] })}
          value={props.values[descriptionField(locale)]}
          maxLength={5000}
          lang={locale}
        />
      ))}
    </fieldset>
  );
}

/** The current logo, the multipart upload form, and removal. */
export function LogoSection(props: {
  ctx: PageContext;
  organisation: { readonly id: string; readonly name: string; readonly logoFile: string | null };
  logoError?: string | undefined;
}) {
  const { ctx, organisation } = props;
  const { t } = ctx;
  const base = `/admin/organisations/${organisation.id}/logo`;
  return (
    <section aria-labelledby="logo-title">
      <h2 id="logo-title">{t('organisations.field.logo')}</h2>
      {organisation.logoFile ? (
        <img
          class="organisation-logo"
          src={logoPath(organisation.logoFile)}
          alt={t('organisations.logoAlt', { name: organisation.name })}
          height={96}
        />
      ) : (
        <p class="muted">{t('organisations.admin.noLogo')}</p>
      )}
      <form method="post" action={localHref(ctx, base)} enctype="multipart/form-data" class="form">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <div class={props.logoError ? 'field field--error' : 'field'}>
          <label for="logo-logo">{t('organisations.admin.logoFile')}</label>
          <p class="hint" id="logo-logo-hint">
            {t('organisations.hint.logo')}
          </p>
          {props.logoError ? (
            <p class="field__error" id="logo-logo-error">
              <span class="visually-hidden">{t('form.errorPrefix')} </span>
              {t(props.logoError)}
            </p>
          ) : null}
          <input
            id="logo-logo"
            name="logo"
            type="file"
            accept="image/png,image/jpeg,image/svg+xml"
            required
            aria-describedby={props.logoError ? 'logo-logo-hint logo-logo-error' : 'logo-logo-hint'}
            aria-invalid={props.logoError ? 'true' : undefined}
          />
        </div>
        <button type="submit" class="button">
          {t('organisations.admin.uploadLogo')}
        </button>
      </form>
      {organisation.logoFile ? (
        <form method="post" action={localHref(ctx, `${base}/delete`)} class="form">
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <button type="submit" class="button button--secondary">
            {t('organisations.admin.removeLogo')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

export function DeleteSection({ ctx, action }: { ctx: PageContext; action: string }) {
  return (
    <section aria-labelledby="delete-title">
      <h2 id="delete-title">{ctx.t('organisations.admin.deleteTitle')}</h2>
      <p>{ctx.t('organisations.admin.deleteWarning')}</p>
      <form method="post" action={localHref(ctx, action)} class="form">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <button type="submit" class="button button--secondary">
          {ctx.t('organisations.admin.delete')}
        </button>
      </form>
    </section>
  );
}

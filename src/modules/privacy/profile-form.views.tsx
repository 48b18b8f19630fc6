import { CsrfField, ErrorSummary, InputField, SelectField } from '../../platform/layout/form-fields.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { CountryField, LanguagesField, SexField, professions } from '../accounts/index.js';
import type { ProfileErrors } from './privacy.profile.js';
import type { OrganisationChoice } from './privacy.repo.js';
import type { ProfileFormInput } from './privacy.schema.js';

const prefix = 'profile';

export interface ProfileFormProps {
  readonly ctx: PageContext;
  readonly values: ProfileFormInput;
  readonly errors: ProfileErrors;
  readonly organisations: readonly OrganisationChoice[];
}

/** "Correct my profile": name, profession, country, organisation, working languages and sex. */
export function ProfileForm({ ctx, values, errors, organisations }: ProfileFormProps) {
  const { t } = ctx;
  return (
    <form method="post" action={localHref(ctx, '/account/data/profile')} class="form" novalidate>
      <CsrfField ctx={ctx} />
      <ErrorSummary ctx={ctx} errors={errors} idPrefix={prefix} />
      <InputField
        ctx={ctx}
        idPrefix={prefix}
        name="name"
        label={t('privacy.field.name')}
        autocomplete="name"
        maxLength={200}
        value={values.name}
        error={errors.name}
      />
      <SelectField
        ctx={ctx}
        idPrefix={prefix}
        name="profession"
        label={t('privacy.field.profession')}
        options={professions.map((code) => ({ value: code, label: t(`profession.${code}`) }))}
        emptyLabel={t('privacy.field.choose')}
        value={values.profession}
        error={errors.profession}
      />
      <CountryField ctx={ctx} idPrefix={prefix} value={values.country} error={errors.country} />
      <SelectField
        ctx={ctx}
        idPrefix={prefix}
        name="organisation"
        label={t('privacy.field.organisation')}
        hint={t('privacy.hint.organisation')}
        required={false}
        options={organisations.map((organisation) => ({
          value: organisation.id,
          label: `${organisation.name}${organisation.acronym ? ` (${organisation.acronym})` : ''} · ${ctx.countryName(organisation.country)}`,
        }))}
        emptyLabel={t('privacy.field.noOrganisation')}
        value={values.organisation}
        error={errors.organisation}
      />
      <LanguagesField
        ctx={ctx}
        idPrefix={prefix}
        name="languages"
        hint={t('privacy.hint.languages')}
        values={values.languages}
        error={errors.languages}
      />
      <SexField ctx={ctx} idPrefix={prefix} value={values.sex} error={errors.sex} />
      <button type="submit" class="button">
        {t('privacy.profile.submit')}
      </button>
    </form>
  );
}

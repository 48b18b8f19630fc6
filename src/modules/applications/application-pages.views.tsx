import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  InputField,
  SelectField,
  TextareaField,
  type FormErrors,
} from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { professions } from '../accounts/index.js';
import type { ApplyFormValues } from './application-form.js';
import type { SessionToApply } from './application-pages.repo.js';
import { HowPlacesAreGiven, SessionFacts } from './session-facts.views.js';

const prefix = 'apply';

/** Why a session's form is not shown: it takes no applications, or this person has applied already. */
export type ApplyUnavailable = 'closed' | 'deadline-passed' | 'already-applied';

export interface ApplyPageProps {
  readonly ctx: PageContext;
  readonly session: SessionToApply;
  readonly applicantCountry: string | null;
  readonly values: ApplyFormValues;
  readonly errors: FormErrors;
  readonly unavailable?: ApplyUnavailable | undefined;
}

/** `/{lang}/sessions/{id}/apply`: the session, how its places are given, and the application form. */
export function ApplyPage(props: ApplyPageProps) {
  const { ctx, session } = props;
  const { t } = ctx;
  const courseHref = localHref(ctx, `/courses/${encodeURIComponent(session.courseSlug)}`);
  return (
    <Layout ctx={ctx} title={t('applicationPages.apply.pageTitle', { course: session.courseTitle })}>
      <div class="container prose">
        <p class="eyebrow">{t('applicationPages.apply.eyebrow')}</p>
        <h1 lang={session.courseTitleLanguage}>{session.courseTitle}</h1>
        <p>
          <a href={courseHref}>{t('applicationPages.apply.aboutCourse')}</a>
        </p>
        <ErrorSummary ctx={ctx} errors={props.errors} idPrefix={prefix} />
        <h2>{t('applicationPages.apply.session')}</h2>
        <SessionFacts ctx={ctx} session={session} />
        <h2>{t('applicationPages.apply.howPlaces')}</h2>
        <HowPlacesAreGiven ctx={ctx} session={session} applicantCountry={props.applicantCountry} />
        <h2>{t('applicationPages.apply.yourApplication')}</h2>
        {props.unavailable ? <Unavailable ctx={ctx} reason={props.unavailable} /> : <ApplyForm {...props} />}
      </div>
    </Layout>
  );
}

const unavailableMessages: Record<ApplyUnavailable, string> = {
  closed: 'applicationPages.error.closed',
  'deadline-passed': 'applicationPages.error.deadlinePassed',
  'already-applied': 'applicationPages.error.alreadyApplied',
};

function Unavailable({ ctx, reason }: { ctx: PageContext; reason: ApplyUnavailable }) {
  return (
    <p class="notice">
      {ctx.t(unavailableMessages[reason])}{' '}
      {reason === 'already-applied' ? <MyApplicationsLink ctx={ctx} /> : null}
    </p>
  );
}

const MyApplicationsLink = ({ ctx }: { ctx: PageContext }) => (
  <a href={localHref(ctx, '/account/applications')}>{ctx.t('applicationPages.mine.title')}</a>
);

function ApplyForm({ ctx, session, applicantCountry, values, errors }: ApplyPageProps) {
  const { t } = ctx;
  const field = { ctx, idPrefix: prefix };
  return (
    <form method="post" action={localHref(ctx, `/sessions/${session.id}/apply`)} class="form" novalidate>
      <CsrfField ctx={ctx} />
      <FormProblem ctx={ctx} error={errors.form} />
      <TextareaField
        {...field}
        name="motivation"
        rows={8}
        maxLength={5000}
        label={t('applicationPages.field.motivation')}
        hint={t('applicationPages.hint.motivation')}
        value={values.motivation}
        error={errors.motivation}
      />
      <SelectField
        {...field}
        name="profession"
        label={t('applicationPages.field.profession')}
        options={professions.map((code) => ({ value: code, label: t(`profession.${code}`) }))}
        emptyLabel={t('applicationPages.field.choose')}
        value={values.profession}
        error={errors.profession}
      />
      <InputField
        {...field}
        name="organisation"
        required={false}
        maxLength={200}
        autocomplete="organization"
        label={t('applicationPages.field.organisation')}
        hint={t('applicationPages.hint.organisation')}
        value={values.organisation}
        error={errors.organisation}
      />
      <InputField
        {...field}
        name="position"
        required={false}
        maxLength={200}
        autocomplete="organization-title"
        label={t('applicationPages.field.position')}
        value={values.position}
        error={errors.position}
      />
      <CheckboxField
        {...field}
        name="consentShare"
        required
        checked={values.consentShare}
        label={
          applicantCountry
            ? t('applicationPages.field.consent', {
                country: ctx.countryName(applicantCountry),
                provider: session.providerName,
              })
            : t('applicationPages.field.consentNoCountry', { provider: session.providerName })
        }
        hint={t('applicationPages.hint.consent')}
        error={errors.consentShare}
      />
      <button type="submit" class="button">
        {t('applicationPages.apply.submit')}
      </button>
    </form>
  );
}

/**
 * A refusal about the whole application (deadline, quota, applied already), where the error summary
 * points to, with the way forward where there is one.
 */
function FormProblem({ ctx, error }: { ctx: PageContext; error: string | undefined }) {
  if (!error) return null;
  return (
    <div class="field field--error" id={`${prefix}-form`} tabIndex={-1}>
      <p class="field__error">
        <span class="visually-hidden">{ctx.t('form.errorPrefix')} </span>
        {ctx.t(error)}{' '}
        {error === 'applicationPages.error.alreadyApplied' ? <MyApplicationsLink ctx={ctx} /> : null}
        {error === 'applicationPages.error.countryRequired' ? (
          <a href={localHref(ctx, '/account/data')}>{ctx.t('applicationPages.quota.profileLink')}</a>
        ) : null}
      </p>
    </div>
  );
}

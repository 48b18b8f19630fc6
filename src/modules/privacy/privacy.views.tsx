import { Layout } from '../../platform/layout/layout.js';
import { CsrfField } from '../../platform/layout/form-fields.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { ConsentState } from './privacy.consents.js';
import type { MyData, ProfileErrors } from './privacy.profile.js';
import type { ProfileFormInput } from './privacy.schema.js';
import { ProfileForm } from './profile-form.views.js';

/** What the page says after a change (post/redirect/get): a translation key per outcome. */
export const myDataNotices = {
  profile: 'privacy.notice.profileSaved',
  'consent-given': 'privacy.notice.consentGiven',
  'consent-withdrawn': 'privacy.notice.consentWithdrawn',
  'consent-unchanged': 'privacy.notice.consentUnchanged',
} as const;
export type MyDataNotice = keyof typeof myDataNotices;

export interface MyDataPageProps {
  readonly ctx: PageContext;
  readonly data: MyData;
  readonly form: { readonly values: ProfileFormInput; readonly errors: ProfileErrors };
  readonly notice?: MyDataNotice | undefined;
}

/** "My data": what we hold, download it all, correct the profile, consents, erase the account. */
export function MyDataPage({ ctx, data, form, notice }: MyDataPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('privacy.myData.title')}>
      <div class="container prose">
        <h1>{t('privacy.myData.title')}</h1>
        <p class="lead">{t('privacy.myData.lead')}</p>
        {notice ? (
          <div class="notice notice--success" role="status">
            <p>{t(myDataNotices[notice])}</p>
          </div>
        ) : null}
        <section aria-labelledby="held">
          <h2 id="held">{t('privacy.held.title')}</h2>
          <ProfileSummary ctx={ctx} data={data} />
          <HoldingsTable ctx={ctx} data={data} />
          <p>{t('privacy.held.secrets')}</p>
        </section>
        <section aria-labelledby="download">
          <h2 id="download">{t('privacy.download.title')}</h2>
          <p>{t('privacy.download.body')}</p>
          <p>
            <a class="button" href="/api/v1/me/export" download>
              {t('privacy.download.action')}
            </a>
          </p>
        </section>
        <section aria-labelledby="profile">
          <h2 id="profile">{t('privacy.profile.title')}</h2>
          <p>
            {t('privacy.profile.body')}{' '}
            <a href={localHref(ctx, '/account')}>{t('privacy.profile.accountLink')}</a>
          </p>
          <ProfileForm
            ctx={ctx}
            values={form.values}
            errors={form.errors}
            organisations={data.organisations}
          />
        </section>
        <section aria-labelledby="consents">
          <h2 id="consents">{t('privacy.consents.title')}</h2>
          <p>{t('privacy.consents.body')}</p>
          <div class="card-list">
            {data.consents.map((consent) => (
              <ConsentCard key={consent.kind} ctx={ctx} consent={consent} />
            ))}
          </div>
        </section>
        <section aria-labelledby="erase">
          <h2 id="erase">{t('privacy.erase.title')}</h2>
          <p>{t('privacy.erase.summary')}</p>
          <p>
            <a class="button button--secondary" href={localHref(ctx, '/account/data/erase')}>
              {t('privacy.erase.start')}
            </a>
          </p>
        </section>
      </div>
    </Layout>
  );
}

function ProfileSummary({ ctx, data }: { ctx: PageContext; data: MyData }) {
  const { t } = ctx;
  const { profile } = data;
  const languageName = nameOfLanguage(ctx);
  const organisation = data.organisations.find((each) => each.id === profile.organisation_id);
  const date = (value: string | null) => (value ? ctx.formatDate(value) : t('privacy.held.never'));
  const rows: [string, string][] = [
    ['privacy.field.name', profile.name],
    ['privacy.field.email', profile.email],
    ['privacy.field.profession', profile.profession ? t(`profession.${profile.profession}`) : '—'],
    ['privacy.field.country', profile.country ? ctx.countryName(profile.country) : '—'],
    ['privacy.held.organisation', organisation?.name ?? '—'],
    [
      'privacy.held.languages',
      (profile.preferred_languages ?? '').split(',').filter(Boolean).map(languageName).join(', ') || '—',
    ],
    ['privacy.held.sex', t(`privacy.sex.${profile.sex ?? 'not-given'}`)],
    ['privacy.held.uiLanguage', languageName(profile.preferred_language)],
    ['privacy.held.createdAt', date(profile.created_at)],
    ['privacy.held.verifiedAt', date(profile.email_verified_at)],
    ['privacy.held.lastSeenAt', date(profile.last_seen_at)],
    [
      'privacy.held.secondFactor',
      profile.second_factor_enabled_at ? t('privacy.held.yes') : t('privacy.held.no'),
    ],
  ];
  return (
    <dl class="definition-list">
      {rows.map(([label, value]) => [
        <dt key={`${label}-term`}>{t(label)}</dt>,
        <dd key={label}>{value}</dd>,
      ])}
    </dl>
  );
}

/** A language's name in the page's language; the code itself when it is not one Intl knows. */
function nameOfLanguage(ctx: PageContext): (code: string) => string {
  const names = new Intl.DisplayNames([ctx.locale], { type: 'language' });
  return (code) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  };
}

function HoldingsTable({ ctx, data }: { ctx: PageContext; data: MyData }) {
  const { t } = ctx;
  return (
    <table class="table">
      <caption class="visually-hidden">{t('privacy.held.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('privacy.held.kind')}</th>
          <th scope="col">{t('privacy.held.count')}</th>
        </tr>
      </thead>
      <tbody>
        {data.holdings.map((holding) => (
          <tr key={holding.label}>
            <th scope="row">{t(holding.label)}</th>
            <td>{ctx.formatNumber(holding.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ConsentCard({ ctx, consent }: { ctx: PageContext; consent: ConsentState }) {
  const { t } = ctx;
  const titleId = `consent-${consent.kind}`;
  const isGiven = consent.givenAt !== null;
  return (
    <div class="card">
      <h3 id={titleId} class="card__title">
        {t(`privacy.consent.${consent.kind}.title`)}
      </h3>
      <p>{t(`privacy.consent.${consent.kind}.description`)}</p>
      <p>
        <strong>
          {isGiven
            ? t('privacy.consents.given', {
                date: ctx.formatDate(consent.givenAt ?? ''),
                version: consent.policyVersion ?? '',
              })
            : t('privacy.consents.notGiven')}
        </strong>
      </p>
      <form method="post" action={localHref(ctx, '/account/data/consents')}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="kind" value={consent.kind} />
        <input type="hidden" name="action" value={isGiven ? 'withdraw' : 'give'} />
        <button
          type="submit"
          class={isGiven ? 'button button--secondary' : 'button'}
          aria-describedby={titleId}
        >
          {isGiven ? t('privacy.consents.withdraw') : t('privacy.consents.give')}
        </button>
      </form>
    </div>
  );
}

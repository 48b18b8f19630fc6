import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';

export interface PrivacyProps {
  readonly ctx: PageContext;
  readonly controllerName: string;
  readonly controllerAddress: string;
  readonly dpoEmail: string;
  readonly lastUpdated: string;
}

const purposes = [
  'accounts',
  'applications',
  'records',
  'credentials',
  'evaluation',
  'contact',
  'security',
] as const;
const rights = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'consent',
] as const;
const retention = ['contact', 'accounts', 'records', 'security'] as const;

/** The privacy policy (GDPR Articles 13 and 14): who, why, on which basis, how long, and the visitor's rights. */
export function PrivacyPage({ ctx, controllerName, controllerAddress, dpoEmail, lastUpdated }: PrivacyProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('privacy.title')}>
      <article class="container prose">
        <h1>{t('privacy.title')}</h1>
        <p class="lead">{t('privacy.lead')}</p>
        <p class="muted">{t('privacy.updated', { date: ctx.formatDate(lastUpdated) })}</p>

        <h2>{t('privacy.controller.title')}</h2>
        <address>
          {controllerName}
          <br />
          {controllerAddress}
        </address>
        <p>
          {t('privacy.controller.dpo')} <a href={`mailto:${dpoEmail}`}>{dpoEmail}</a>
        </p>

        <h2>{t('privacy.purposes.title')}</h2>
        <table class="table">
          <caption class="visually-hidden">{t('privacy.purposes.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('privacy.purposes.purpose')}</th>
              <th scope="col">{t('privacy.purposes.data')}</th>
              <th scope="col">{t('privacy.purposes.basis')}</th>
            </tr>
          </thead>
          <tbody>
            {purposes.map((purpose) => (
              <tr key={purpose}>
                <th scope="row">{t(`privacy.purpose.${purpose}.name`)}</th>
                <td>{t(`privacy.purpose.${purpose}.data`)}</td>
                <td>{t(`privacy.purpose.${purpose}.basis`)}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <h2>{t('privacy.recipients.title')}</h2>
        <p>{t('privacy.recipients.body')}</p>

        <h2>{t('privacy.retention.title')}</h2>
        <ul>
          {retention.map((item) => (
            <li key={item}>{t(`privacy.retention.${item}`)}</li>
          ))}
        </ul>

        <h2>{t('privacy.cookies.title')}</h2>
        <p>{t('privacy.cookies.body')}</p>

        <h2>{t('privacy.rights.title')}</h2>
        <ul>
          {rights.map((right) => (
            <li key={right}>{t(`privacy.rights.${right}`)}</li>
          ))}
        </ul>

        <h2>{t('privacy.exercise.title')}</h2>
        <p>
          {t('privacy.exercise.body')} <a href={`mailto:${dpoEmail}`}>{dpoEmail}</a>
        </p>
        <p>
          <a href={localHref(ctx, '/contact')}>{t('privacy.exercise.contact')}</a>
        </p>
        <p>{t('privacy.exercise.complaint')}</p>
      </article>
    </Layout>
  );
}

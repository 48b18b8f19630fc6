import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';

export interface AccessibilityProps {
  readonly ctx: PageContext;
  readonly contactEmail: string;
  readonly preparedOn: string;
}

const limitations = ['apiDocs', 'partnerDocuments', 'harvested'] as const;

/** The accessibility statement, after the model of the EU Web Accessibility Directive (2018/1523). */
export function AccessibilityPage({ ctx, contactEmail, preparedOn }: AccessibilityProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accessibility.title')}>
      <article class="container prose">
        <h1>{t('accessibility.title')}</h1>
        <p class="lead">{t('accessibility.lead')}</p>

        <h2>{t('accessibility.status.title')}</h2>
        <p>{t('accessibility.status.body')}</p>

        <h2>{t('accessibility.limitations.title')}</h2>
        <p>{t('accessibility.limitations.intro')}</p>
        <ul>
          {limitations.map((item) => (
            <li key={item}>{t(`accessibility.limitations.${item}`)}</li>
          ))}
        </ul>

        <h2>{t('accessibility.preparation.title')}</h2>
        <p>{t('accessibility.preparation.body', { date: ctx.formatDate(preparedOn) })}</p>

        <h2>{t('accessibility.feedback.title')}</h2>
        <p>{t('accessibility.feedback.body')}</p>
        <ul>
          <li>
            <a href={localHref(ctx, '/contact')}>{t('accessibility.feedback.form')}</a>
          </li>
          <li>
            <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
          </li>
        </ul>

        <h2>{t('accessibility.enforcement.title')}</h2>
        <p>{t('accessibility.enforcement.body')}</p>
      </article>
    </Layout>
  );
}

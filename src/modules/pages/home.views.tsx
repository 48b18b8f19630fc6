import type { OrganisationSummary } from '../organisations/index.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { OrganisationList } from './organisation-list.views.js';

export interface HomeProps {
  readonly ctx: PageContext;
  readonly providers: readonly OrganisationSummary[];
  readonly topics: readonly string[];
}

/** Targets written into the project (DOMAIN.md); the coordinator's dashboard will make them editable. */
const targets = [
  { key: 'home.audience.judicial', count: 113 },
  { key: 'home.audience.prison', count: 500 },
  { key: 'home.audience.handbook', count: 1000 },
] as const;

const instruments = [
  'fd909',
  'fd947',
  'fd829',
  'eio',
  'eaw',
  'dataProtection',
  'terrorism',
  'proceduralRights',
] as const;

export function HomePage({ ctx, providers, topics }: HomeProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('home.title')}>
      <section class="hero" aria-labelledby="hero-title">
        <div class="container">
          <p class="eyebrow">{t('site.fullName')}</p>
          <h1 id="hero-title">{t('home.title')}</h1>
          <p class="lead">{t('home.lead')}</p>
          <p class="actions">
            <a class="button" href="#catalogue">
              {t('home.cta.catalogue')}
            </a>
            <a class="button button--secondary" href={localHref(ctx, '/contact')}>
              {t('home.cta.contact')}
            </a>
          </p>
        </div>
      </section>

      <Section id="catalogue" title={t('home.network.title')}>
        <p>{t('home.network.body')}</p>
        <p>{t('home.network.catalogue')}</p>
        <h3>{t('home.network.providers')}</h3>
        <OrganisationList ctx={ctx} organisations={providers} empty={t('home.network.noProviders')} />
      </Section>

      <Section id="toolkit" title={t('home.toolkit.title')} tone="alt">
        <p>{t('home.toolkit.body')}</p>
        <p>{t('home.toolkit.exchange')}</p>
      </Section>

      <Section id="partners" title={t('home.partnership.title')}>
        <p>{t('home.partnership.body')}</p>
        <p>{t('home.partnership.credits')}</p>
        <ul class="link-list">
          <li>
            <a href={localHref(ctx, '/partners')}>{t('home.partnership.directory')}</a>
          </li>
          <li>
            <a href={localHref(ctx, '/contact-points')}>{t('home.partnership.contactPoints')}</a>
          </li>
        </ul>
      </Section>

      <Section id="living-labs" title={t('home.labs.title')} tone="alt">
        <p>{t('home.labs.body')}</p>
        <ol class="topic-list">
          {topics.map((code) => (
            <li key={code} class="topic-card">
              <h3>{t(`topic.${code}.name`)}</h3>
              <p>{t(`topic.${code}.description`)}</p>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="audience" title={t('home.audience.title')}>
        <p>{t('home.audience.body')}</p>
        <ul class="figure-list">
          {targets.map(({ key, count }) => (
            <li key={key}>
              <span class="figure-list__number">{ctx.formatNumber(count)}</span>
              <span>{t(key, { count })}</span>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="instruments" title={t('home.instruments.title')} tone="alt">
        <p>{t('home.instruments.body')}</p>
        <ul class="columns">
          {instruments.map((key) => (
            <li key={key}>{t(`instrument.${key}`)}</li>
          ))}
        </ul>
      </Section>

      <Section id="handbook" title={t('home.handbook.title')}>
        <p>{t('home.handbook.body')}</p>
      </Section>
    </Layout>
  );
}

function Section(props: { id: string; title: string; tone?: 'alt'; children: preact.ComponentChildren }) {
  return (
    <section
      id={props.id}
      class={props.tone === 'alt' ? 'section section--alt' : 'section'}
      aria-labelledby={`${props.id}-title`}
    >
      <div class="container prose">
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        {props.children}
      </div>
    </section>
  );
}

import type { ComponentChildren } from 'preact';
import { labelOrCode } from '../../platform/i18n/index.js';
import { languageName, ShownIn } from '../../platform/layout/language-names.js';
import { Layout } from '../../platform/layout/layout.js';
import { InstrumentLinks } from '../legal/instrument-links.views.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { resourceJsonLd } from './resource-json-ld.js';
import { networkName } from './toolkit-labels.js';
import { toolkitHref } from './toolkit-links.js';
import { attachmentPath, resourcePath, shownText } from './toolkit.schema.js';
import type { PublicResource } from './toolkit.service.js';

/** `/{lang}/toolkit/resources/{id}`: every field of a published resource, its files and other sources. */
export function ResourcePage({ ctx, found }: { ctx: PageContext; found: PublicResource }) {
  const { t } = ctx;
  const { resource, attachments, related } = found;
  const text = shownText(resource, ctx.locale);
  const title = text?.title ?? resource.id;
  const jsonLd = resourceJsonLd(ctx, resource, text, attachments, related);
  const own = resource.sourceLanguage;
  return (
    <Layout ctx={ctx} title={title} description={text?.summary}>
      <script type="application/ld+json" nonce={ctx.nonce} dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <div class="container prose">
        <p class="eyebrow">
          <a href={localHref(ctx, '/toolkit')}>{t('toolkit.list.title')}</a>
        </p>
        <div lang={text?.language}>
          <h1>{title}</h1>
          {text ? <ShownIn ctx={ctx} language={text.language} /> : null}
          {text?.summary ? <p class="lead">{text.summary}</p> : null}
        </div>
        {resource.originalUrl ? (
          <p>
            <a href={resource.originalUrl} rel="noopener noreferrer external">
              {t('toolkit.resource.openOriginal', { network: networkName(ctx, resource.network) })}
            </a>
          </p>
        ) : null}
        <h2>{t('toolkit.resource.details')}</h2>
        <dl class="definition-list">
          <Fact label={t('toolkit.resource.type')}>
            {labelOrCode(ctx, `toolkit.type.${resource.type}`, resource.type)}
          </Fact>
          <Fact label={t('toolkit.resource.network')}>
            <a href={toolkitHref(ctx, [{ kind: 'facet', facet: 'source', value: resource.network }])}>
              {networkName(ctx, resource.network)}
            </a>
          </Fact>
          <ListFact
            label={t('toolkit.resource.topics')}
            values={resource.topics.map((code) => labelOrCode(ctx, `topic.${code}.name`, code))}
          />
          <ListFact
            label={t('toolkit.resource.professions')}
            values={resource.professions.map((code) => labelOrCode(ctx, `profession.${code}`, code))}
          />
          <ListFact
            label={t('toolkit.resource.languages')}
            values={resource.languages.map((code) => languageName(ctx, code))}
          />
          <ListFact
            label={t('toolkit.resource.countries')}
            values={resource.countries.map((code) => ctx.countryName(code))}
          />
          {resource.instruments.length > 0 ? (
            <Fact label={t('toolkit.resource.instruments')}>
              <InstrumentLinks ctx={ctx} celexes={resource.instruments} names={found.instrumentNames} />
            </Fact>
          ) : null}
          {resource.organisationName ? (
            <Fact label={t('toolkit.resource.organisation')}>{resource.organisationName}</Fact>
          ) : null}
          {resource.contact ? <Fact label={t('toolkit.resource.contact')}>{resource.contact}</Fact> : null}
          {resource.publishedOn ? (
            <Fact label={t('toolkit.resource.publishedOn')}>
              <time datetime={resource.publishedOn}>{resource.publishedOn}</time>
            </Fact>
          ) : null}
          {resource.licence ? <Fact label={t('toolkit.resource.licence')}>{resource.licence}</Fact> : null}
          {resource.doi ? (
            <Fact label={t('toolkit.resource.doi')}>
              <a href={`https://doi.org/${resource.doi}`} rel="noopener noreferrer external">
                {resource.doi}
              </a>
            </Fact>
          ) : null}
          <Fact label={t('toolkit.resource.evidence')}>
            {resource.evidence
              ? labelOrCode(ctx, `toolkit.evidence.${resource.evidence}`, resource.evidence)
              : t('toolkit.resource.noEvidence')}
          </Fact>
          <Fact label={t('toolkit.resource.lastUpdate')}>
            <time datetime={resource.datestamp}>
              {ctx.formatDate(resource.datestamp, { dateStyle: 'long', timeZone: 'UTC' })}
            </time>
          </Fact>
        </dl>
        {resource.evaluation ? (
          <LongText heading={t('toolkit.resource.evaluation')} text={resource.evaluation} lang={own} />
        ) : null}
        {resource.transferability ? (
          <LongText
            heading={t('toolkit.resource.transferability')}
            text={resource.transferability}
            lang={own}
          />
        ) : null}
        <Attachments ctx={ctx} found={found} />
        {related.length > 0 ? (
          <section aria-labelledby="also-available">
            <h2 id="also-available">{t('toolkit.resource.alsoAvailable')}</h2>
            <ul>
              {related.map((other) => (
                <li key={other.id}>
                  <a href={resourcePath(ctx.locale, other.id)} lang={other.language}>
                    {other.title}
                  </a>{' '}
                  <span class="muted">({networkName(ctx, other.network)})</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {resource.version > 1 ? (
          <p>
            <a href={`${resourcePath(ctx.locale, resource.id)}/versions`}>
              {t('toolkit.resource.versions', { version: resource.version })}
            </a>
          </p>
        ) : null}
      </div>
    </Layout>
  );
}

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function ListFact({ label, values }: { label: string; values: readonly string[] }) {
  return values.length === 0 ? null : <Fact label={label}>{values.join(', ')}</Fact>;
}

function LongText({ heading, text, lang }: { heading: string; text: string; lang: string }) {
  return (
    <section>
      <h2>{heading}</h2>
      {text.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index} lang={lang}>
          {paragraph}
        </p>
      ))}
    </section>
  );
}

function Attachments({ ctx, found }: { ctx: PageContext; found: PublicResource }) {
  if (found.attachments.length === 0) return null;
  return (
    <section aria-labelledby="attachments">
      <h2 id="attachments">{ctx.t('toolkit.resource.attachments')}</h2>
      <ul>
        {found.attachments.map((file) => (
          <li key={file.id}>
            <a href={attachmentPath(file.id)} download={file.fileName}>
              {file.fileName}
            </a>{' '}
            <span class="muted">
              {ctx.t('toolkit.resource.fileFacts', {
                type: file.mediaType,
                size: ctx.formatNumber(Math.max(1, Math.round(file.byteSize / 1024))),
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

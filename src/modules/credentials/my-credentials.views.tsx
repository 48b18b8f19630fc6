import { CsrfField } from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { CertificateCredit } from './certificate-pdf.format.js';
import type { MyCredential, MyTranscript } from './my-credentials.service.js';

/** One credential on the page, with its current share link (the verify page's address) if any. */
export interface MyCredentialItem {
  readonly credential: MyCredential;
  readonly shareLink: string | undefined;
}

export interface MyCredentialsPageProps {
  readonly ctx: PageContext;
  readonly items: readonly MyCredentialItem[];
  readonly notice?: string | undefined;
}

const idOf = (credentialId: string) => `credential-${credentialId}`;

const day = (ctx: PageContext, iso: string, timeZone: string) =>
  ctx.formatDate(iso, { dateStyle: 'long', timeZone });

const creditsText = (ctx: PageContext, credits: readonly CertificateCredit[]) =>
  credits
    .map((credit) =>
      ctx.t('myCredentials.credit', {
        amount: ctx.formatNumber(credit.amount, { maximumFractionDigits: 2 }),
        system: credit.system,
        body: credit.awardingBody,
      }),
    )
    .join('; ') || '—';

/** `/{lang}/account/credentials`: the person's credentials, their status, downloads and sharing. */
export function MyCredentialsPage({ ctx, items, notice }: MyCredentialsPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('myCredentials.title')}>
      <div class="container prose">
        <p class="eyebrow">
          <a href={localHref(ctx, '/account')}>{t('myCredentials.account')}</a>
        </p>
        <h1>{t('myCredentials.title')}</h1>
        <p class="lead">{t('myCredentials.lead')}</p>
        {notice ? (
          <p class="notice notice--success" role="status">
            {t(notice)}
          </p>
        ) : null}
        {items.length === 0 ? (
          <p>{t('myCredentials.none')}</p>
        ) : (
          <>
            <p>
              <a href={localHref(ctx, '/account/transcript')}>{t('myCredentials.transcriptLink')}</a>
            </p>
            {items.map((item) => (
              <CredentialSection key={item.credential.id} ctx={ctx} item={item} />
            ))}
          </>
        )}
      </div>
    </Layout>
  );
}

function CredentialSection({ ctx, item }: { ctx: PageContext; item: MyCredentialItem }) {
  const { t } = ctx;
  const { credential } = item;
  const id = idOf(credential.id);
  return (
    <section id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{credential.courseTitle}</h2>
      <dl class="definition-list">
        <dt>{t('myCredentials.provider')}</dt>
        <dd>{credential.providerName}</dd>
        <dt>{t('myCredentials.completedOn')}</dt>
        <dd>
          <time datetime={credential.completedAt}>
            {day(ctx, credential.completedAt, credential.timeZone)}
          </time>
        </dd>
        <dt>{t('myCredentials.hours')}</dt>
        <dd>{t('myCredentials.hoursValue', { hours: credential.hours })}</dd>
        <dt>{t('myCredentials.credits')}</dt>
        <dd>{creditsText(ctx, credential.credits)}</dd>
        <dt>{t('myCredentials.statusLabel')}</dt>
        <dd>
          <strong>{t(`myCredentials.status.${credential.status}`)}</strong>
          {credential.status === 'revoked' && credential.revocationReason
            ? ` — ${t('myCredentials.revokedBecause', { reason: credential.revocationReason })}`
            : null}
        </dd>
        <dt>{t('myCredentials.visibilityLabel')}</dt>
        <dd>
          {t(credential.isPublic ? 'myCredentials.visibility.public' : 'myCredentials.visibility.private')}
        </dd>
      </dl>
      <Downloads ctx={ctx} credential={credential} />
      <Sharing ctx={ctx} item={item} />
    </section>
  );
}

function Downloads({ ctx, credential }: { ctx: PageContext; credential: MyCredential }) {
  const { t } = ctx;
  const base = localHref(ctx, `/account/credentials/${credential.id}`);
  return (
    <>
      <h3>{t('myCredentials.downloads')}</h3>
      <ul>
        <li>
          <a href={`${base}/certificate.pdf?lang=${ctx.locale}`} download>
            {t('myCredentials.downloadPdf')}
          </a>
          {credential.hasShareLink ? null : <> {t('myCredentials.pdfCreatesLink')}</>}
        </li>
        <li>
          <a href={`${base}.json`} download>
            {t('myCredentials.downloadJson')}
          </a>
        </li>
        <li>
          <a href={`${base}.jwt`} download>
            {t('myCredentials.downloadJwt')}
          </a>
        </li>
      </ul>
    </>
  );
}

function Sharing({ ctx, item }: { ctx: PageContext; item: MyCredentialItem }) {
  const { t } = ctx;
  const { credential, shareLink } = item;
  const id = idOf(credential.id);
  const action = (path: string) => localHref(ctx, `/account/credentials/${credential.id}${path}`);
  return (
    <>
      <h3>{t('myCredentials.sharing')}</h3>
      {shareLink ? (
        <div class="field">
          <label for={`${id}-link`}>{t('myCredentials.shareLink')}</label>
          <p class="field__hint" id={`${id}-link-hint`}>
            {t('myCredentials.shareLinkHint')}
          </p>
          <input
            id={`${id}-link`}
            type="url"
            readOnly
            value={shareLink}
            aria-describedby={`${id}-link-hint`}
            autocomplete="off"
            spellcheck={false}
          />
        </div>
      ) : (
        <p>{t('myCredentials.noShareLink')}</p>
      )}
      <div class="actions">
        <form method="post" action={action('/share-link')}>
          <CsrfField ctx={ctx} />
          <button type="submit" class="button button--secondary">
            {t(shareLink ? 'myCredentials.replaceLink' : 'myCredentials.createLink')}
          </button>
        </form>
        {shareLink ? (
          <form method="post" action={action('/share-link/remove')}>
            <CsrfField ctx={ctx} />
            <button type="submit" class="button button--secondary">
              {t('myCredentials.removeLink')}
            </button>
          </form>
        ) : null}
        <form method="post" action={action('/visibility')}>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="public" value={credential.isPublic ? 'false' : 'true'} />
          <button type="submit" class="button button--secondary">
            {t(credential.isPublic ? 'myCredentials.makePrivate' : 'myCredentials.makePublic')}
          </button>
        </form>
      </div>
    </>
  );
}

/** `/{lang}/account/transcript`: totals by credit system and awarding body, hours, and every course. */
export function TranscriptPage({ ctx, transcript }: { ctx: PageContext; transcript: MyTranscript }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('myCredentials.transcript.title')}>
      <div class="container prose">
        <p class="eyebrow">
          <a href={localHref(ctx, '/account/credentials')}>{t('myCredentials.title')}</a>
        </p>
        <h1>{t('myCredentials.transcript.title')}</h1>
        <p class="lead">{t('myCredentials.transcript.lead')}</p>
        <p>
          <a href={localHref(ctx, '/account/transcript.pdf')} download>
            {t('myCredentials.transcript.downloadPdf')}
          </a>
        </p>
        {transcript.entries.length === 0 ? (
          <p>{t('myCredentials.none')}</p>
        ) : (
          <>
            <Totals ctx={ctx} transcript={transcript} />
            <Courses ctx={ctx} transcript={transcript} />
          </>
        )}
      </div>
    </Layout>
  );
}

function Totals({ ctx, transcript }: { ctx: PageContext; transcript: MyTranscript }) {
  const { t } = ctx;
  return (
    <div class="table-wrapper">
      <table class="table">
        <caption>{t('myCredentials.transcript.totals')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('myCredentials.transcript.system')}</th>
            <th scope="col">{t('myCredentials.transcript.awardingBody')}</th>
            <th scope="col">{t('myCredentials.transcript.total')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('myCredentials.hours')}</th>
            <td>{t('myCredentials.transcript.allProviders')}</td>
            <td>{ctx.formatNumber(transcript.hours, { maximumFractionDigits: 2 })}</td>
          </tr>
          {transcript.totals.map((total) => (
            <tr key={`${total.system}-${total.awardingBody}`}>
              <th scope="row">{total.system}</th>
              <td>{total.awardingBody}</td>
              <td>{ctx.formatNumber(total.amount, { maximumFractionDigits: 2 })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Courses({ ctx, transcript }: { ctx: PageContext; transcript: MyTranscript }) {
  const { t } = ctx;
  return (
    <div class="table-wrapper">
      <table class="table">
        <caption>{t('myCredentials.transcript.courses')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('myCredentials.completedOn')}</th>
            <th scope="col">{t('myCredentials.transcript.course')}</th>
            <th scope="col">{t('myCredentials.hours')}</th>
            <th scope="col">{t('myCredentials.credits')}</th>
          </tr>
        </thead>
        <tbody>
          {transcript.entries.map((entry) => (
            <tr key={entry.credentialId}>
              <td>
                <time datetime={entry.completedAt}>{day(ctx, entry.completedAt, entry.timeZone)}</time>
              </td>
              <th scope="row">
                {entry.courseTitle}
                <br />
                <small>{entry.providerName}</small>
              </th>
              <td>{ctx.formatNumber(entry.hours, { maximumFractionDigits: 2 })}</td>
              <td>{creditsText(ctx, entry.credits)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

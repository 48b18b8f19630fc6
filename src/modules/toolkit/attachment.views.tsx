import { CsrfField, UploadField } from '../../platform/layout/form-fields.js';
import type { PageContext } from '../../platform/layout/page-context.js';
import { localHref } from '../../platform/layout/page-context.js';
import { UploadForm } from '../../platform/layout/upload-form.js';
import type { ContributionFile } from './contribution.service.js';

const attachmentTypes = [
  '.pdf',
  '.docx',
  '.odt',
  '.epub',
  '.mp4',
  'application/pdf',
  'video/mp4',
  'application/epub+zip',
];

/** "2.4 MB" in the reader's number format. */
export function sizeText(ctx: PageContext, bytes: number): string {
  if (bytes < 1024 * 1024) {
    return ctx.t('toolkitReview.size.kilobytes', {
      size: ctx.formatNumber(Math.max(1, Math.round(bytes / 1024))),
    });
  }
  return ctx.t('toolkitReview.size.megabytes', {
    size: ctx.formatNumber(bytes / (1024 * 1024), { maximumFractionDigits: 1 }),
  });
}

/**
 * A resource's files with download links and what a pending edit does with them; for its contributor,
 * while the contribution or the edit is open, a button to remove each and the upload form.
 */
export function AttachmentsSection(props: {
  ctx: PageContext;
  resourceId: string;
  attachments: readonly ContributionFile[];
  /** Files may be added and removed now. */
  canUpload: boolean;
  /** Why the last upload was refused (translation key), and the file's name. */
  error: { key: string; fileName: string } | undefined;
}) {
  const { ctx, attachments } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">{t('toolkitReview.attachments.title')}</h2>
      {attachments.length === 0 ? (
        <p class="muted">{t('toolkitReview.attachments.none')}</p>
      ) : (
        <ul>
          {attachments.map((attachment) => (
            <li key={attachment.id}>
              <a href={`/toolkit/files/${attachment.id}`} download>
                {attachment.fileName}
              </a>{' '}
              ({sizeText(ctx, attachment.byteSize)})
              {attachment.pendingChange ? (
                <>
                  {' — '}
                  <strong>{t(`toolkitReview.attachments.pending.${attachment.pendingChange}`)}</strong>
                </>
              ) : null}
              {props.canUpload && attachment.pendingChange !== 'remove' ? (
                <RemoveFileForm ctx={ctx} resourceId={props.resourceId} attachment={attachment} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {props.canUpload ? (
        <UploadForm
          ctx={ctx}
          action={localHref(ctx, `/toolkit/resources/${props.resourceId}/attachments`)}
          submitLabel={t('toolkitReview.attachments.upload')}
          novalidate={false}
          isSecondary
        >
          <UploadField
            ctx={ctx}
            idPrefix="attachment"
            name="file"
            label={t('toolkitReview.attachments.file')}
            hint={t('toolkitReview.attachments.hint')}
            accept={attachmentTypes}
            error={props.error?.key}
            errorValues={props.error ? { name: props.error.fileName } : undefined}
          />
        </UploadForm>
      ) : null}
    </section>
  );
}

function RemoveFileForm(props: { ctx: PageContext; resourceId: string; attachment: ContributionFile }) {
  const { ctx, attachment } = props;
  return (
    <form
      method="post"
      action={localHref(ctx, `/toolkit/resources/${props.resourceId}/attachments/${attachment.id}/remove`)}
    >
      <CsrfField ctx={ctx} />
      <button type="submit" class="button button--secondary">
        {ctx.t('toolkitReview.attachments.remove')}
        <span class="visually-hidden"> {attachment.fileName}</span>
      </button>
    </form>
  );
}

/** The files a pending edit adds and removes, as a change list. */
export function FileChangeList({ ctx, files }: { ctx: PageContext; files: readonly ContributionFile[] }) {
  const { t } = ctx;
  if (files.length === 0) return null;
  return (
    <dl class="definition-list change-list">
      <dt>{t('toolkitReview.attachments.title')}</dt>
      <dd>
        {files.map((file) =>
          file.pendingChange === 'add' ? (
            <ins key={file.id}>
              <span class="visually-hidden">{t('toolkitReview.versions.added')}: </span>
              {file.fileName}{' '}
            </ins>
          ) : (
            <del key={file.id}>
              <span class="visually-hidden">{t('toolkitReview.versions.removed')}: </span>
              {file.fileName}{' '}
            </del>
          ),
        )}
      </dd>
    </dl>
  );
}

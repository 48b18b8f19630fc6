import { CsrfField, describedBy } from '../../platform/layout/form-fields.js';
import type { PageContext } from '../../platform/layout/page-context.js';
import { localHref } from '../../platform/layout/page-context.js';
import type { Attachment } from './attachment.repo.js';

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

/** A resource's files with download links, and (for its contributor, before submission) the upload form. */
export function AttachmentsSection(props: {
  ctx: PageContext;
  resourceId: string;
  attachments: readonly Attachment[];
  canUpload: boolean;
  /** Why the last upload was refused (translation key), and the file's name. */
  error: { key: string; fileName: string } | undefined;
}) {
  const { ctx, attachments } = props;
  const { t } = ctx;
  const id = 'attachment-file';
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
            </li>
          ))}
        </ul>
      )}
      {props.canUpload ? (
        <form
          method="post"
          action={localHref(ctx, `/toolkit/resources/${props.resourceId}/attachments`)}
          enctype="multipart/form-data"
          class="form"
        >
          <CsrfField ctx={ctx} />
          <div class={props.error ? 'field field--error' : 'field'}>
            <label for={id}>{t('toolkitReview.attachments.file')}</label>
            <p class="hint" id={`${id}-hint`}>
              {t('toolkitReview.attachments.hint')}
            </p>
            {props.error ? (
              <p class="field__error" id={`${id}-error`}>
                <span class="visually-hidden">{t('form.errorPrefix')} </span>
                {t(props.error.key, { name: props.error.fileName })}
              </p>
            ) : null}
            <input
              id={id}
              name="file"
              type="file"
              required
              accept=".pdf,.docx,.odt,.epub,.mp4,application/pdf,video/mp4,application/epub+zip"
              aria-invalid={props.error ? 'true' : undefined}
              aria-describedby={describedBy(id, 'hint', props.error?.key)}
            />
          </div>
          <button type="submit" class="button button--secondary">
            {t('toolkitReview.attachments.upload')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

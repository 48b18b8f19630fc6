import fs from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromFile } from 'file-type';
import { uuidv7 } from 'uuidv7';
import type { AppDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import {
  discardFile,
  keepFile,
  maxAttachmentBytes,
  storedFilePath,
  type ReceivedFile,
} from './attachment-store.js';
import { findAddedAttachment, insertAddedAttachment } from './attachment-change.repo.js';
import { openEdit, requireOpenEdit } from './attachment-edit.service.js';
import { findAttachment, insertAttachment, type Attachment } from './attachment.repo.js';
import { canSeeUnpublished, isContributorOf } from './contribution.policy.js';
import { getContribution, type ContributionFile } from './contribution.service.js';
import { extractPdfText } from './pdf-text.js';
import { reindexResources } from './resource-index.js';
import { findResource } from './resource-reads.repo.js';

type Deps = Pick<AppDeps, 'db' | 'search' | 'config'>;

/** What may be attached, by what the file's first bytes say it is (never its name or declared type). */
const acceptedTypes: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  epub: 'application/epub+zip',
  mp4: 'video/mp4',
};

/**
 * The contributor attaches a file to their resource before it is published (draft, or returned for
 * changes), so that reviewers see the files they approve; or to their published resource, as part of an
 * edit that goes through review like any other (the file is public and searched once the edit is
 * approved). The type is told by magic bytes; PDFs' text is extracted and searched with the resource
 * once it is published.
 */
export async function addAttachment(
  deps: Deps,
  actor: Actor,
  options: { resourceId: string; file: ReceivedFile },
): Promise<ContributionFile> {
  const { file } = options;
  try {
    requireScope(actor, 'write');
    const contribution = await getContribution(deps, actor, options.resourceId);
    const { resource } = contribution;
    if (!isContributorOf(actor, resource)) {
      throw AppError.forbidden('Only the person who contributed a resource attaches files to it.');
    }
    const isPublished = resource.status === 'published';
    if (resource.status !== 'draft' && resource.status !== 'changes-requested' && !isPublished) {
      throw new AppError('invalid-transition', 'Files are attached before the resource is submitted.');
    }
    if (isPublished) requireOpenEdit(contribution);
    const name = displayName(file.fileName);
    if (file.isTooLarge) {
      throw new AppError('payload-too-large', `“${name}” is larger than 50 MB.`, [
        { field: 'file', message: 'The file is larger than 50 MB.' },
      ]);
    }
    const detected = file.byteSize > 0 ? await fileTypeFromFile(file.temporaryPath) : undefined;
    const mediaType = detected ? acceptedTypes[detected.ext] : undefined;
    if (!detected || !mediaType) {
      throw new AppError('unsupported-media-type', `“${name}” is not a PDF, DOCX, ODT, EPUB or MP4 file.`, [
        { field: 'file', message: 'Only PDF, DOCX, ODT, EPUB and MP4 files are accepted.' },
      ]);
    }
    const extractedText =
      detected.ext === 'pdf' ? await extractPdfText(await fs.readFile(file.temporaryPath)) : null;
    const storageKey = await keepFile(deps.config.dataDir, file);
    const id = uuidv7();
    const stored = {
      id,
      resourceId: resource.id,
      fileName: withExtension(name, detected.ext),
      mediaType,
      byteSize: file.byteSize,
      sha256: file.sha256,
      storageKey,
      extractedText,
    };
    await deps.db.transaction().execute(async (trx) => {
      if (isPublished) {
        // An edit of a published resource: the file waits for the edit's approval.
        await openEdit(trx, contribution);
        await insertAddedAttachment(trx, stored);
        return;
      }
      await insertAttachment(trx, { ...stored, uploadedByUserId: actor.userId });
      await reindexResources(trx, deps.search.withTransaction(trx), [resource.id]);
    });
    const published = await findAttachment(deps.db, id);
    if (published) return { ...published, pendingChange: null };
    return { ...(await findAddedAttachment(deps.db, id))!, pendingChange: 'add' };
  } finally {
    await discardFile(file);
  }
}

/**
 * A file for download: to everyone once it is published with its resource, else (an unpublished
 * resource's file, or one a pending edit adds) to its contributor and the reviewers; a 404 otherwise,
 * so that unpublished files cannot be probed.
 */
export async function getAttachmentDownload(
  deps: Deps,
  actor: Actor | undefined,
  id: string,
): Promise<{ attachment: Attachment; path: string }> {
  const published = await findAttachment(deps.db, id);
  // A file a pending edit adds is not public yet, even on a published resource.
  const attachment = published ?? (await findAddedAttachment(deps.db, id));
  const resource = attachment ? await findResource(deps.db, attachment.resourceId) : undefined;
  const filePath = attachment ? storedFilePath(deps.config.dataDir, attachment.storageKey) : undefined;
  const isVisible =
    !!resource &&
    resource.deletedAt === null &&
    ((published && resource.status === 'published') || canSeeUnpublished(actor, resource));
  if (!attachment || !filePath || !isVisible) throw AppError.notFound('There is no such file.');
  return { attachment, path: filePath };
}

/** The uploader's file name without folders or control characters, at most 200 characters. */
function displayName(fileName: string): string {
  const base = path.basename(fileName.replaceAll('\\', '/'));
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (clean || 'file').slice(0, 200);
}

function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(`.${extension}`) ? name : `${name}.${extension}`;
}

/** `Content-Disposition` for a download: an ASCII fallback and the UTF-8 name (RFC 6266, 8187). */
export function contentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\;]/g, '_') || 'file';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export { maxAttachmentBytes };

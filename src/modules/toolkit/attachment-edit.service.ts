import fs from 'node:fs/promises';
import type { Transaction } from 'kysely';
import type { AppDeps } from '../../app-deps.js';
import type { Database } from '../../database.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import { storedFilePath } from './attachment-store.js';
import { deleteAttachmentChange, findAddedAttachment, insertRemoval } from './attachment-change.repo.js';
import { deleteAttachment, findAttachment } from './attachment.repo.js';
import { isContributorOf } from './contribution.policy.js';
import { saveRevision, setRevisionStatus } from './contribution.repo.js';
import { getContribution, type Contribution } from './contribution.service.js';
import { reindexResources } from './resource-index.js';
import { recordOf } from './resource-versions.js';

type Deps = Pick<AppDeps, 'db' | 'search' | 'config'>;

/** A published resource's files change only through an edit that is not waiting for a decision. */
export function requireOpenEdit({ revision }: Pick<Contribution, 'revision'>): void {
  if (revision?.status === 'submitted') {
    throw new AppError(
      'invalid-transition',
      'This contribution is waiting for a review: it can be changed again after the decision.',
    );
  }
}

/**
 * Makes sure a published resource has an open edit to carry a change of its files: a new draft edit
 * with the published content, or the rejected one reopened as a draft (as a change of its text does).
 */
export async function openEdit(trx: Transaction<Database>, contribution: Contribution): Promise<void> {
  const { resource, revision } = contribution;
  requireOpenEdit(contribution);
  if (!revision) await saveRevision(trx, resource.id, recordOf(resource), 'draft');
  else if (revision.status === 'rejected') await setRevisionStatus(trx, resource.id, 'draft');
}

/**
 * The contributor removes a file from their resource. Before the first publication it goes at once;
 * from a published resource, the removal is part of an edit: the file stays public until a reviewer
 * approves the edit. A file the pending edit itself added goes at once.
 */
export async function removeAttachment(
  deps: Deps,
  actor: Actor,
  options: { resourceId: string; attachmentId: string },
): Promise<Contribution> {
  requireScope(actor, 'write');
  const contribution = await getContribution(deps, actor, options.resourceId);
  const { resource } = contribution;
  if (!isContributorOf(actor, resource)) {
    throw AppError.forbidden('Only the person who contributed a resource removes its files.');
  }
  const file = contribution.attachments.find((attachment) => attachment.id === options.attachmentId);
  if (!file) throw AppError.notFound('There is no such file.');
  const isDraft = resource.status === 'draft' || resource.status === 'changes-requested';
  if (!isDraft && resource.status !== 'published') {
    throw new AppError('invalid-transition', 'Files are changed before the resource is submitted.');
  }
  let deletedKey: string | undefined;
  await deps.db.transaction().execute(async (trx) => {
    if (isDraft) {
      deletedKey = (await findAttachment(trx, file.id))?.storageKey;
      await deleteAttachment(trx, file.id);
      await reindexResources(trx, deps.search.withTransaction(trx), [resource.id]);
      return;
    }
    await openEdit(trx, contribution);
    if (file.pendingChange === 'add') {
      deletedKey = (await findAddedAttachment(trx, file.id))?.storageKey;
      await deleteAttachmentChange(trx, file.id);
    } else {
      await insertRemoval(trx, resource.id, file.id);
    }
  });
  if (deletedKey) await deleteStoredFiles(deps, [deletedKey]);
  return getContribution(deps, actor, resource.id);
}

/** Deletes files no attachment refers to any more, once their removal has committed. */
export async function deleteStoredFiles(deps: Pick<AppDeps, 'config'>, keys: readonly string[]) {
  for (const key of keys) {
    const filePath = storedFilePath(deps.config.dataDir, key);
    if (filePath) await fs.rm(filePath, { force: true });
  }
}

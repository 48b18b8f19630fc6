import { uuidv7 } from 'uuidv7';
import type { AppDeps } from '../../app-deps.js';
import { appendAudit, type AuditAction } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { enqueue } from '../../platform/jobs/index.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import { applyAttachmentChanges } from './attachment-change.repo.js';
import { deleteStoredFiles } from './attachment-edit.service.js';
import { canReview, isReviewer } from './contribution.policy.js';
import {
  deleteRevision,
  findPendingIds,
  findRevision,
  insertReview,
  setRevisionStatus,
  type ReviewDecision,
} from './contribution.repo.js';
import { reviewInputSchema, type ReviewDecisionInput } from './contribution.schema.js';
import { getContribution, validate, type Contribution } from './contribution.service.js';
import { reindexResources } from './resource-index.js';
import { findResource, findResources, type Resource } from './resource-reads.repo.js';
import { publishVersion, recordOf } from './resource-versions.js';
import { setResourceStatus } from './resource-writes.repo.js';

type Deps = Pick<AppDeps, 'db' | 'search'>;
type DecisionDeps = Deps & Pick<AppDeps, 'jobs' | 'config'>;

const stored: Record<ReviewDecisionInput, Exclude<ReviewDecision, 'comment'>> = {
  approve: 'approved',
  'request-changes': 'changes-requested',
  reject: 'rejected',
};

const audited: Record<ReviewDecisionInput, AuditAction> = {
  approve: 'toolkit-resource-approved',
  'request-changes': 'toolkit-changes-requested',
  reject: 'toolkit-resource-rejected',
};

/**
 * A reviewer decides on a submitted contribution (or a submitted edit of a published one): approve
 * (with the evidence label; publishes the next version, with the files an edit adds or removes), ask
 * for changes, or reject — the last two with a comment the contributor reads on their edit page.
 * Nobody reviews their own contribution. Audited.
 * The contributor is mailed the decision by a job enqueued with it: one decision, one mail.
 */
export async function reviewContribution(
  deps: DecisionDeps,
  actor: Actor,
  options: { id: string; input: unknown },
): Promise<Contribution> {
  requireScope(actor, 'write');
  if (!isReviewer(actor)) throw AppError.forbidden('Only reviewers decide on contributions.');
  const resource = await findResource(deps.db, options.id);
  if (!resource || resource.deletedAt !== null) throw AppError.notFound('There is no such contribution.');
  if (!canReview(actor, resource)) throw AppError.forbidden('You cannot review your own contribution.');
  const input = validate(reviewInputSchema, options.input);
  if (input.decision !== 'approve' && input.comment === '') {
    throw new AppError('validation-failed', 'Say what should change, or why the contribution is rejected.', [
      { field: 'comment', message: 'A comment is required unless approving.' },
    ]);
  }
  if (input.decision === 'approve' && !input.evidence) {
    throw new AppError('validation-failed', 'Choose the evidence label of the resource.', [
      { field: 'evidence', message: 'The evidence label is required when approving.' },
    ]);
  }
  const removedFiles = await deps.db.transaction().execute(async (trx) => {
    let removed: string[] = [];
    const revision = await findRevision(trx, resource.id);
    const isEdit = resource.status === 'published' && revision?.status === 'submitted';
    if (resource.status !== 'submitted' && !isEdit) {
      throw new AppError('invalid-transition', 'This contribution is not waiting for a review.');
    }
    const reviewId = uuidv7();
    await insertReview(trx, {
      id: reviewId,
      resourceId: resource.id,
      reviewerUserId: actor.userId,
      decision: stored[input.decision],
      comment: input.comment,
    });
    let version = resource.version;
    if (input.decision === 'approve') {
      const content = isEdit && revision ? revision.record : recordOf(resource);
      const record = { ...content, evidence: input.evidence ?? content.evidence };
      // The edit's files are published with it (and searched: publishing reindexes the resource).
      if (isEdit) {
        removed = await applyAttachmentChanges(trx, {
          resourceId: resource.id,
          uploadedByUserId: resource.submittedByUserId,
        });
      }
      version = await publishVersion(trx, deps.search, { resource, record, publishedByUserId: actor.userId });
      await deleteRevision(trx, resource.id);
    } else if (isEdit) {
      await setRevisionStatus(trx, resource.id, stored[input.decision] as 'changes-requested' | 'rejected');
    } else {
      await setResourceStatus(trx, resource.id, stored[input.decision] as 'changes-requested' | 'rejected');
      await reindexResources(trx, deps.search.withTransaction(trx), [resource.id]);
    }
    await appendAudit(trx, {
      action: audited[input.decision],
      actorId: actor.userId,
      targetType: 'toolkit_resource',
      targetId: resource.id,
      details: { isEdit, version, evidence: input.evidence ?? null },
    });
    await enqueue(trx, deps.jobs.toolkitMail.sendDecision, { reviewId });
    return removed;
  });
  await deleteStoredFiles(deps, removedFiles);
  return getContribution(deps, actor, resource.id);
}

/** One line of the review queue. */
export interface QueueItem {
  readonly resource: Resource;
  /** An edit of a published resource, rather than a new one. */
  readonly isEdit: boolean;
  /** Submitted (or returned) at. */
  readonly since: string;
  /** The reviewer's own contribution: listed, but not theirs to decide. */
  readonly isOwn: boolean;
}

/** The review queue: contributions awaiting a decision, oldest first; then those returned for changes. */
export async function getReviewQueue(
  deps: Deps,
  actor: Actor,
): Promise<{ submitted: QueueItem[]; returned: QueueItem[] }> {
  requireScope(actor, 'read');
  if (!isReviewer(actor)) throw AppError.forbidden('Only reviewers see the review queue.');
  const [submitted, returned] = await Promise.all([
    queueItems(deps, actor, 'submitted'),
    queueItems(deps, actor, 'changes-requested'),
  ]);
  return { submitted, returned };
}

async function queueItems(deps: Deps, actor: Actor, status: 'submitted' | 'changes-requested') {
  const pending = (await findPendingIds(deps.db, status)).slice(0, 200);
  const resources = new Map(
    (
      await findResources(
        deps.db,
        pending.map((item) => item.id),
      )
    ).map((resource) => [resource.id, resource]),
  );
  return pending.flatMap((item) => {
    const resource = resources.get(item.id);
    if (!resource) return [];
    return [{ resource, isEdit: item.isEdit, since: item.since, isOwn: !canReview(actor, resource) }];
  });
}

import { uuidv7 } from 'uuidv7';
import type { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import { findAttachmentChanges, type AttachmentChange } from './attachment-change.repo.js';
import { findAttachments, type Attachment } from './attachment.repo.js';
import {
  canContribute,
  canContributeFor,
  canSeeUnpublished,
  contributorOrganisations,
  isContributorOf,
} from './contribution.policy.js';
import {
  findContributionIds,
  findOrganisationChoices,
  findReviews,
  findRevision,
  findTopicCodes,
  saveRevision,
  setRevisionStatus,
  type Review,
  type Revision,
} from './contribution.repo.js';
import {
  contributionInputSchema,
  contributionPatchSchema,
  platformNetwork,
  type ContributionInput,
} from './contribution.schema.js';
import { reindexResources } from './resource-index.js';
import { findResource, findResources, type Resource } from './resource-reads.repo.js';
import type { ResourceRecord } from './resource-record.js';
import { recordOf } from './resource-versions.js';
import { insertResource, setResourceStatus, updateResourceContent } from './resource-writes.repo.js';

type Deps = Pick<AppDeps, 'db' | 'search'>;

/** A contribution as its contributor and reviewers see it. */
export interface Contribution {
  readonly resource: Resource;
  /** The pending edit of a published resource, if any. */
  readonly revision: Revision | undefined;
  /** What the contributor last saved: the pending edit's content, else the resource's. */
  readonly content: ResourceRecord;
  readonly reviews: readonly Review[];
  /** Its files, with what the pending edit changes: files it adds, and published ones it removes. */
  readonly attachments: readonly ContributionFile[];
}

export type ContributionFile = Attachment & { readonly pendingChange: AttachmentChange | null };

/** A partner member writes a new resource; it starts as a draft only they and reviewers see. */
export async function createContribution(deps: Deps, actor: Actor, input: unknown): Promise<Contribution> {
  requireScope(actor, 'write');
  if (!canContribute(actor)) throw AppError.forbidden('Only members of partner organisations contribute.');
  const parsed = validate(contributionInputSchema, input);
  if (!canContributeFor(actor, parsed.organisationId)) {
    throw AppError.forbidden('You do not contribute for this organisation.');
  }
  const [organisation] = await findOrganisationChoices(deps.db, [parsed.organisationId]);
  if (!organisation) throw AppError.forbidden('You do not contribute for this organisation.');
  await requireKnownTopics(deps, parsed.topics);
  const id = uuidv7();
  await deps.db.transaction().execute(async (trx) => {
    await insertResource(
      trx,
      id,
      { status: 'draft', organisationId: organisation.id, submittedByUserId: actor.userId },
      toRecord(parsed, organisation.name, null),
    );
    // A draft is not listed: this keeps the index right whatever the status (it removes nothing new).
    await reindexResources(trx, deps.search.withTransaction(trx), [id]);
  });
  return getContribution(deps, actor, id);
}

/**
 * The contributor changes their resource. Before its first publication the resource itself changes;
 * once published, the change is kept as a pending edit and the published content stays public until a
 * reviewer approves the edit (see `review.service.ts`). Nothing changes while a decision is awaited.
 */
export async function updateContribution(
  deps: Deps,
  actor: Actor,
  options: { id: string; patch: unknown },
): Promise<Contribution> {
  requireScope(actor, 'write');
  const { resource, revision, content } = await requireOwnContribution(deps, actor, options.id);
  const patch = validate(contributionPatchSchema, options.patch);
  const merged = validate(contributionInputSchema, {
    ...inputOf(content, resource),
    ...definedOnly(patch),
    organisationId: resource.organisationId ?? '',
  });
  await requireKnownTopics(deps, merged.topics);
  const record = toRecord(merged, content.organisationName, content.evidence);
  await deps.db.transaction().execute(async (trx) => {
    if (resource.status === 'draft' || resource.status === 'changes-requested') {
      await updateResourceContent(trx, resource.id, record);
      await reindexResources(trx, deps.search.withTransaction(trx), [resource.id]);
      return;
    }
    if (resource.status !== 'published' || revision?.status === 'submitted') throw locked(resource);
    const status = revision?.status === 'changes-requested' ? 'changes-requested' : 'draft';
    await saveRevision(trx, resource.id, record, status);
  });
  return getContribution(deps, actor, resource.id);
}

/** The contributor hands their draft (or their edit of a published resource) to the reviewers. */
export async function submitContribution(deps: Deps, actor: Actor, id: string): Promise<Contribution> {
  requireScope(actor, 'write');
  const { resource, revision } = await requireOwnContribution(deps, actor, id);
  await deps.db.transaction().execute(async (trx) => {
    if (resource.status === 'draft' || resource.status === 'changes-requested') {
      await setResourceStatus(trx, resource.id, 'submitted');
      await reindexResources(trx, deps.search.withTransaction(trx), [resource.id]);
      return;
    }
    const isOpenEdit = revision?.status === 'draft' || revision?.status === 'changes-requested';
    if (resource.status !== 'published' || !isOpenEdit) throw locked(resource);
    await setRevisionStatus(trx, resource.id, 'submitted');
  });
  return getContribution(deps, actor, resource.id);
}

/** A contribution for its contributor and for reviewers; a 404 for anyone else. */
export async function getContribution(deps: Deps, actor: Actor, id: string): Promise<Contribution> {
  requireScope(actor, 'read');
  const resource = await findResource(deps.db, id);
  if (!resource || resource.deletedAt !== null || !canSeeUnpublished(actor, resource)) {
    throw AppError.notFound('There is no such contribution.');
  }
  const [revision, reviews, published, changes] = await Promise.all([
    findRevision(deps.db, id),
    findReviews(deps.db, id),
    findAttachments(deps.db, id),
    findAttachmentChanges(deps.db, id),
  ]);
  const attachments = [
    ...published.map((file) => ({
      ...file,
      pendingChange: changes.removedIds.includes(file.id) ? ('remove' as const) : null,
    })),
    ...changes.added.map((file) => ({ ...file, pendingChange: 'add' as const })),
  ];
  return { resource, revision, content: revision?.record ?? recordOf(resource), reviews, attachments };
}

/** What the contribution form offers: the actor's organisations and the topics. */
export async function getContributionChoices(deps: Deps, actor: Actor) {
  if (!canContribute(actor)) throw AppError.forbidden('Only members of partner organisations contribute.');
  const [organisations, topics] = await Promise.all([
    findOrganisationChoices(deps.db, contributorOrganisations(actor)),
    findTopicCodes(deps.db),
  ]);
  return { organisations, topics };
}
export type ContributionChoices = Awaited<ReturnType<typeof getContributionChoices>>;

/** The actor's own contributions, most recently changed first. */
export async function listOwnContributions(deps: Deps, actor: Actor): Promise<Resource[]> {
  return findResources(deps.db, await findContributionIds(deps.db, actor.userId));
}

async function requireOwnContribution(deps: Deps, actor: Actor, id: string): Promise<Contribution> {
  const contribution = await getContribution(deps, actor, id);
  if (!isContributorOf(actor, contribution.resource)) {
    throw AppError.forbidden('Only the person who contributed a resource changes it.');
  }
  return contribution;
}

function locked(resource: Resource): AppError {
  return new AppError(
    'invalid-transition',
    resource.status === 'rejected'
      ? 'This contribution was rejected: it can no longer be changed.'
      : 'This contribution is waiting for a review: it can be changed again after the decision.',
  );
}

function toRecord(
  input: ContributionInput,
  organisationName: string | null,
  evidence: ResourceRecord['evidence'],
) {
  const { organisationId: _organisationId, ...content } = input;
  return { ...content, network: platformNetwork, organisationName, evidence } satisfies ResourceRecord;
}

function inputOf(record: ResourceRecord, resource: Resource): ContributionInput {
  const { network: _network, organisationName: _name, evidence: _evidence, ...content } = record;
  return { ...content, organisationId: resource.organisationId ?? '' };
}

const definedOnly = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;

async function requireKnownTopics(deps: Deps, topics: readonly string[]): Promise<void> {
  if (topics.length === 0) return;
  const known = new Set(await findTopicCodes(deps.db));
  const unknown = topics.findIndex((topic) => !known.has(topic));
  if (unknown >= 0) {
    throw new AppError('validation-failed', 'The contribution is not valid.', [
      { field: `topics.${unknown}`, message: 'Unknown topic.' },
    ]);
  }
}

export function validate<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => ({
    field: issue.path.join('.') || 'body',
    message: issue.message,
  }));
  throw new AppError('validation-failed', 'The contribution is not valid.', fields);
}

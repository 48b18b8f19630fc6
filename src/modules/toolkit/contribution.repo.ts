import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import { resourceRecordSchema, type ResourceRecord } from './resource-record.js';
import type { RevisionStatus, ToolkitReviewTable } from './toolkit.table.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A contributor's pending edit of a published resource. */
export interface Revision {
  readonly resourceId: string;
  readonly record: ResourceRecord;
  readonly status: RevisionStatus;
  readonly updatedAt: string;
}

export async function findRevision(db: Db, resourceId: string): Promise<Revision | undefined> {
  const row = await db
    .selectFrom('toolkit_resource_revision')
    .selectAll()
    .where('resource_id', '=', resourceId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    resourceId: row.resource_id,
    record: resourceRecordSchema.parse(JSON.parse(row.record)),
    status: row.status,
    updatedAt: row.updated_at,
  };
}

/** Creates or replaces the pending edit of a published resource. */
export async function saveRevision(
  db: Db,
  resourceId: string,
  record: ResourceRecord,
  status: RevisionStatus,
): Promise<void> {
  const now = new Date().toISOString();
  const values = { record: JSON.stringify(record), status, updated_at: now };
  await db
    .insertInto('toolkit_resource_revision')
    .values({ resource_id: resourceId, ...values, created_at: now })
    .onConflict((conflict) => conflict.column('resource_id').doUpdateSet(values))
    .execute();
}

export async function setRevisionStatus(db: Db, resourceId: string, status: RevisionStatus): Promise<void> {
  await db
    .updateTable('toolkit_resource_revision')
    .set({ status, updated_at: new Date().toISOString() })
    .where('resource_id', '=', resourceId)
    .execute();
}

export async function deleteRevision(db: Db, resourceId: string): Promise<void> {
  await db.deleteFrom('toolkit_resource_revision').where('resource_id', '=', resourceId).execute();
}

export type ReviewDecision = ToolkitReviewTable['decision'];

export interface Review {
  readonly id: string;
  readonly decision: ReviewDecision;
  readonly comment: string;
  readonly createdAt: string;
}

export async function insertReview(
  db: Db,
  review: {
    id: string;
    resourceId: string;
    reviewerUserId: string;
    decision: ReviewDecision;
    comment: string;
  },
): Promise<void> {
  await db
    .insertInto('toolkit_review')
    .values({
      id: review.id,
      resource_id: review.resourceId,
      reviewer_user_id: review.reviewerUserId,
      decision: review.decision,
      comment: review.comment,
      created_at: new Date().toISOString(),
    })
    .execute();
}

/** A resource's reviews, latest first. Reviewers are not named: the decision is the network's. */
export async function findReviews(db: Db, resourceId: string): Promise<Review[]> {
  const rows = await db
    .selectFrom('toolkit_review')
    .select(['id', 'decision', 'comment', 'created_at'])
    .where('resource_id', '=', resourceId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    decision: row.decision,
    comment: row.comment,
    createdAt: row.created_at,
  }));
}

/** Ids of contributions waiting for a decision (new or edits), with since when, oldest first. */
export async function findPendingIds(
  db: Db,
  status: 'submitted' | 'changes-requested',
): Promise<{ id: string; since: string; isEdit: boolean }[]> {
  const [fresh, edits] = await Promise.all([
    db
      .selectFrom('toolkit_resource')
      .select(['id', 'updated_at'])
      .where('status', '=', status)
      .where('deleted_at', 'is', null)
      .where('submitted_by_user_id', 'is not', null)
      .execute(),
    db
      .selectFrom('toolkit_resource_revision as r')
      .innerJoin('toolkit_resource as t', 't.id', 'r.resource_id')
      .select(['r.resource_id', 'r.updated_at'])
      .where('r.status', '=', status)
      .where('t.deleted_at', 'is', null)
      .execute(),
  ]);
  return [
    ...fresh.map((row) => ({ id: row.id, since: row.updated_at, isEdit: false })),
    ...edits.map((row) => ({ id: row.resource_id, since: row.updated_at, isEdit: true })),
  ].sort((a, b) => a.since.localeCompare(b.since) || a.id.localeCompare(b.id));
}

/** Resources a person contributed, most recently changed first. */
export async function findContributionIds(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('toolkit_resource')
    .select('id')
    .where('submitted_by_user_id', '=', userId)
    .where('deleted_at', 'is', null)
    .orderBy('updated_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((row) => row.id);
}

export async function findTopicCodes(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('topic').select('code').orderBy('position').execute();
  return rows.map((row) => row.code);
}

/** Organisations by id (all when `ids` is `all`), named. */
export async function findOrganisationChoices(
  db: Db,
  ids: 'all' | readonly string[],
): Promise<{ id: string; name: string }[]> {
  if (ids !== 'all' && ids.length === 0) return [];
  let query = db.selectFrom('organisation').select(['id', 'name']).orderBy('name');
  if (ids !== 'all') query = query.where('id', 'in', [...ids]);
  return query.execute();
}

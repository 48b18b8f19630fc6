import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';

type Db = Kysely<Database>;

/**
 * What a mail about a review decision says, and to whom: the decision and comment as the contributor
 * reads them on their edit page, their address and language, and the resource's titles. The reviewer
 * is not named: the decision is the network's.
 */
export async function findDecisionForMail(db: Db, reviewId: string) {
  const row = await db
    .selectFrom('toolkit_review as r')
    .innerJoin('toolkit_resource as t', 't.id', 'r.resource_id')
    .innerJoin('user_account as u', 'u.id', 't.submitted_by_user_id')
    .select([
      'r.id',
      'r.decision',
      'r.comment',
      't.id as resource_id',
      't.source_language',
      't.evidence',
      't.deleted_at',
      'u.email',
      'u.name',
      'u.preferred_language',
    ])
    .where('r.id', '=', reviewId)
    .executeTakeFirst();
  if (!row) return undefined;
  const titles = await db
    .selectFrom('toolkit_resource_translation')
    .select(['language', 'title'])
    .where('resource_id', '=', row.resource_id)
    .execute();
  return { ...row, titles: new Map(titles.map((title) => [title.language, title.title])) };
}
export type DecisionForMail = NonNullable<Awaited<ReturnType<typeof findDecisionForMail>>>;

import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import type { ApplicationStatus } from './applications.states.js';

type Db = Kysely<Database>;

/** Statuses a contact point still ranks: waiting for their decision, or nominated by them. */
export const rankableStatuses = ['submitted', 'nominated'] as const satisfies readonly ApplicationStatus[];

export const isRankable = (status: ApplicationStatus): boolean =>
  (rankableStatuses as readonly ApplicationStatus[]).includes(status);

/** The applications of `countries` to a session that a contact point ranks, with their ranks. */
export function listRankableApplications(db: Db, sessionId: string, countries: readonly string[]) {
  if (countries.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('application')
    .select(['id', 'country', 'rank'])
    .where('session_id', '=', sessionId)
    .where('country', 'in', countries)
    .where('status', 'in', rankableStatuses)
    .execute();
}

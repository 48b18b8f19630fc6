import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.js';
import type { Database } from '../../database.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError, type FieldProblem } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import { canSelectForCountry } from './applications.policy.js';
import {
  findApplication,
  findSessionForApplications,
  lockSession,
  updateApplication,
  type ApplicationRow,
} from './applications.repo.js';
import { selectionModeOf } from './applications.states.js';
import { isPast } from './selection-desk.service.js';
import { isRankable, listRankableApplications } from './selection-ranking.repo.js';
import type { RankingInput, RankingView } from './selection-ranking.schema.js';

type Deps = Pick<AppDeps, 'db'>;
type Entry = RankingInput['ranks'][number];

/**
 * A contact point ranks their country's applicants to a session (1 first): only the contact point of
 * each application's country, only while the session selects nationally and before its selection
 * deadline, only applications still submitted or nominated. Within a country every rank is given once,
 * counting the ranks of applications left out of the request. Each change is audited.
 */
export async function saveRanking(
  deps: Deps,
  actor: Actor,
  options: { sessionId: string; ranks: readonly Entry[]; now?: Date },
): Promise<RankingView> {
  requireScope(actor, 'write');
  const now = options.now ?? new Date();
  refuseRepeatedApplications(options.ranks);
  return deps.db.transaction().execute(async (trx) => {
    const session = await findSessionForApplications(trx, options.sessionId);
    if (!session) throw AppError.notFound('There is no such session.');
    await lockSession(trx, session.id);
    const rows = await findOwnApplications(trx, actor, session.id, options.ranks);
    if (selectionModeOf(session) !== 'national') {
      throw new AppError('conflict', 'This session does not select nationally: there is nothing to rank.');
    }
    if (isPast(session.selectionDeadline, now)) {
      throw new AppError('deadline-passed', 'The selection deadline of this session has passed.');
    }
    if (rows.some((row) => !isRankable(row.status))) {
      throw new AppError('invalid-transition', 'Only submitted or nominated applications are ranked.');
    }
    await refuseRepeatedRanks(trx, session.id, options.ranks, rows);
    const at = now.toISOString();
    for (const [index, entry] of options.ranks.entries()) {
      const row = rows[index]!;
      if (row.rank === entry.rank) continue;
      await updateApplication(trx, row.id, { rank: entry.rank }, at);
      await appendAudit(trx, {
        action: 'application-ranked',
        actorId: actor.userId,
        subjectUserId: row.user_id,
        targetType: 'application',
        targetId: row.id,
        details: { sessionId: session.id, from: row.rank, to: entry.rank },
      });
    }
    return {
      sessionId: session.id,
      ranks: options.ranks.map((entry, index) => ({
        applicationId: entry.applicationId,
        country: rows[index]!.country ?? '',
        rank: entry.rank,
      })),
    };
  });
}

function refuseRepeatedApplications(ranks: readonly Entry[]): void {
  const seen = new Set<string>();
  const fields: FieldProblem[] = [];
  for (const [index, entry] of ranks.entries()) {
    if (seen.has(entry.applicationId)) {
      fields.push({ field: `ranks.${index}.applicationId`, message: 'This application is ranked twice.' });
    }
    seen.add(entry.applicationId);
  }
  if (fields.length > 0) throw new AppError('validation-failed', 'Rank each application once.', fields);
}

/** The requested applications, in order; one of another session or country does not exist here. */
async function findOwnApplications(
  trx: Kysely<Database>,
  actor: Actor,
  sessionId: string,
  ranks: readonly Entry[],
): Promise<ApplicationRow[]> {
  const rows: ApplicationRow[] = [];
  for (const entry of ranks) {
    const row = await findApplication(trx, entry.applicationId);
    if (!row || row.session_id !== sessionId || !canSelectForCountry(actor, row.country)) {
      throw AppError.notFound('There is no such application.');
    }
    rows.push(row);
  }
  return rows;
}

/** Within a country, no rank twice once the request is applied. */
async function refuseRepeatedRanks(
  trx: Kysely<Database>,
  sessionId: string,
  ranks: readonly Entry[],
  rows: readonly ApplicationRow[],
): Promise<void> {
  const countries = [...new Set(rows.map((row) => row.country ?? ''))];
  const ranked = new Map<string, { country: string; rank: number | null }>();
  for (const row of await listRankableApplications(trx, sessionId, countries)) {
    ranked.set(row.id, { country: row.country ?? '', rank: row.rank });
  }
  ranks.forEach((entry, index) =>
    ranked.set(entry.applicationId, { country: rows[index]!.country ?? '', rank: entry.rank }),
  );
  const holders = new Map<string, number>();
  for (const { country, rank } of ranked.values()) {
    if (rank !== null) holders.set(`${country} ${rank}`, (holders.get(`${country} ${rank}`) ?? 0) + 1);
  }
  const fields = ranks.flatMap((entry, index) =>
    entry.rank !== null && (holders.get(`${rows[index]!.country ?? ''} ${entry.rank}`) ?? 0) > 1
      ? [{ field: `ranks.${index}.rank`, message: 'Another applicant of the country has this rank.' }]
      : [],
  );
  if (fields.length > 0) {
    throw new AppError('validation-failed', 'Give each rank once within a country.', fields);
  }
}

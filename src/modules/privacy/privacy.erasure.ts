import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { Dialect } from '../../platform/db/database.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { SharedRateLimiter } from '../../platform/rate-limit/shared-rate-limiter.js';
import type { SearchIndex } from '../../platform/search/index.js';
import { verifyPassword, type Actor } from '../accounts/index.js';
import { deleteSecondFactor } from '../two-factor/index.js';
import {
  clearColumnsOf,
  countRowsOf,
  deleteRowsOf,
  pseudonymiseRowsOf,
  type DataSubject,
} from './personal-data.repo.js';
import { canManageOwnData } from './privacy.policy.js';
import {
  deleteAccountRow,
  findAccountForErasure,
  findPasswordHash,
  insertPseudonym,
  isOnlyAdministrator,
} from './privacy.repo.js';
import { personalDataSources, type PersonalDataSource } from './privacy.sources.js';

/**
 * ERASURE, as chosen for this platform: the `user_account` row is DELETED, not kept as a tombstone.
 * Rows that must outlive the person (attendance counted for EU reporting) are re-pointed to a fresh
 * `person_pseudonym` that keeps profession, country and sex only — a random id with no timestamp and no
 * link back, so the pseudonymisation cannot be reversed. Everything else about the person is deleted;
 * audit entries stay, as they hold ids and codes only and their hash chain must stay verifiable.
 */

export const erasureTriggers = ['self', 'unverified-account', 'inactive-account'] as const;
export type ErasureTrigger = (typeof erasureTriggers)[number];

export interface ErasureDeps {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  readonly search: SearchIndex;
}

/** Search documents that may be about a person, by kind; each is removed by the person's id. */
export const personSearchKinds = ['person'] as const;

/**
 * Erases an account and everything about it, in one transaction. Returns false when there is no such
 * account (already erased): safe to run twice. `sources` is the map of personal data (tests extend it).
 */
export async function eraseAccount(
  deps: ErasureDeps,
  erasure: { userId: string; trigger: ErasureTrigger },
  sources: readonly PersonalDataSource[] = personalDataSources,
): Promise<boolean> {
  return deps.db.transaction().execute(async (trx) => {
    const account = await findAccountForErasure(trx, erasure.userId, deps.dialect === 'postgres');
    if (!account) return false;
    await eraseRowsAbout(trx, account, sources);
    await removeFromSearch(deps.search, trx, account.id);
    await deleteAccountRow(trx, account.id);
    await appendAudit(trx, {
      action: 'account-erased',
      actorId: erasure.trigger === 'self' ? account.id : null,
      subjectUserId: account.id,
      details: { trigger: erasure.trigger },
    });
    return true;
  });
}

type ErasedAccount = NonNullable<Awaited<ReturnType<typeof findAccountForErasure>>>;

/** Walks the map of personal data; the account row itself is left for last. */
async function eraseRowsAbout(
  trx: Transaction<Database>,
  account: ErasedAccount,
  sources: readonly PersonalDataSource[],
): Promise<void> {
  const subject: DataSubject = { userId: account.id, email: account.email };
  let pseudonymId: string | undefined;
  for (const source of sources) {
    const action = source.erasure;
    if (action.action === 'delete') {
      await deleteRowsOf(trx, source, subject);
    } else if (action.action === 'second-factor') {
      // The two-factor module knows its tables; calling it twice is harmless.
      await deleteSecondFactor(trx, account.id);
    } else if (action.action === 'clear') {
      await clearColumnsOf(trx, source, subject, action.columns);
    } else if (
      action.action === 'pseudonymise' &&
      (await countRowsOf(trx, source, subject, 'erasable')) > 0
    ) {
      // One pseudonym per person, so that reports still count unique individuals.
      pseudonymId ??= await insertPseudonym(trx, account);
      await pseudonymiseRowsOf(trx, source, subject, { ...action, pseudonymId });
    }
  }
}

async function removeFromSearch(search: SearchIndex, trx: Transaction<Database>, userId: string) {
  const index = search.withTransaction(trx);
  for (const kind of personSearchKinds) await index.remove(kind, userId);
}

/** Five password attempts per quarter hour and account: a stolen session must not guess its way through. */
export const erasureRateLimit = { bucket: 'privacy-erase', max: 5, windowSeconds: 900 } as const;

export type EraseOwnAccountResult = 'erased' | 'wrong-password' | 'only-administrator';

/** The person erases their own account, after giving their password again. */
export async function eraseOwnAccount(
  deps: ErasureDeps & { readonly rateLimiter: SharedRateLimiter },
  actor: Actor | undefined,
  password: string,
): Promise<EraseOwnAccountResult> {
  if (!actor) throw new AppError('unauthenticated', 'Please sign in to continue.');
  if (!canManageOwnData(actor)) {
    throw AppError.forbidden('An account is erased by its owner, signed in; an API token cannot do it.');
  }
  await deps.rateLimiter.hit(erasureRateLimit, actor.userId);
  const passwordHash = await findPasswordHash(deps.db, actor.userId);
  if (!passwordHash || !(await verifyPassword(passwordHash, password))) return 'wrong-password';
  if (await isOnlyAdministrator(deps.db, actor.userId)) return 'only-administrator';
  await eraseAccount(deps, { userId: actor.userId, trigger: 'self' });
  return 'erased';
}

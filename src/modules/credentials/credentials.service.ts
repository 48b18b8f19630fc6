import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.js';
import type { Database } from '../../database.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { isLocale } from '../../platform/i18n/index.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import { findCourse } from '../catalogue/course-reads.repo.js';
import { listActiveRecognitions } from '../recognition/index.js';
import { signDataIntegrity, signVcJwt } from './credential-signing.js';
import {
  findCompletionFacts,
  findCredential,
  findCredentialProvider,
  findCurrentCredential,
  insertCredential,
  listCredentialsWithOldName,
  markSuperseded,
  listCompletionsWithoutCredential,
  markRevoked,
  type CredentialRow,
} from './credentials.repo.js';
import { canReadCredential, canRevokeCredential } from './credentials.policy.js';
import { issuerDid } from './did-web.js';
import { issuerDocumentLoader, signedStatusList } from './issuer-documents.js';
import { currentSigningKey } from './issuer-keys.js';
import { buildOpenBadgeCredential, type CreditAward } from './open-badge.js';
import { allocateStatusIndex } from './status-list.js';

export type CredentialDeps = Pick<AppDeps, 'db' | 'config' | 'secret' | 'translators'>;

/** A stored credential, as the use cases hand it out. */
export interface IssuedCredential {
  readonly id: string;
  readonly userId: string;
  readonly document: Record<string, unknown>;
  readonly jwt: string;
  readonly issuedAt: string;
  readonly revokedAt: string | null;
}

const toIssued = (row: CredentialRow): IssuedCredential => ({
  id: row.id,
  userId: row.user_id,
  document: JSON.parse(row.document) as Record<string, unknown>,
  jwt: row.jwt,
  issuedAt: new Date(row.issued_at).toISOString(),
  revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at).toISOString(),
});

/**
 * Issues the Open Badges 3.0 credential of a completion record: builds it from the record, its person
 * and its course, signs it twice with the issuer's newest key (embedded `eddsa-rdfc-2022` proof and
 * VC-JWT), stores both and audits `credential-issued`. Returns the current credential when the record
 * has one already. The status position is taken first: if signing fails, the unused position simply
 * stays revoked.
 */
export async function issueCredential(
  deps: CredentialDeps,
  completionRecordId: string,
  options: { validUntil?: string } = {},
): Promise<IssuedCredential> {
  const existing = await findCurrentCredential(deps.db, completionRecordId);
  if (existing) return toIssued(existing);
  const row = await signCredentialRow(deps, completionRecordId, options);
  await deps.db.transaction().execute(async (trx) => {
    await insertCredential(trx, row);
    await auditIssue(trx, row);
  });
  return toIssued(row);
}

/** A new credential for the completion record, built from what the platform knows now and signed. */
async function signCredentialRow(
  deps: CredentialDeps,
  completionRecordId: string,
  options: { validUntil?: string },
): Promise<CredentialRow> {
  const facts = await findCompletionFacts(deps.db, completionRecordId);
  if (!facts) throw AppError.notFound('There is no such completion record.');
  if (!facts.userId || !facts.recipientName || !facts.recipientEmail) {
    throw new AppError('conflict', 'The person of this completion record erased their account.');
  }
  const course = await findCourse(deps.db, facts.courseId);
  if (!course) throw AppError.notFound('The course of this completion record no longer exists.');
  const texts =
    course.translations.find((translation) => translation.language === course.sourceLanguage) ??
    course.translations[0];
  const recognised = await listRecognisedCredits(deps, course.id);

  const key = await currentSigningKey(deps);
  const statusIndex = await allocateStatusIndex(deps.db);
  const id = crypto.randomUUID();
  const salt = crypto.randomBytes(16).toString('hex');
  const issuedAt = new Date().toISOString();
  const unsigned = buildOpenBadgeCredential({
    credentialId: id,
    publicUrl: deps.config.publicUrl,
    did: issuerDid(deps.config.publicUrl),
    validFrom: issuedAt,
    ...(options.validUntil ? { validUntil: options.validUntil } : {}),
    statusIndex,
    recipient: { name: facts.recipientName, email: facts.recipientEmail, salt },
    course: {
      id: course.id,
      slug: course.slug,
      title: texts?.title ?? course.slug,
      summary: texts?.summary ?? '',
      sourceLanguage: course.sourceLanguage,
      providerId: course.providerId,
      providerName: course.providerName,
      topics: course.topics,
      instruments: course.instruments,
      credits: [...course.credits, ...recognised],
    },
    criteria: completionCriteria(deps, course),
    completion: {
      hours: facts.hours,
      completedAt: facts.completedAt,
      sessionStartsAt: facts.sessionStartsAt,
      sessionEndsAt: facts.sessionEndsAt,
    },
  });
  const document = await signDataIntegrity(unsigned, key, issuerDocumentLoader(deps));
  const jwt = await signVcJwt(unsigned, key);
  return {
    id,
    completion_record_id: completionRecordId,
    user_id: facts.userId,
    status_index: statusIndex,
    issuer_key_id: key.id,
    document: JSON.stringify(document),
    jwt,
    issued_at: issuedAt,
    revoked_at: null,
    revocation_reason: null,
    superseded_by: null,
    is_public: 0,
    share_token_hash: null,
    recipient_salt: salt,
    recipient_name: facts.recipientName,
  };
}

async function auditIssue(db: Kysely<Database>, row: CredentialRow, supersedes?: string): Promise<void> {
  await appendAudit(db, {
    action: 'credential-issued',
    subjectUserId: row.user_id,
    targetType: 'credential',
    targetId: row.id,
    details: {
      completionRecordId: row.completion_record_id,
      statusIndex: row.status_index,
      key: row.issuer_key_id,
      ...(supersedes ? { supersedes } : {}),
    },
  });
}

/**
 * After a person corrects their name, each of their valid credentials carrying the old one is issued
 * again with the new name; the old credential is revoked (reason `superseded`, so verifiers see it)
 * and points at its successor. Returns how many were re-issued.
 */
export async function reissueRenamedCredentials(deps: CredentialDeps): Promise<number> {
  let reissued = 0;
  for (const old of await listCredentialsWithOldName(deps.db)) {
    const row = await signCredentialRow(deps, old.completion_record_id!, {});
    await deps.db.transaction().execute(async (trx) => {
      if (!(await markRevoked(trx, old.id, 'superseded', row.issued_at))) return;
      await insertCredential(trx, row);
      await markSuperseded(trx, old.id, row.id);
      await auditIssue(trx, row, old.id);
      reissued += 1;
    });
  }
  return reissued;
}

/** The completion rule in words, in the course's language when the platform speaks it. */
function completionCriteria(
  deps: CredentialDeps,
  course: { sourceLanguage: string; completionMinAttendancePercent: number; assessmentRequired: boolean },
): string {
  const { t } = deps.translators(isLocale(course.sourceLanguage) ? course.sourceLanguage : 'en');
  const attendance = t('credentials.criteria.attendance', { percent: course.completionMinAttendancePercent });
  return course.assessmentRequired ? `${attendance} ${t('credentials.criteria.assessment')}` : attendance;
}

/**
 * Issues the credentials of completion records that have none and whose person still has an account
 * (the scheduled job). One failure does not stop the others; returns how many were issued.
 */
export async function issueForCompletions(
  deps: CredentialDeps & Pick<AppDeps, 'logger'>,
  options: { limit?: number } = {},
): Promise<{ issued: number; failed: number }> {
  const pending = await listCompletionsWithoutCredential(deps.db, options.limit ?? 200);
  let issued = 0;
  let failed = 0;
  for (const completionRecordId of pending) {
    try {
      await issueCredential(deps, completionRecordId);
      issued += 1;
    } catch (error) {
      failed += 1;
      deps.logger.warn({ err: error, completionRecordId }, 'credential not issued');
    }
  }
  return { issued, failed };
}

/**
 * The signed credential for whoever may read it (its holder, anyone when public or with the share
 * link's token); `not-found` otherwise, so that nobody learns which ids exist.
 */
export async function readCredential(
  deps: Pick<AppDeps, 'db'>,
  actor: Actor | undefined,
  id: string,
  shareToken: string | undefined,
): Promise<IssuedCredential> {
  const row = await findCredential(deps.db, id);
  if (!row || !canReadCredential(actor, row, shareToken))
    throw AppError.notFound('There is no such credential.');
  return toIssued(row);
}

/**
 * Revokes a credential (managers of its course's provider, admins), with a reason; audited. The status
 * list is signed again at once, so verifiers see the revocation at their next fetch.
 */
export async function revokeCredential(
  deps: CredentialDeps,
  actor: Actor,
  input: { id: string; reason: string },
): Promise<IssuedCredential> {
  requireScope(actor, 'write');
  const row = await findCredential(deps.db, input.id);
  if (!row) throw AppError.notFound('There is no such credential.');
  if (!canRevokeCredential(actor, await findCredentialProvider(deps.db, row.id))) {
    throw AppError.forbidden('Only the course provider’s managers and administrators revoke credentials.');
  }
  const at = new Date().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await markRevoked(trx, row.id, input.reason, at))) {
      throw new AppError('conflict', 'This credential is revoked already.');
    }
    await appendAudit(trx, {
      action: 'credential-revoked',
      actorId: actor.userId,
      subjectUserId: row.user_id,
      targetType: 'credential',
      targetId: row.id,
      // The reason stays with the credential: the log outlives erasures and holds codes only.
      details: { statusIndex: Number(row.status_index) },
    });
  });
  await signedStatusList(deps);
  return toIssued({ ...row, revoked_at: at, revocation_reason: input.reason });
}

/** The credits academic bodies recognise for the course today, as the credential carries them. */
async function listRecognisedCredits(deps: CredentialDeps, courseId: string): Promise<CreditAward[]> {
  const recognitions = await listActiveRecognitions(deps.db, courseId, new Date());
  return recognitions.map((recognition) => ({
    system: recognition.creditSystem,
    amount: recognition.amount,
    awardingBody: recognition.organisationName,
  }));
}

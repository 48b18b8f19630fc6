import type { AppDeps } from '../../app-deps.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Locale } from '../../platform/i18n/index.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import { credentialFacts, type CredentialFacts } from './certificate-data.js';
import { renderCertificate } from './certificate-pdf.js';
import {
  creditTotals,
  renderTranscript,
  type CreditTotal,
  type TranscriptEntry,
} from './certificate-pdf.transcript.js';
import {
  findHeldCredential,
  listHeldCredentials,
  updateShareLink,
  updateVisibility,
  type HeldCredentialRow,
} from './my-credentials.repo.js';
import { currentShareToken, newShareLink, verifyUrl } from './share-link.js';

export type MyCredentialDeps = Pick<AppDeps, 'db' | 'config' | 'secret' | 'translators'>;

export type CredentialStatus = 'valid' | 'revoked' | 'superseded';

/** One credential as its holder sees it in "My credentials". */
export interface MyCredential extends CredentialFacts {
  readonly id: string;
  readonly issuedAt: string;
  readonly status: CredentialStatus;
  readonly revocationReason: string | null;
  readonly isPublic: boolean;
  readonly hasShareLink: boolean;
  /** The session's time zone: the completion date as the participants lived it. */
  readonly timeZone: string;
}

const statusOf = (row: HeldCredentialRow): CredentialStatus =>
  row.superseded_by !== null ? 'superseded' : row.revoked_at !== null ? 'revoked' : 'valid';

const toMine = (row: HeldCredentialRow): MyCredential => ({
  ...credentialFacts(JSON.parse(row.document) as Record<string, unknown>),
  id: row.id,
  issuedAt: new Date(row.issued_at).toISOString(),
  status: statusOf(row),
  revocationReason: row.revocation_reason,
  isPublic: Number(row.is_public) === 1,
  hasShareLink: row.share_token_hash !== null,
  timeZone: row.time_zone ?? 'UTC',
});

/** The signed-in person's credentials, newest first, whatever their status. */
export async function listMyCredentials(deps: Pick<AppDeps, 'db'>, actor: Actor): Promise<MyCredential[]> {
  requireScope(actor, 'read');
  return (await listHeldCredentials(deps.db, actor.userId)).map(toMine);
}

/** A credential of the actor's; `not-found` for anyone else's, so that nobody learns which ids exist. */
async function heldCredential(deps: Pick<AppDeps, 'db'>, actor: Actor, id: string) {
  const row = await findHeldCredential(deps.db, actor.userId, id);
  if (!row) throw AppError.notFound('There is no such credential.');
  return row;
}

/** One of the actor's credentials with its signed forms: the JSON-LD document (as stored) and the VC-JWT. */
export async function readMyCredential(
  deps: Pick<AppDeps, 'db'>,
  actor: Actor,
  id: string,
): Promise<MyCredential & { readonly json: string; readonly jwt: string }> {
  requireScope(actor, 'read');
  const row = await heldCredential(deps, actor, id);
  return { ...toMine(row), json: row.document, jwt: row.jwt };
}

/** The current share link of one of the actor's credentials, as a verify page address; none if there is none. */
export async function myShareLink(
  deps: MyCredentialDeps,
  actor: Actor,
  id: string,
  lang: Locale,
): Promise<string | undefined> {
  const row = await heldCredential(deps, actor, id);
  const token = currentShareToken(deps.secret, row.id, row.share_token_hash);
  return token ? verifyUrl(deps.config.publicUrl, lang, row.id, token) : undefined;
}

/**
 * Makes one of the actor's credentials public (anyone may read it by its id) or private again
 * (holder and share link only). Audited as `credential-shared`.
 */
export async function setCredentialVisibility(
  deps: Pick<AppDeps, 'db'>,
  actor: Actor,
  input: { id: string; isPublic: boolean },
): Promise<void> {
  requireScope(actor, 'write');
  const row = await heldCredential(deps, actor, input.id);
  await deps.db.transaction().execute(async (trx) => {
    await updateVisibility(trx, row.id, input.isPublic);
    await appendAudit(trx, {
      action: 'credential-shared',
      actorId: actor.userId,
      subjectUserId: actor.userId,
      targetType: 'credential',
      targetId: row.id,
      details: { change: input.isPublic ? 'made-public' : 'made-private' },
    });
  });
}

/**
 * Creates the share link of one of the actor's credentials, replacing the one before (which stops
 * working at once). Audited as `credential-shared`. Returns the verify page's address with the token.
 */
export async function createShareLink(
  deps: MyCredentialDeps,
  actor: Actor,
  input: { id: string; lang: Locale },
): Promise<{ readonly url: string; readonly token: string }> {
  requireScope(actor, 'write');
  const row = await heldCredential(deps, actor, input.id);
  const link = await storeNewShareLink(deps, actor, row);
  return { url: verifyUrl(deps.config.publicUrl, input.lang, row.id, link), token: link };
}

async function storeNewShareLink(
  deps: MyCredentialDeps,
  actor: Actor,
  row: HeldCredentialRow,
): Promise<string> {
  const { token, stored } = newShareLink(deps.secret, row.id);
  await deps.db.transaction().execute(async (trx) => {
    await updateShareLink(trx, row.id, stored);
    await appendAudit(trx, {
      action: 'credential-shared',
      actorId: actor.userId,
      subjectUserId: actor.userId,
      targetType: 'credential',
      targetId: row.id,
      details: { change: row.share_token_hash === null ? 'share-link-created' : 'share-link-replaced' },
    });
  });
  return token;
}

/** Removes the share link of one of the actor's credentials: it stops working. Audited. */
export async function removeShareLink(deps: Pick<AppDeps, 'db'>, actor: Actor, id: string): Promise<void> {
  requireScope(actor, 'write');
  const row = await heldCredential(deps, actor, id);
  if (row.share_token_hash === null) return;
  await deps.db.transaction().execute(async (trx) => {
    await updateShareLink(trx, row.id, null);
    await appendAudit(trx, {
      action: 'credential-shared',
      actorId: actor.userId,
      subjectUserId: actor.userId,
      targetType: 'credential',
      targetId: row.id,
      details: { change: 'share-link-removed' },
    });
  });
}

/**
 * The PDF certificate of one of the actor's credentials, in `lang`, with the signed credential
 * attached. Its QR code points at the verify page with the current share link; when there is none,
 * one is created (the holder's page says so), so that whoever holds the paper can check it.
 */
export async function myCertificatePdf(
  deps: MyCredentialDeps,
  actor: Actor,
  input: { id: string; lang: Locale },
): Promise<{ readonly pdf: Uint8Array; readonly sharedNow: boolean }> {
  requireScope(actor, 'read');
  const row = await heldCredential(deps, actor, input.id);
  const existing = currentShareToken(deps.secret, row.id, row.share_token_hash);
  const token = existing ?? (await storeNewShareLink(deps, actor, row));
  const mine = toMine(row);
  const pdf = await renderCertificate({
    translator: deps.translators(input.lang),
    recipientName: mine.recipientName || actor.name,
    courseTitle: mine.courseTitle,
    providerName: mine.providerName,
    session: { startsAt: mine.sessionStartsAt, endsAt: mine.sessionEndsAt, timeZone: mine.timeZone },
    completedAt: mine.completedAt,
    hours: mine.hours,
    credits: mine.credits,
    verifyUrl: verifyUrl(deps.config.publicUrl, input.lang, row.id, token),
    credentialId: row.id,
    credentialJson: row.document,
    credentialJwt: row.jwt,
  });
  return { pdf, sharedNow: existing === undefined };
}

/** The actor's transcript: every valid credential (revoked and superseded ones left out) and the totals. */
export interface MyTranscript {
  readonly entries: readonly (TranscriptEntry & { readonly credentialId: string })[];
  readonly totals: readonly CreditTotal[];
  readonly hours: number;
}

/** The transcript of the actor's valid credentials, oldest first, with credit totals per system and body. */
export async function myTranscript(deps: Pick<AppDeps, 'db'>, actor: Actor): Promise<MyTranscript> {
  const valid = (await listMyCredentials(deps, actor)).filter((item) => item.status === 'valid');
  const entries = valid
    .map((item) => ({
      credentialId: item.id,
      courseTitle: item.courseTitle,
      providerName: item.providerName,
      completedAt: item.completedAt,
      timeZone: item.timeZone,
      hours: item.hours,
      credits: item.credits,
    }))
    .sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  const hours = Math.round(entries.reduce((sum, entry) => sum + entry.hours, 0) * 100) / 100;
  return { entries, totals: creditTotals(entries), hours };
}

/** The transcript as a PDF in `lang`, dated now in the time zone of the latest course. */
export async function myTranscriptPdf(
  deps: MyCredentialDeps,
  actor: Actor,
  lang: Locale,
): Promise<Uint8Array> {
  const transcript = await myTranscript(deps, actor);
  return renderTranscript({
    translator: deps.translators(lang),
    holderName: actor.name,
    issuedAt: new Date().toISOString(),
    timeZone: transcript.entries.at(-1)?.timeZone ?? 'UTC',
    entries: transcript.entries,
  });
}

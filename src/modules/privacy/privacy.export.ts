import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { selectRowsOf, type DataRow } from './personal-data.repo.js';
import { privacyPolicyVersion } from './privacy.consents.js';
import { canExportOwnData } from './privacy.policy.js';
import { findAccountProfile } from './privacy.repo.js';
import type { PersonalDataExport } from './privacy.schema.js';
import { isSecretColumn, personalDataSources, type PersonalDataSource } from './privacy.sources.js';

export const secretsNotice =
  'Secrets are never exported: password hashes, the hashes of session, email-link, recovery-code and API ' +
  'tokens, and second-factor (TOTP) secrets are left out. The columns left out are listed in omittedColumns.';

/**
 * Everything the platform holds about the caller: their rows in every table of the map of personal
 * data, secrets left out. The export is audited in the same transaction, so the log shows it even
 * though the response is already on its way.
 */
export async function exportOwnData(
  deps: { db: Kysely<Database> },
  actor: Actor | undefined,
): Promise<PersonalDataExport> {
  if (!actor) throw new AppError('unauthenticated', 'Please sign in to continue.');
  if (!canExportOwnData(actor)) throw AppError.forbidden('This API token does not have the "read" scope.');
  return deps.db.transaction().execute(async (trx) => {
    const account = await findAccountProfile(trx, actor.userId);
    if (!account) throw new AppError('unauthenticated', 'Please sign in to continue.');
    await appendAudit(trx, {
      action: 'data-exported',
      actorId: actor.userId,
      subjectUserId: actor.userId,
      details: { via: actor.authenticatedBy },
    });
    const subject = { userId: actor.userId, email: account.email };
    const tables: Record<string, DataRow[]> = {};
    const omittedColumns: Record<string, string[]> = {};
    for (const source of personalDataSources.filter((each) => each.exported !== false)) {
      const rows = await selectRowsOf(trx, source, subject);
      const { kept, omitted } = withoutSecrets(source, rows);
      tables[source.table] = kept;
      if (omitted.length > 0) omittedColumns[source.table] = omitted;
    }
    return {
      format: 'jpcoops-personal-data-export',
      formatVersion: 1,
      exportedAt: new Date().toISOString(),
      userId: actor.userId,
      privacyPolicyVersion,
      secretsNotice,
      omittedColumns,
      tables,
    };
  });
}

function withoutSecrets(
  source: PersonalDataSource,
  rows: readonly DataRow[],
): { kept: DataRow[]; omitted: string[] } {
  const omitted = new Set<string>(source.secretColumns ?? []);
  const kept = rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).filter(([column]) => {
        const isSecret = isSecretColumn(source, column);
        if (isSecret) omitted.add(column);
        return !isSecret;
      }),
    ),
  );
  return { kept, omitted: [...omitted].sort() };
}

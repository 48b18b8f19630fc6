import { AppError } from '../../platform/http/app-error.js';
import { appendAudit } from '../../platform/audit/index.js';
import type { Actor } from '../accounts/index.js';
import { checkLogo, type LogoError } from './logo-content.js';
import { readLogo, storeLogo, type StoredLogo } from './logo-store.js';
import { setOrganisationLogo } from './organisation-writes.repo.js';
import {
  auditEvent,
  getOrganisationForEditing,
  removeUnusedLogo,
  type OrganisationsDeps,
} from './organisations.service.js';

export type LogoResult =
  { readonly outcome: 'saved' } | { readonly outcome: 'invalid'; readonly error: LogoError };

/**
 * Replaces an organisation's logo with an upload checked by its content (PNG, JPEG, or SVG that is
 * sanitised before it is stored). The file is written before the row points to it, so a reader never
 * sees a logo that is not there.
 */
export async function replaceOrganisationLogo(
  deps: OrganisationsDeps,
  actor: Actor,
  id: string,
  upload: Buffer | undefined,
): Promise<LogoResult> {
  const { organisation } = await getOrganisationForEditing(deps, actor, id);
  const checked = await checkLogo(upload ?? Buffer.alloc(0));
  if (!checked.ok) return { outcome: 'invalid', error: checked.error };
  const file = await storeLogo(deps.config.dataDir, checked.content, checked.extension);
  await deps.db.transaction().execute(async (trx) => {
    await setOrganisationLogo(trx, id, { file, contentType: checked.contentType });
    await appendAudit(trx, auditEvent(actor, id, 'logo'));
  });
  if (organisation.logoFile && organisation.logoFile !== file)
    await removeUnusedLogo(deps, organisation.logoFile);
  return { outcome: 'saved' };
}

export async function removeOrganisationLogo(
  deps: OrganisationsDeps,
  actor: Actor,
  id: string,
): Promise<void> {
  const { organisation } = await getOrganisationForEditing(deps, actor, id);
  if (!organisation.logoFile) return;
  await deps.db.transaction().execute(async (trx) => {
    await setOrganisationLogo(trx, id, null);
    await appendAudit(trx, auditEvent(actor, id, 'logo'));
  });
  await removeUnusedLogo(deps, organisation.logoFile);
}

/** A stored logo for the public route; its name is its content hash. */
export async function getLogo(deps: OrganisationsDeps, file: string): Promise<StoredLogo> {
  const logo = await readLogo(deps.config.dataDir, file);
  if (!logo) throw AppError.notFound('There is no such logo.');
  return logo;
}

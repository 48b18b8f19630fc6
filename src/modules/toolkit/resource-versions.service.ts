import type { AppDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { canSeeUnpublished } from './contribution.policy.js';
import { findResource, type Resource } from './resource-reads.repo.js';
import { changesBetween, type FieldChange } from './resource-versions.diff.js';
import { findVersions, type ResourceVersion } from './resource-versions.js';

type Deps = Pick<AppDeps, 'db'>;

/** A published version with what changed since the one before (nothing for the first). */
export interface VersionWithChanges extends ResourceVersion {
  readonly changes: readonly FieldChange[];
}

/**
 * A resource's published versions, latest first, each with its changes from the previous one. Public
 * for a published resource; its contributor and reviewers also see it before (an empty history).
 */
export async function listResourceVersions(
  deps: Deps,
  actor: Actor | undefined,
  id: string,
): Promise<{ resource: Resource; versions: VersionWithChanges[] }> {
  const resource = await findResource(deps.db, id);
  const isVisible =
    !!resource &&
    resource.deletedAt === null &&
    (resource.status === 'published' || canSeeUnpublished(actor, resource));
  if (!resource || !isVisible) throw AppError.notFound('There is no such resource.');
  const versions = await findVersions(deps.db, id);
  const withChanges = versions.map((version, index) => {
    const previous = versions[index - 1];
    return { ...version, changes: previous ? changesBetween(previous.snapshot, version.snapshot) : [] };
  });
  return { resource, versions: withChanges.reverse() };
}

import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../database.js';
import { findSameWorkCandidates, insertLinks, type WorkIdentity } from './harvest-resources.repo.js';

type Db = Kysely<Database> | Transaction<Database>;
type Basis = 'doi' | 'url' | 'title-year';

/**
 * Links each of these resources to the same work published by another source (or contributed on the
 * platform): same DOI, else same original URL, else same normalised title and year. A link is stored
 * in BOTH directions (A→B and B→A, same basis), so "also available from" reads one column of one
 * table for any resource. Records of the same source are never linked to each other.
 */
export async function linkSameWork(db: Db, resources: readonly WorkIdentity[]): Promise<number> {
  if (resources.length === 0) return 0;
  const values = <K extends keyof WorkIdentity>(key: K) => [
    ...new Set(resources.map((resource) => resource[key]).filter((value): value is string => !!value)),
  ];
  const candidates = await findSameWorkCandidates(db, {
    dois: values('doi'),
    urls: values('originalUrl'),
    workKeys: values('workKey'),
  });
  const links: { resourceId: string; otherResourceId: string; basis: Basis }[] = [];
  for (const resource of resources) {
    for (const other of candidates) {
      if (other.id === resource.id || (other.sourceId !== null && other.sourceId === resource.sourceId))
        continue;
      const basis = basisOf(resource, other);
      if (!basis) continue;
      links.push({ resourceId: resource.id, otherResourceId: other.id, basis });
      links.push({ resourceId: other.id, otherResourceId: resource.id, basis });
    }
  }
  await insertLinks(db, links);
  return links.length / 2;
}

function basisOf(one: WorkIdentity, other: WorkIdentity): Basis | undefined {
  if (one.doi && one.doi.toLowerCase() === other.doi?.toLowerCase()) return 'doi';
  if (one.originalUrl && one.originalUrl === other.originalUrl) return 'url';
  if (one.workKey && one.workKey === other.workKey) return 'title-year';
  return undefined;
}

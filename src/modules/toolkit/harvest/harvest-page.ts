import type { Transaction } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../../database.js';
import type { SearchIndex } from '../../../platform/search/index.js';
import { reindexResources } from '../resource-index.js';
import {
  insertResources,
  markResourceDeleted,
  updateResourcesContent,
  workKeyOf,
  type ContentUpdate,
  type NewResource,
} from '../resource-writes.repo.js';
import type { HarvestItem, HarvestNote } from './clients/harvested-fields.js';
import { linkSameWork } from './harvest-links.js';
import { mapHarvestedRecord } from './harvest-mapping.js';
import { findBySourceIdentifiers, restoreResource } from './harvest-resources.repo.js';
import type { SubjectVocabulary } from './harvest-subjects.js';
import type { HarvestFailure, RunCounts } from './harvest-runs.repo.js';
import type { HarvestSource } from './harvest-sources.repo.js';
import type { WorkIdentity } from './harvest-resources.repo.js';

/** Where a page goes and what its records are read with. */
export interface PageTarget {
  readonly search: SearchIndex;
  readonly source: HarvestSource;
  readonly vocabulary: SubjectVocabulary;
}

export interface PageOutcome {
  readonly counts: RunCounts;
  readonly failures: HarvestFailure[];
  readonly notes: HarvestNote[];
}

/**
 * Writes one page of a source inside the caller's transaction: new records inserted, changed ones
 * (another content hash) rewritten, unchanged ones left alone, deleted ones marked deleted; a record
 * that cannot be mapped or validated is a failure with its reason. Then links the same work from other
 * sources and brings the search index in line — all with the page. Datestamps are the time of the
 * change here (not the source's), so that our own OAI-PMH `from` sees harvested changes.
 */
export async function writePage(
  trx: Transaction<Database>,
  target: PageTarget,
  items: readonly HarvestItem[],
): Promise<PageOutcome> {
  const { search, source, vocabulary } = target;
  const now = new Date().toISOString();
  const counts = { new: 0, updated: 0, unchanged: 0, deleted: 0, failed: 0 };
  const failures: HarvestFailure[] = [];
  const notes: HarvestNote[] = [];
  // The last occurrence of an identifier in a page wins, as it would over two pages.
  const latest = new Map(items.map((item) => [item.identifier, item]));
  const stored = await findBySourceIdentifiers(
    trx,
    source.id,
    [...latest.values()].filter((item) => item.kind !== 'failed').map((item) => item.identifier),
  );
  const changed: string[] = [];
  // Written after the loop, all at once: no record of the page reads what another one writes.
  const inserts: NewResource[] = [];
  const updates: ContentUpdate[] = [];
  const restored: string[] = [];
  const linkable: WorkIdentity[] = [];
  for (const item of latest.values()) {
    if (item.kind === 'failed') {
      counts.failed += 1;
      failures.push({ identifier: item.identifier, reason: item.reason });
      continue;
    }
    const existing = stored.get(item.identifier);
    if (item.kind === 'deleted') {
      if (existing && !existing.isDeleted) {
        await markResourceDeleted(trx, existing.id, now);
        counts.deleted += 1;
        changed.push(existing.id);
      }
      continue;
    }
    const mapped = mapHarvestedRecord(item.fields, {
      rules: source.mapping,
      network: source.network,
      vocabulary,
    });
    if (!mapped.ok) {
      counts.failed += 1;
      failures.push({ identifier: item.identifier, reason: mapped.reason });
      continue;
    }
    for (const note of item.notes ?? []) notes.push({ identifier: item.identifier, note });
    if (existing && existing.contentHash === mapped.hash && !existing.isDeleted) {
      counts.unchanged += 1;
      continue;
    }
    let id: string;
    if (existing) {
      id = existing.id;
      updates.push({ id, record: mapped.record, change: { contentHash: mapped.hash, datestamp: now } });
      if (existing.isDeleted) restored.push(id);
      counts.updated += 1;
    } else {
      id = uuidv7();
      inserts.push({
        id,
        meta: {
          status: 'published',
          sourceId: source.id,
          sourceIdentifier: item.identifier,
          contentHash: mapped.hash,
          datestamp: now,
        },
        record: mapped.record,
      });
      counts.new += 1;
    }
    changed.push(id);
    linkable.push({
      id,
      sourceId: source.id,
      doi: mapped.record.doi,
      originalUrl: mapped.record.originalUrl,
      workKey: workKeyOf(mapped.record),
    });
  }
  await updateResourcesContent(trx, updates);
  for (const id of restored) await restoreResource(trx, id);
  await insertResources(trx, inserts);
  await linkSameWork(trx, linkable);
  await reindexResources(trx, search.withTransaction(trx), changed);
  return { counts, failures, notes };
}

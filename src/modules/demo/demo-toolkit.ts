import { uuidv7 } from 'uuidv7';
import {
  insertResource,
  markResourceDeleted,
  reindexResources,
  type ResourceRecord,
} from '../toolkit/index.js';
import type { DemoDeps } from './demo-catalogue.js';
import { demoResourceLinks, demoResources, type DemoResource } from './demo-toolkit-data.js';

/**
 * Adds the demo toolkit resources not there yet (known by their address), published, flagged
 * `is_demo`, and indexed in the same transaction as any writer does; links the same work across networks.
 */
export async function seedDemoResources(deps: DemoDeps): Promise<number> {
  return deps.db.transaction().execute(async (trx) => {
    const present = await trx
      .selectFrom('toolkit_resource')
      .select(['id', 'original_url'])
      .where('is_demo', '=', 1)
      .execute();
    const idsByUrl = new Map(present.map((row) => [row.original_url, row.id]));
    const added: string[] = [];
    for (const resource of demoResources) {
      if (idsByUrl.has(resource.originalUrl)) continue;
      const id = uuidv7();
      await insertResource(trx, id, { status: 'published' }, recordOf(resource));
      await trx
        .updateTable('toolkit_resource')
        .set({ is_demo: 1, version: 1 })
        .where('id', '=', id)
        .execute();
      idsByUrl.set(resource.originalUrl, id);
      added.push(id);
    }
    const idOf = (key: string) =>
      idsByUrl.get(demoResources.find((resource) => resource.key === key)?.originalUrl ?? null);
    for (const [one, other] of demoResourceLinks) {
      const [resourceId, otherId] = [idOf(one), idOf(other)];
      if (!resourceId || !otherId || !(added.includes(resourceId) || added.includes(otherId))) continue;
      await trx
        .insertInto('toolkit_resource_link')
        .values({ resource_id: resourceId, other_resource_id: otherId, basis: 'title-year' })
        .execute();
    }
    await reindexResources(trx, deps.search.withTransaction(trx), added);
    return added.length;
  });
}

/** Takes the demo resources out of search (a deleted resource leaves the index), then deletes them. */
export async function removeDemoResources(deps: DemoDeps): Promise<number> {
  return deps.db.transaction().execute(async (trx) => {
    const ids = (
      await trx.selectFrom('toolkit_resource').select('id').where('is_demo', '=', 1).execute()
    ).map((row) => row.id);
    for (const id of ids) await markResourceDeleted(trx, id);
    await reindexResources(trx, deps.search.withTransaction(trx), ids);
    if (ids.length > 0) await trx.deleteFrom('toolkit_resource').where('id', 'in', ids).execute();
    return ids.length;
  });
}

function recordOf({ key: _key, ...resource }: DemoResource): ResourceRecord {
  return {
    ...resource,
    evaluation: resource.evaluation ?? null,
    transferability: resource.transferability ?? null,
    contact: resource.contact ?? null,
    doi: resource.doi ?? null,
  };
}

import { uuidv7 } from 'uuidv7';
import type { AppDeps } from '../../app-deps.js';
import { reindexResources } from './resource-index.js';
import { findResource, type Resource } from './resource-reads.repo.js';
import type { ResourceRecord } from './resource-record.js';
import { insertResource, type ResourceMeta } from './resource-writes.repo.js';

/** Test helpers of the toolkit, shared by every part of it (resources, contributions, harvest, OAI). */

let resourceCount = 0;

/** A complete, valid resource record in English; `overrides` replace whole fields. */
export function resourceRecord(overrides: Partial<ResourceRecord> = {}): ResourceRecord {
  resourceCount += 1;
  return {
    type: 'handbook',
    sourceLanguage: 'en',
    texts: [
      {
        language: 'en',
        title: `Handbook on prison radicalisation ${resourceCount}`,
        summary: 'How prison and probation staff recognise and respond to violent extremism.',
      },
    ],
    topics: ['radicalisation'],
    professions: ['prison-staff'],
    languages: ['en'],
    countries: ['IT'],
    instruments: ['32008F0909'],
    network: 'RAN',
    originalUrl: `https://example.org/resources/${resourceCount}`,
    doi: null,
    organisationName: 'Radicalisation Awareness Network',
    contact: null,
    publishedOn: '2024-05',
    licence: 'CC BY 4.0',
    evidence: 'inspiring',
    evaluation: null,
    transferability: null,
    ...overrides,
  };
}

export type SeedResourceOverrides = Partial<ResourceRecord> &
  Partial<
    Pick<ResourceMeta, 'status' | 'sourceId' | 'sourceIdentifier' | 'organisationId' | 'submittedByUserId'>
  > & {
    /** Latest published version number (0 before the first publication); default 1 when published. */
    readonly version?: number;
    /** Marks the resource deleted after inserting it. */
    readonly deleted?: boolean;
  };

/**
 * Inserts a resource (published unless told otherwise) through the repository and puts it in the
 * search index, as any writer does; returns it as read back.
 */
export async function seedResource(
  deps: Pick<AppDeps, 'db' | 'search'>,
  overrides: SeedResourceOverrides = {},
): Promise<Resource> {
  const {
    status,
    sourceId,
    sourceIdentifier,
    organisationId,
    submittedByUserId,
    version,
    deleted,
    ...content
  } = overrides;
  const id = uuidv7();
  const resolvedStatus = status ?? 'published';
  await deps.db.transaction().execute(async (trx) => {
    await insertResource(
      trx,
      id,
      {
        status: resolvedStatus,
        sourceId: sourceId ?? null,
        sourceIdentifier: sourceIdentifier ?? null,
        organisationId: organisationId ?? null,
        submittedByUserId: submittedByUserId ?? null,
      },
      resourceRecord(content),
    );
    const resolvedVersion = version ?? (resolvedStatus === 'published' ? 1 : 0);
    const at = new Date().toISOString();
    await trx
      .updateTable('toolkit_resource')
      .set({ version: resolvedVersion, ...(deleted ? { deleted_at: at, datestamp: at } : {}) })
      .where('id', '=', id)
      .execute();
    await reindexResources(trx, deps.search.withTransaction(trx), [id]);
  });
  const resource = await findResource(deps.db, id);
  if (!resource) throw new Error('seeded resource not found');
  return resource;
}

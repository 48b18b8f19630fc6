import type { Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { Database } from '../../../database.js';
import type { SourceKind, ToolkitSourceTable } from '../toolkit.table.js';
import { isHarvestFormat, type HarvestFormat } from './clients/harvest-formats.js';
import { mappingRulesSchema, type MappingRules } from './harvest-mapping.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A harvest source as the module works with it. */
export interface HarvestSource {
  readonly id: string;
  readonly name: string;
  readonly network: string;
  readonly kind: SourceKind;
  readonly url: string;
  readonly setSpec: string | null;
  readonly metadataPrefix: HarvestFormat;
  readonly mapping: MappingRules;
  readonly intervalHours: number | null;
  readonly isEnabled: boolean;
  readonly harvestedUntil: string | null;
  readonly nextHarvestAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface SourceColumns {
  readonly name: string;
  readonly network: string;
  readonly kind: SourceKind;
  readonly url: string;
  readonly setSpec: string | null;
  readonly metadataPrefix: HarvestFormat;
  readonly mapping: MappingRules;
  readonly intervalHours: number | null;
  readonly isEnabled: boolean;
}

function toSource(row: Selectable<ToolkitSourceTable>): HarvestSource {
  const stored = safeJson(row.mapping);
  return {
    id: row.id,
    name: row.name,
    network: row.network,
    kind: row.kind,
    url: row.url,
    setSpec: row.set_spec,
    metadataPrefix: isHarvestFormat(row.metadata_prefix) ? row.metadata_prefix : 'oai_dc',
    mapping: mappingRulesSchema.catch(mappingRulesSchema.parse({})).parse(stored),
    intervalHours: row.interval_hours,
    isEnabled: row.is_enabled === 1,
    harvestedUntil: row.harvested_until,
    nextHarvestAt: row.next_harvest_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

function columnsOf(source: Partial<SourceColumns>): Updateable<ToolkitSourceTable> {
  return {
    ...(source.name !== undefined ? { name: source.name } : {}),
    ...(source.network !== undefined ? { network: source.network } : {}),
    ...(source.kind !== undefined ? { kind: source.kind } : {}),
    ...(source.url !== undefined ? { url: source.url } : {}),
    ...(source.setSpec !== undefined ? { set_spec: source.setSpec } : {}),
    ...(source.metadataPrefix !== undefined ? { metadata_prefix: source.metadataPrefix } : {}),
    ...(source.mapping !== undefined ? { mapping: JSON.stringify(source.mapping) } : {}),
    ...(source.intervalHours !== undefined ? { interval_hours: source.intervalHours } : {}),
    ...(source.isEnabled !== undefined ? { is_enabled: source.isEnabled ? 1 : 0 } : {}),
  };
}

export async function insertSource(
  db: Db,
  source: SourceColumns & { id: string; createdByUserId: string | null; nextHarvestAt: string | null },
): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto('toolkit_source')
    .values({
      ...(columnsOf(source) as Required<
        Pick<ToolkitSourceTable, 'name' | 'network' | 'kind' | 'url' | 'mapping'>
      >),
      id: source.id,
      created_by_user_id: source.createdByUserId,
      next_harvest_at: source.nextHarvestAt,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export async function updateSource(
  db: Db,
  id: string,
  change: Partial<SourceColumns> & { nextHarvestAt?: string | null; harvestedUntil?: string | null },
): Promise<void> {
  await db
    .updateTable('toolkit_source')
    .set({
      ...columnsOf(change),
      ...(change.nextHarvestAt !== undefined ? { next_harvest_at: change.nextHarvestAt } : {}),
      ...(change.harvestedUntil !== undefined ? { harvested_until: change.harvestedUntil } : {}),
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

export async function findSource(db: Db, id: string): Promise<HarvestSource | undefined> {
  const row = await db.selectFrom('toolkit_source').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toSource(row) : undefined;
}

export async function listSources(db: Db): Promise<HarvestSource[]> {
  const rows = await db.selectFrom('toolkit_source').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map(toSource);
}

/** Enabled sources with a re-harvest interval whose next harvest time has come. */
export async function findDueSourceIds(db: Db, now: string): Promise<string[]> {
  const rows = await db
    .selectFrom('toolkit_source')
    .select('id')
    .where('is_enabled', '=', 1)
    .where('interval_hours', 'is not', null)
    .where('next_harvest_at', '<=', now)
    .execute();
  return rows.map((row) => row.id);
}

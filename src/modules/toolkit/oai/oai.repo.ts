import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../../database.js';
import type { Dialect } from '../../../platform/db/database.js';
import type { SetFilter } from './oai-sets.js';

/**
 * The OAI-PMH provider's own reads of the toolkit tables. A record is exposed once it has been
 * published: live while `published` and not deleted, "deleted" afterwards (deleted, or taken back from
 * publication). Drafts never published (version 0, not `published`) never appear.
 */
type Db = Kysely<Database>;
type ResourceQuery = SelectQueryBuilder<Database, 'toolkit_resource', object>;

export interface HeaderRow {
  readonly id: string;
  readonly network: string;
  /** The stored datestamp, exact (microseconds on PostgreSQL): where a page ends, for the next one. */
  readonly stamp: string;
  readonly datestamp: string;
  readonly isDeleted: boolean;
}

export interface ListQuery {
  readonly set: SetFilter | null;
  readonly from: string | null;
  readonly before: string | null;
  /** Only records after this (datestamp, id), in that order. */
  readonly after?: { readonly stamp: string; readonly id: string } | undefined;
}

function exposed(eb: ExpressionBuilder<Database, 'toolkit_resource'>) {
  return eb.or([eb('toolkit_resource.status', '=', 'published'), eb('toolkit_resource.version', '>', 0)]);
}

function filtered(db: Db, query: ListQuery): ResourceQuery {
  let builder: ResourceQuery = db.selectFrom('toolkit_resource').where(exposed);
  if (query.from) builder = builder.where('toolkit_resource.datestamp', '>=', query.from);
  if (query.before) builder = builder.where('toolkit_resource.datestamp', '<', query.before);
  const set = query.set;
  if (set?.kind === 'none') builder = builder.where(sql<boolean>`1 = 0`);
  if (set?.kind === 'network' && set.code !== undefined)
    builder = builder.where('toolkit_resource.network', '=', set.code);
  if (set?.kind === 'topic') {
    builder = builder.where((eb) =>
      eb.exists(
        eb
          .selectFrom('toolkit_resource_topic as t')
          .select(sql`1`.as('one'))
          .whereRef('t.resource_id', '=', 'toolkit_resource.id')
          .$if(set.code !== undefined, (inner) => inner.where('t.topic_code', '=', set.code ?? '')),
      ),
    );
  }
  return builder;
}

/** The exact stored datestamp as text: ISO with microseconds on PostgreSQL, the stored text on SQLite. */
function stampColumn(dialect: Dialect) {
  return dialect === 'postgres'
    ? sql<string>`to_char(toolkit_resource.datestamp at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
    : sql<string>`toolkit_resource.datestamp`;
}

/** One page of headers in (datestamp, id) order: a single query on the (datestamp, id) index. */
export async function listHeaders(
  db: Db,
  dialect: Dialect,
  query: ListQuery,
  limit: number,
): Promise<HeaderRow[]> {
  let builder = filtered(db, query);
  const after = query.after;
  if (after) {
    builder = builder.where((eb) =>
      eb.or([
        eb('toolkit_resource.datestamp', '>', after.stamp),
        eb.and([
          eb('toolkit_resource.datestamp', '=', after.stamp),
          eb('toolkit_resource.id', '>', after.id),
        ]),
      ]),
    );
  }
  const rows = await builder
    .select([
      'toolkit_resource.id',
      'toolkit_resource.network',
      'toolkit_resource.datestamp',
      'toolkit_resource.status',
      'toolkit_resource.deleted_at',
      stampColumn(dialect).as('stamp'),
    ])
    .orderBy('toolkit_resource.datestamp')
    .orderBy('toolkit_resource.id')
    .limit(limit)
    .execute();
  return rows.map(toHeaderRow);
}

export async function countHeaders(db: Db, query: ListQuery): Promise<number> {
  const row = await filtered(db, query)
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

export async function findHeader(db: Db, dialect: Dialect, id: string): Promise<HeaderRow | undefined> {
  const row = await filtered(db, { set: null, from: null, before: null })
    .where('toolkit_resource.id', '=', id)
    .select([
      'toolkit_resource.id',
      'toolkit_resource.network',
      'toolkit_resource.datestamp',
      'toolkit_resource.status',
      'toolkit_resource.deleted_at',
      stampColumn(dialect).as('stamp'),
    ])
    .executeTakeFirst();
  return row ? toHeaderRow(row) : undefined;
}

function toHeaderRow(row: {
  id: string;
  network: string;
  datestamp: string;
  status: string;
  deleted_at: string | null;
  stamp: string;
}): HeaderRow {
  return {
    id: row.id,
    network: row.network,
    stamp: row.stamp,
    datestamp: row.datestamp,
    isDeleted: row.deleted_at !== null || row.status !== 'published',
  };
}

/** Topic codes of several resources, in one query. */
export async function topicsOf(db: Db, ids: readonly string[]): Promise<Map<string, string[]>> {
  const byResource = new Map<string, string[]>();
  if (ids.length === 0) return byResource;
  const rows = await db
    .selectFrom('toolkit_resource_topic')
    .select(['resource_id', 'topic_code'])
    .where('resource_id', 'in', ids)
    .orderBy('topic_code')
    .execute();
  for (const row of rows)
    byResource.set(row.resource_id, [...(byResource.get(row.resource_id) ?? []), row.topic_code]);
  return byResource;
}

/** The oldest datestamp of an exposed record, or undefined when there is none yet. */
export async function earliestDatestamp(db: Db): Promise<string | undefined> {
  const row = await db
    .selectFrom('toolkit_resource')
    .where(exposed)
    .select((eb) => eb.fn.min('toolkit_resource.datestamp').as('earliest'))
    .executeTakeFirst();
  return row?.earliest ?? undefined;
}

/** The topics of the platform (in their order, then any other code in use) and the networks in use. */
export async function setCodes(db: Db): Promise<{ topics: string[]; networks: string[] }> {
  const [known, used, networks] = await Promise.all([
    db.selectFrom('topic').select('code').orderBy('position').execute(),
    db.selectFrom('toolkit_resource_topic').select('topic_code').distinct().orderBy('topic_code').execute(),
    db
      .selectFrom('toolkit_resource')
      .where(exposed)
      .select('network')
      .distinct()
      .orderBy('network')
      .execute(),
  ]);
  const topics = [...new Set([...known.map((row) => row.code), ...used.map((row) => row.topic_code)])];
  return { topics, networks: networks.map((row) => row.network) };
}

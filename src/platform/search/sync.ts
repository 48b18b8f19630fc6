import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { serialiseWrites } from '../db/serial-writes.js';
import { IndexMemory, type RememberedDocument } from './index-memory.js';

/**
 * Keeps an {@link IndexMemory} equal to the database. Every index write takes the next generation
 * (writers are serialised, so generations commit in order) and stamps it on the documents it writes
 * and the removals it logs; a search first reads the current generation — one indexed row — and,
 * when it moved, applies only what changed since. Several processes each follow the same database.
 */

/** Takes the next generation for a write; holds the index's write lock until the transaction ends. */
export async function nextGeneration(trx: Kysely<Database>): Promise<number> {
  await serialiseWrites(trx);
  const row = await trx
    .updateTable('search_generation')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('id', '=', 1)
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

export class IndexFollower {
  private memory = new IndexMemory();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Kysely<Database>) {}

  /**
   * The memory as of the latest committed generation. Catch-ups run one after another, each reading
   * the generation when its turn comes, so none misses a write committed before its search began.
   */
  current(): Promise<IndexMemory> {
    const next = this.queue.then(() => this.catchUp());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async catchUp(): Promise<IndexMemory> {
    const generation = await readGeneration(this.db);
    const { version } = this.memory;
    if (generation.value === version) return this.memory;
    // A first read, a removal log that no longer reaches back to this memory, or a database that went
    // back (restored from a backup): rebuild the memory whole, then swap it in.
    if (version === 0 || version < generation.prunedThrough || version > generation.value) {
      const fresh = new IndexMemory();
      await applyChanges(this.db, fresh, 0, generation.value);
      this.memory = fresh;
    } else {
      await applyChanges(this.db, this.memory, version, generation.value);
    }
    return this.memory;
  }
}

/** A memory read afresh from `db`, e.g. inside a transaction that sees its own uncommitted writes. */
export async function readMemory(db: Kysely<Database>): Promise<IndexMemory> {
  const memory = new IndexMemory();
  await applyChanges(db, memory, 0, (await readGeneration(db)).value);
  return memory;
}

interface Generation {
  readonly value: number;
  readonly prunedThrough: number;
}

async function readGeneration(db: Kysely<Database>): Promise<Generation> {
  const row = await db
    .selectFrom('search_generation')
    .select(['value', 'pruned_through'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return { value: Number(row.value), prunedThrough: Number(row.pruned_through) };
}

/** Documents per query when reading the whole index: bounds the memory a read takes on the way. */
const READ_CHUNK = 10_000;

/** Applies the removals, then the documents, of generations after `since` up to `through`. */
async function applyChanges(
  db: Kysely<Database>,
  memory: IndexMemory,
  since: number,
  through: number,
): Promise<void> {
  if (since > 0) {
    const removed = await db
      .selectFrom('search_removal')
      .select('seq')
      .where('version', '>', since)
      .where('version', '<=', through)
      .execute();
    for (const { seq } of removed) memory.drop(Number(seq));
    // Changes since the last search are few: one query, by the version index.
    for (const document of await readDocuments(db, { since, through })) memory.put(document);
  } else {
    // The whole index: in chunks along `seq`.
    for (let after = 0; ;) {
      const documents = await readDocuments(db, { since, through, after, limit: READ_CHUNK });
      for (const document of documents) memory.put(document);
      if (documents.length < READ_CHUNK) break;
      after = documents[documents.length - 1]!.seq;
    }
  }
  memory.version = through;
}

interface DocumentRange {
  readonly since: number;
  readonly through: number;
  readonly after?: number;
  readonly limit?: number;
}

// Separators no key can hold: cleanKey removes control characters.
const UNIT = '\u001f';
const RECORD = '\u001e';

/** Documents with their facets and numbers, one row each: 200,000 rows rather than millions. */
async function readDocuments(db: Kysely<Database>, range: DocumentRange): Promise<RememberedDocument[]> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const joined = (table: 'search_facet' | 'search_number') => {
    const pair = postgres ? sql`t.name || chr(31) || t.value::text` : sql`t.name || char(31) || t.value`;
    const aggregate = postgres ? sql`string_agg(${pair}, chr(30))` : sql`group_concat(${pair}, char(30))`;
    return sql<string | null>`(select ${aggregate} from ${sql.table(table)} t
      where t.kind = d.kind and t.doc_id = d.id)`;
  };
  let query = db
    .selectFrom('search_document as d')
    .select(['d.seq', 'd.kind', 'd.language', 'd.updated_at'])
    .select([joined('search_facet').as('facets'), joined('search_number').as('numbers')])
    .where('d.version', '>', range.since)
    .where('d.version', '<=', range.through);
  if (range.after !== undefined) query = query.where('d.seq', '>', range.after).orderBy('d.seq');
  if (range.limit !== undefined) query = query.limit(range.limit);
  const rows = await query.execute();
  return rows.map((row) => ({
    seq: Number(row.seq),
    kind: row.kind,
    language: row.language,
    updatedAt: Date.parse(row.updated_at),
    facets: pairs(row.facets),
    numbers: pairs(row.numbers).map(([name, value]) => [name, Number(value)] as const),
  }));
}

function pairs(list: string | null): [string, string][] {
  if (!list) return [];
  return list.split(RECORD).map((pair) => {
    const cut = pair.indexOf(UNIT);
    return [pair.slice(0, cut), pair.slice(cut + 1)];
  });
}

/**
 * Forgets removals more than `keep` generations old; a process further behind than that rebuilds its
 * memory whole. Returns how many were forgotten.
 */
export async function pruneRemovals(db: Kysely<Database>, keep = 10_000): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { value } = await readGeneration(trx);
    const through = value - keep;
    if (through <= 0) return 0;
    const deleted = await trx.deleteFrom('search_removal').where('version', '<=', through).executeTakeFirst();
    await trx
      .updateTable('search_generation')
      .set({ pruned_through: through })
      .where('id', '=', 1)
      .where('pruned_through', '<', through)
      .execute();
    return Number(deleted.numDeletedRows);
  });
}

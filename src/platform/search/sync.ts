import type { Kysely } from 'kysely';
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
  private pending: Promise<IndexMemory> | undefined;

  constructor(private readonly db: Kysely<Database>) {}

  /** The memory as of the latest committed generation. Concurrent callers share one catch-up. */
  async current(): Promise<IndexMemory> {
    while (this.pending) await this.pending;
    const generation = await readGeneration(this.db);
    if (generation.value === this.memory.version) return this.memory;
    this.pending = this.catchUp(generation).finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async catchUp(generation: Generation): Promise<IndexMemory> {
    // A first read, a removal log that no longer reaches back to this memory, or a database that went
    // back (restored from a backup): rebuild the memory whole, then swap it in.
    const { version } = this.memory;
    if (version === 0 || version < generation.prunedThrough || version > generation.value) {
      const fresh = new IndexMemory();
      await applyChanges(this.db, fresh, 0, generation.value);
      this.memory = fresh;
    } else {
      await applyChanges(this.db, this.memory, this.memory.version, generation.value);
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
  }
  for (const document of await changedDocuments(db, since, through)) memory.put(document);
  memory.version = through;
}

async function changedDocuments(
  db: Kysely<Database>,
  since: number,
  through: number,
): Promise<RememberedDocument[]> {
  const changed = db
    .selectFrom('search_document as d')
    .where('d.version', '>', since)
    .where('d.version', '<=', through);
  const [documents, facets, numbers] = await Promise.all([
    changed.select(['d.seq', 'd.kind', 'd.language', 'd.updated_at']).execute(),
    changed
      .innerJoin('search_facet as f', (join) =>
        join.onRef('f.kind', '=', 'd.kind').onRef('f.doc_id', '=', 'd.id'),
      )
      .select(['d.seq', 'f.name', 'f.value'])
      .execute(),
    changed
      .innerJoin('search_number as n', (join) =>
        join.onRef('n.kind', '=', 'd.kind').onRef('n.doc_id', '=', 'd.id'),
      )
      .select(['d.seq', 'n.name', 'n.value'])
      .execute(),
  ]);
  const bySeq = new Map<number, { facets: [string, string][]; numbers: [string, number][] }>();
  const entry = (seq: number) => {
    let found = bySeq.get(seq);
    if (!found) {
      found = { facets: [], numbers: [] };
      bySeq.set(seq, found);
    }
    return found;
  };
  for (const row of facets) entry(Number(row.seq)).facets.push([row.name, row.value]);
  for (const row of numbers) entry(Number(row.seq)).numbers.push([row.name, Number(row.value)]);
  return documents.map((row) => {
    const seq = Number(row.seq);
    const { facets: facetList, numbers: numberList } = bySeq.get(seq) ?? { facets: [], numbers: [] };
    return {
      seq,
      kind: row.kind,
      language: row.language,
      updatedAt: Date.parse(row.updated_at),
      facets: facetList,
      numbers: numberList,
    };
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

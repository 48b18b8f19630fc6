import { Bitset } from './bitset.js';

/** A document as the in-memory view holds it: what filters, counts and orders need; no text. */
export interface RememberedDocument {
  readonly seq: number;
  readonly kind: string;
  readonly language: string;
  /** Milliseconds since 1970 of the last change. */
  readonly updatedAt: number;
  readonly facets: readonly (readonly [name: string, value: string])[];
  readonly numbers: readonly (readonly [name: string, value: number])[];
}

/**
 * The filterable part of the search index held in memory: for each kind, language and facet value,
 * the set of its documents. The database stays the source of truth: this is read from it and follows
 * its changes by generation (sync.ts), so every process answers alike. Documents live in slots,
 * reused after removal, so the sets stay as small as the index.
 */
export class IndexMemory {
  /** The generation of the database this memory reflects. */
  version = 0;
  readonly live = new Bitset();
  readonly kinds = new Map<string, Bitset>();
  readonly languages = new Map<string, Bitset>();
  /** Facet name → value → documents. */
  readonly facets = new Map<string, Map<string, Bitset>>();
  /** `seq` → slot + 1 (0: not here). */
  private slotBySeq = new Int32Array(1024);
  private readonly seqs: number[] = [];
  private readonly updated: number[] = [];
  /** Number name → slot → values, ascending. */
  private readonly numberValues = new Map<string, (readonly number[] | undefined)[]>();
  private readonly freeSlots: number[] = [];
  /** Orders built on first use after a change: a change costs one rebuild, searches none. */
  private recencyOrder: Int32Array | undefined;
  private readonly numberOrders = new Map<string, NumberOrderIndex>();

  put(document: RememberedDocument): void {
    this.drop(document.seq);
    this.forgetOrders();
    const slot = this.freeSlots.pop() ?? this.seqs.length;
    this.setSlotOf(document.seq, slot);
    this.seqs[slot] = document.seq;
    this.updated[slot] = document.updatedAt;
    this.live.add(slot);
    setOf(this.kinds, document.kind).add(slot);
    setOf(this.languages, document.language).add(slot);
    for (const [name, value] of document.facets) setOf(mapOf(this.facets, name), value).add(slot);
    for (const [name, values] of groupNumbers(document.numbers)) {
      let bySlot = this.numberValues.get(name);
      if (!bySlot) {
        bySlot = [];
        this.numberValues.set(name, bySlot);
      }
      bySlot[slot] = values;
    }
  }

  drop(seq: number): void {
    const slot = this.slotOf(seq);
    if (slot === undefined) return;
    this.live.delete(slot);
    for (const set of this.kinds.values()) set.delete(slot);
    for (const set of this.languages.values()) set.delete(slot);
    for (const values of this.facets.values()) for (const set of values.values()) set.delete(slot);
    for (const bySlot of this.numberValues.values()) bySlot[slot] = undefined;
    this.slotBySeq[seq] = 0;
    this.freeSlots.push(slot);
    this.forgetOrders();
  }

  /** Every document's slot, latest change first (then higher `seq` first). */
  recency(): Int32Array {
    if (!this.recencyOrder) {
      const order = Int32Array.from(this.live.toArray());
      order.sort((a, b) => this.updated[b]! - this.updated[a]! || this.seqs[b]! - this.seqs[a]!);
      this.recencyOrder = order;
    }
    return this.recencyOrder;
  }

  /** Every value of a number with its document's slot, ascending by value, then latest change first. */
  numberOrder(name: string): NumberOrderIndex {
    let index = this.numberOrders.get(name);
    if (!index) {
      index = buildNumberOrder(this.numbers(name), this.recency());
      this.numberOrders.set(name, index);
    }
    return index;
  }

  private forgetOrders(): void {
    this.recencyOrder = undefined;
    this.numberOrders.clear();
  }

  slotOf(seq: number): number | undefined {
    const stored = seq < this.slotBySeq.length ? this.slotBySeq[seq]! : 0;
    return stored === 0 ? undefined : stored - 1;
  }

  seqOf(slot: number): number {
    return this.seqs[slot]!;
  }

  updatedAt(slot: number): number {
    return this.updated[slot]!;
  }

  /** The values of a number, ascending, by slot (undefined: none). */
  numbers(name: string): readonly (readonly number[] | undefined)[] {
    return this.numberValues.get(name) ?? [];
  }

  private setSlotOf(seq: number, slot: number): void {
    if (seq >= this.slotBySeq.length) {
      const grown = new Int32Array(Math.max(seq + 1, this.slotBySeq.length * 2));
      grown.set(this.slotBySeq);
      this.slotBySeq = grown;
    }
    this.slotBySeq[seq] = slot + 1;
  }
}

export interface NumberOrderIndex {
  readonly values: Float64Array;
  readonly slots: Int32Array;
}

function buildNumberOrder(
  bySlot: readonly (readonly number[] | undefined)[],
  recency: Int32Array,
): NumberOrderIndex {
  const pairs: { value: number; slot: number; rank: number }[] = [];
  recency.forEach((slot, rank) => {
    for (const value of bySlot[slot] ?? []) pairs.push({ value, slot, rank });
  });
  pairs.sort((a, b) => a.value - b.value || a.rank - b.rank);
  return {
    values: Float64Array.from(pairs, (pair) => pair.value),
    slots: Int32Array.from(pairs, (pair) => pair.slot),
  };
}

function setOf(sets: Map<string, Bitset>, key: string): Bitset {
  let set = sets.get(key);
  if (!set) {
    set = new Bitset();
    sets.set(key, set);
  }
  return set;
}

function mapOf(maps: Map<string, Map<string, Bitset>>, key: string): Map<string, Bitset> {
  let map = maps.get(key);
  if (!map) {
    map = new Map();
    maps.set(key, map);
  }
  return map;
}

function groupNumbers(numbers: readonly (readonly [string, number])[]): Map<string, number[]> {
  const grouped = new Map<string, number[]>();
  for (const [name, value] of numbers) {
    const values = grouped.get(name);
    if (values) values.push(value);
    else grouped.set(name, [value]);
  }
  for (const values of grouped.values()) values.sort((a, b) => a - b);
  return grouped;
}

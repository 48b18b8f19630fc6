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
 * The filterable part of the search index held in memory, one set of documents per facet value. The
 * database stays the source of truth: this is rebuilt from it and follows its changes by generation
 * (see sync.ts), so every process answers alike. Documents live in slots, reused after removal.
 */
export class IndexMemory {
  /** The generation of the database this memory reflects. */
  version = 0;
  readonly live = new Bitset();
  readonly kinds = new Map<string, Bitset>();
  readonly languages = new Map<string, Bitset>();
  /** Facet name → value → documents. */
  readonly facets = new Map<string, Map<string, Bitset>>();
  private readonly slotOfSeq = new Map<number, number>();
  private readonly seqs: number[] = [];
  private readonly updated: number[] = [];
  /** Slot → number name → values, ascending. */
  private readonly numberValues: (Map<string, number[]> | undefined)[] = [];
  /** Slot → the sets it belongs to, so a removal clears exactly those. */
  private readonly memberships: (Bitset[] | undefined)[] = [];
  private readonly freeSlots: number[] = [];

  put(document: RememberedDocument): void {
    this.drop(document.seq);
    const slot = this.freeSlots.pop() ?? this.seqs.length;
    this.slotOfSeq.set(document.seq, slot);
    this.seqs[slot] = document.seq;
    this.updated[slot] = document.updatedAt;
    const sets = [
      this.live,
      setOf(this.kinds, document.kind),
      setOf(this.languages, document.language),
      ...document.facets.map(([name, value]) => setOf(mapOf(this.facets, name), value)),
    ];
    for (const set of sets) set.add(slot);
    this.memberships[slot] = sets;
    this.numberValues[slot] = groupNumbers(document.numbers);
  }

  drop(seq: number): void {
    const slot = this.slotOfSeq.get(seq);
    if (slot === undefined) return;
    for (const set of this.memberships[slot] ?? []) set.delete(slot);
    this.slotOfSeq.delete(seq);
    this.memberships[slot] = undefined;
    this.numberValues[slot] = undefined;
    this.freeSlots.push(slot);
  }

  slotOf(seq: number): number | undefined {
    return this.slotOfSeq.get(seq);
  }

  seqOf(slot: number): number {
    return this.seqs[slot]!;
  }

  updatedAt(slot: number): number {
    return this.updated[slot]!;
  }

  /** The values of a number of a document, ascending; empty when it has none. */
  numbers(slot: number, name: string): readonly number[] {
    return this.numberValues[slot]?.get(name) ?? [];
  }
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

function groupNumbers(numbers: readonly (readonly [string, number])[]): Map<string, number[]> | undefined {
  if (numbers.length === 0) return undefined;
  const grouped = new Map<string, number[]>();
  for (const [name, value] of numbers) grouped.set(name, [...(grouped.get(name) ?? []), value]);
  for (const values of grouped.values()) values.sort((a, b) => a - b);
  return grouped;
}

import type { Instrument } from './instrument.js';

/** How the reference groups instruments, in the order the pages show them. */
export const instrumentGroups = [
  'mutual-recognition',
  'procedural-rights',
  'data-protection',
  'substantive-criminal-law',
] as const;
export type InstrumentGroup = (typeof instrumentGroups)[number];

/**
 * The group follows from what the instrument is for (`need`), so that an edited or added instrument can
 * never sit in a group its facts contradict: any cross-border need the case helper asks about (surrender,
 * evidence, sentences, supervision) is mutual recognition; the rest name their group directly.
 */
export function groupOf(instrument: Pick<Instrument, 'need'>): InstrumentGroup {
  const needs = new Set<string>(instrument.need);
  if (needs.has('procedural-rights')) return 'procedural-rights';
  if (needs.has('data-protection')) return 'data-protection';
  if (needs.has('offence-classification')) return 'substantive-criminal-law';
  return 'mutual-recognition';
}

export interface InstrumentsInGroup {
  readonly group: InstrumentGroup;
  readonly instruments: readonly Instrument[];
}

/** Instruments by group, groups in the reference's order, empty groups left out. */
export function groupInstruments(instruments: readonly Instrument[]): InstrumentsInGroup[] {
  return instrumentGroups
    .map((group) => ({ group, instruments: instruments.filter((i) => groupOf(i) === group) }))
    .filter((entry) => entry.instruments.length > 0);
}

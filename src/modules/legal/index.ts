import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import { memberStates, type Instrument, type MemberState } from './instrument.js';
import { findStoredInstrument, listStoredInstruments } from './legal.repo.js';

// First: the catalogue imports `celexPattern` from here, and this module imports the catalogue's index;
// listed first, instrument.js is evaluated before that cycle is entered.
export * from './instrument.js';
export type { LegalTables } from './legal.table.js';
export {
  groupInstruments,
  groupOf,
  instrumentGroups,
  type InstrumentGroup,
  type InstrumentsInGroup,
} from './instrument-groups.js';
export { seedInstruments, readSeedInstruments } from './legal.seed.js';
export { registerLegalApi } from './legal.api.js';
export { registerLegalPages } from './legal.pages.js';
export { registerLegalAdminPages } from './instrument-admin.pages.js';
export { durationText } from './instrument-text.js';
export { registerCaseHelperApi } from './case-helper.api.js';
export { registerCaseHelperPages } from './case-helper.pages.js';
export { adviseOnCase, type CaseAdvice } from './case-helper.rules.js';
export { InstrumentLinks } from './instrument-links.views.js';
export { instrumentNames, type InstrumentName } from './instrument-names.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** Every instrument of the reference, by date of adoption; validated against `instrumentSchema`. */
export async function listInstruments(db: Executor): Promise<Instrument[]> {
  return (await listStoredInstruments(db)).map((stored) => stored.instrument);
}

/** One instrument by CELEX number (e.g. `32014L0041`), or undefined. */
export async function findInstrument(db: Executor, celex: string): Promise<Instrument | undefined> {
  return (await findStoredInstrument(db, celex))?.instrument;
}

/** The Member States an instrument binds, in the EU's protocol order (`EL` for Greece). */
export function memberStatesOf(instrument: Pick<Instrument, 'notBound'>): MemberState[] {
  const notBound = new Set<string>(instrument.notBound);
  return memberStates.filter((code) => !notBound.has(code));
}

/** Whether an instrument binds a Member State (codes as in `memberStates`; `GR` is not one). */
export function bindsMemberState(instrument: Pick<Instrument, 'notBound'>, state: MemberState): boolean {
  return !instrument.notBound.includes(state);
}

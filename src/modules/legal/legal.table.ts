import type { Generated } from 'kysely';
import type { InstrumentGroup } from './instrument-groups.js';

/** One EU instrument of the reference; `document` is the instrument as JSON (see instrument.ts). */
export interface LegalInstrumentTable {
  celex: string;
  document: string;
  instrument_group: InstrumentGroup;
  created_at: Generated<string>;
  updated_at: Generated<string>;
  /** Who last corrected it; null for seeded rows and after the editor's erasure. */
  updated_by_user_id: string | null;
}

export interface LegalTables {
  legal_instrument: LegalInstrumentTable;
}

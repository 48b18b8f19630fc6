import type { AppDeps } from '../../app-deps.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { changedFields } from './instrument-form.js';
import { groupOf } from './instrument-groups.js';
import type { Instrument } from './instrument.js';
import { authorizeInstrumentEditor } from './legal.policy.js';
import {
  findStoredInstrument,
  insertInstrumentsIfAbsent,
  listStoredInstruments,
  updateInstrument,
  type StoredInstrument,
} from './legal.repo.js';

type Deps = Pick<AppDeps, 'db'>;

export async function listInstrumentsForEditing(
  deps: Deps,
  actor: Actor | undefined,
): Promise<StoredInstrument[]> {
  authorizeInstrumentEditor(actor);
  return listStoredInstruments(deps.db);
}

export async function getInstrumentForEditing(
  deps: Deps,
  actor: Actor | undefined,
  celex: string,
): Promise<StoredInstrument> {
  authorizeInstrumentEditor(actor);
  const stored = await findStoredInstrument(deps.db, celex);
  if (!stored) throw AppError.notFound('The reference has no instrument with this CELEX number.');
  return stored;
}

/** Adds an instrument to the reference; a conflict when its CELEX number is already there. Audited. */
export async function addInstrument(
  deps: Deps,
  actor: Actor | undefined,
  instrument: Instrument,
): Promise<void> {
  const editor = authorizeInstrumentEditor(actor);
  await deps.db.transaction().execute(async (trx) => {
    const added = await insertInstrumentsIfAbsent(trx, [instrument], editor.userId);
    if (added === 0)
      throw new AppError('conflict', 'The reference already has an instrument with this CELEX number.');
    await appendAudit(trx, {
      action: 'instrument-added',
      actorId: editor.userId,
      targetType: 'legal_instrument',
      targetId: instrument.celex,
      details: { group: groupOf(instrument) },
    });
  });
}

/**
 * Replaces a stored instrument with its corrected version (same CELEX number). Audited with the names of
 * the fields that changed; nothing is written when nothing changed. Returns those field names.
 */
export async function changeInstrument(
  deps: Deps,
  actor: Actor | undefined,
  options: { celex: string; instrument: Instrument },
): Promise<string[]> {
  const editor = authorizeInstrumentEditor(actor);
  if (options.instrument.celex !== options.celex) {
    throw new AppError('validation-failed', 'The CELEX number of an instrument cannot change.');
  }
  return deps.db.transaction().execute(async (trx) => {
    const current = await findStoredInstrument(trx, options.celex);
    if (!current) throw AppError.notFound('The reference has no instrument with this CELEX number.');
    const fields = changedFields(current.instrument, options.instrument);
    if (fields.length === 0) return fields;
    await updateInstrument(trx, options.instrument, editor.userId);
    await appendAudit(trx, {
      action: 'instrument-changed',
      actorId: editor.userId,
      targetType: 'legal_instrument',
      targetId: options.celex,
      details: { fields: fields.join(','), group: groupOf(options.instrument) },
    });
    return fields;
  });
}

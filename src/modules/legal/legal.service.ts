import type { AppDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import { listPublishedCoursesByInstrument, type CourseOnInstrument } from '../catalogue/index.js';
import type { Instrument } from './instrument.js';
import { findStoredInstrument, listStoredInstruments } from './legal.repo.js';
import { isCelex } from './legal.schema.js';
import { listPublishedResourcesByInstrument, type RelatedResource } from '../toolkit/index.js';

type Deps = Pick<AppDeps, 'db'>;

/** The whole reference, for everyone. */
export async function listAllInstruments(deps: Deps): Promise<Instrument[]> {
  return (await listStoredInstruments(deps.db)).map((stored) => stored.instrument);
}

/** One instrument by CELEX number; a not-found error when the reference has none. */
export async function getInstrument(deps: Deps, celex: string): Promise<Instrument> {
  const stored = isCelex(celex) ? await findStoredInstrument(deps.db, celex) : undefined;
  if (!stored) throw AppError.notFound('The reference has no instrument with this CELEX number.');
  return stored.instrument;
}

export interface InstrumentPage {
  readonly instrument: Instrument;
  readonly courses: readonly CourseOnInstrument[];
  readonly resources: readonly RelatedResource[];
}

/** An instrument with the catalogue's courses and the toolkit's resources on it, titles in `language`. */
export async function getInstrumentPage(
  deps: Deps,
  options: { celex: string; language: string },
): Promise<InstrumentPage> {
  const instrument = await getInstrument(deps, options.celex);
  const [courses, resources] = await Promise.all([
    listPublishedCoursesByInstrument(deps.db, instrument.celex, options.language),
    listPublishedResourcesByInstrument(deps.db, instrument.celex, options.language),
  ]);
  return { instrument, courses, resources };
}

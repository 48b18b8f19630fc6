import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../database.js';
import { loadCatalog, type Catalog } from '../../../platform/i18n/index.js';
import { professions } from '../../accounts/index.js';
import { celexOf } from './clients/celex.js';

/** Our codes by the terms that name them (codes and labels in every locale), terms normalised. */
export interface SubjectVocabulary {
  readonly topics: ReadonlyMap<string, string>;
  readonly professions: ReadonlyMap<string, string>;
}

export const emptyVocabulary: SubjectVocabulary = { topics: new Map(), professions: new Map() };

/** What free subject terms name in our vocabulary; terms naming nothing of ours are left out. */
export interface ResolvedSubjects {
  readonly topics: string[];
  readonly professions: string[];
  readonly instruments: string[];
}

/** Lower case, accents and hyphens dropped, single spaces: `Médiation`, `mediation` are one term. */
export function normalizedTerm(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-_]+/g, ' ')
    .trim();
}

let catalog: Catalog | undefined;

function termsOf(codes: readonly string[], keyOf: (code: string) => string): Map<string, string> {
  catalog ??= loadCatalog();
  const terms = new Map<string, string>();
  for (const code of codes) {
    terms.set(normalizedTerm(code), code);
    for (const messages of Object.values(catalog)) {
      const label = messages[keyOf(code)];
      if (label) terms.set(normalizedTerm(label), code);
    }
  }
  return terms;
}

/** The topics of this platform (the `topic` table) and the professions, with their labels. */
export async function loadSubjectVocabulary(
  db: Kysely<Database> | Transaction<Database>,
): Promise<SubjectVocabulary> {
  const topics = await db.selectFrom('topic').select('code').orderBy('position').execute();
  return {
    topics: termsOf(
      topics.map((topic) => topic.code),
      (code) => `topic.${code}.name`,
    ),
    // "Other" as a subject says nothing about who a resource is for.
    professions: termsOf(
      professions.filter((code) => code !== 'other'),
      (code) => `profession.${code}`,
    ),
  };
}

/** A term, or the singular of an English plural (`Judges`, `Prosecutors`). */
function lookUp(terms: ReadonlyMap<string, string>, term: string): string | undefined {
  return terms.get(term) ?? (term.endsWith('s') ? terms.get(term.slice(0, -1)) : undefined);
}

/**
 * Free subject terms (`dc:subject`, feed categories, keywords) read against our vocabulary: a topic's
 * code or label in any locale becomes the topic, a CELEX number the instrument, a profession's code or
 * label the profession. A term may hold several separated by `;`.
 */
export function resolveSubjects(
  subjects: readonly string[],
  vocabulary: SubjectVocabulary,
): ResolvedSubjects {
  const resolved = {
    topics: new Set<string>(),
    professions: new Set<string>(),
    instruments: new Set<string>(),
  };
  for (const part of subjects.flatMap((subject) => subject.split(';'))) {
    const celex = celexOf(part);
    if (celex) {
      resolved.instruments.add(celex);
      continue;
    }
    const term = normalizedTerm(part);
    if (!term) continue;
    const topic = lookUp(vocabulary.topics, term);
    if (topic) resolved.topics.add(topic);
    const profession = lookUp(vocabulary.professions, term);
    if (profession) resolved.professions.add(profession);
  }
  return {
    topics: [...resolved.topics],
    professions: [...resolved.professions],
    instruments: [...resolved.instruments],
  };
}

import { createHash } from 'node:crypto';
import { z } from 'zod';
import { resourceRecordSchema, type ResourceRecord } from '../resource-record.js';
import { evidenceLabels, resourceTypes, type EvidenceLabel, type ResourceType } from '../toolkit.table.js';
import type { HarvestedFields, LanguageText } from './clients/harvested-fields.js';
import { emptyVocabulary, resolveSubjects, type SubjectVocabulary } from './harvest-subjects.js';

const code = z.string().trim().min(1).max(100);

/** A source's mapping rules: what every record of the source gets when it does not say itself. */
export const mappingRulesSchema = z.object({
  topics: z.array(code).max(20).default([]),
  type: z.enum(resourceTypes).default('toolkit'),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .default('en'),
  professions: z.array(code).max(30).default([]),
  countries: z
    .array(z.string().regex(/^[A-Z]{2}$/))
    .max(40)
    .default([]),
});
export type MappingRules = z.infer<typeof mappingRulesSchema>;

/** Three-letter and named languages seen in `dc:language`, to two-letter codes. */
const languageAliases: Record<string, string> = {
  eng: 'en',
  ita: 'it',
  fra: 'fr',
  fre: 'fr',
  deu: 'de',
  ger: 'de',
  spa: 'es',
  por: 'pt',
  ron: 'ro',
  rum: 'ro',
  nld: 'nl',
  dut: 'nl',
  ell: 'el',
  gre: 'el',
  pol: 'pl',
  english: 'en',
  italian: 'it',
  french: 'fr',
  german: 'de',
  spanish: 'es',
  portuguese: 'pt',
  romanian: 'ro',
};

export function languageCode(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const code = languageAliases[primary] ?? primary;
  return /^[a-z]{2,3}$/.test(code) ? code : undefined;
}

const typeAliases: Record<string, ResourceType> = {
  text: 'handbook',
  book: 'handbook',
  report: 'research',
  article: 'research',
  dataset: 'research',
  movingimage: 'video',
  'moving image': 'video',
  course: 'training-material',
  'case study': 'case-study',
  'good practice': 'practice',
  law: 'legislation',
  'learning object': 'e-learning',
};

function resourceTypeOf(types: readonly string[], rules: MappingRules): ResourceType {
  for (const raw of types) {
    const value = raw.trim().toLowerCase();
    if ((resourceTypes as readonly string[]).includes(value)) return value as ResourceType;
    if (typeAliases[value]) return typeAliases[value];
  }
  return rules.type;
}

const unique = <T>(values: readonly T[]) => [...new Set(values)];

/** `2024`, `2024-05`, `2024-05-03` out of whatever date a source writes. */
function dayOf(value: string | undefined): string | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value?.trim() ?? '');
  if (!match) return null;
  return [match[1], match[2], match[3]].filter(Boolean).join('-');
}

function texts(fields: HarvestedFields, fallbackLanguage: string): ResourceRecord['texts'] {
  const byLanguage = new Map<string, { title: string; summary: string }>();
  const languageOf = (entry: LanguageText) => languageCode(entry.language) ?? fallbackLanguage;
  for (const title of fields.titles) {
    const language = languageOf(title);
    if (!byLanguage.has(language)) byLanguage.set(language, { title: title.text, summary: '' });
  }
  for (const summary of fields.summaries) {
    const entry = byLanguage.get(languageOf(summary));
    if (entry && !entry.summary) entry.summary = summary.text;
  }
  return [...byLanguage].map(([language, text]) => ({ language, ...text }));
}

export type MappedRecord =
  | { readonly ok: true; readonly record: ResourceRecord; readonly hash: string }
  | { readonly ok: false; readonly reason: string };

/** What a source's records are mapped with. */
export interface MappingContext {
  readonly rules: MappingRules;
  /** The source's network: every record of the source is the network's. */
  readonly network: string;
  readonly vocabulary?: SubjectVocabulary;
}

const evidenceOf = (value: string | undefined): EvidenceLabel | null => {
  const label = value?.trim().toLowerCase();
  return (evidenceLabels as readonly string[]).includes(label ?? '') ? (label as EvidenceLabel) : null;
};

/** A harvested record as a resource of the source's network, validated; or why it cannot be one. */
export function mapHarvestedRecord(fields: HarvestedFields, context: MappingContext): MappedRecord {
  const { rules } = context;
  const recordLanguage =
    languageCode(fields.sourceLanguage) ?? languageCode(fields.languages[0]) ?? rules.language;
  const recordTexts = texts(fields, recordLanguage);
  const sourceLanguage = recordTexts.some((text) => text.language === recordLanguage)
    ? recordLanguage
    : (recordTexts[0]?.language ?? recordLanguage);
  const subjects = resolveSubjects(fields.subjects ?? [], context.vocabulary ?? emptyVocabulary);
  const candidate = {
    type: resourceTypeOf(fields.types, rules),
    sourceLanguage,
    texts: recordTexts,
    topics: unique([...rules.topics, ...(fields.topics ?? []), ...subjects.topics]),
    professions: unique([...rules.professions, ...(fields.professions ?? []), ...subjects.professions]),
    languages: unique(fields.languages.map(languageCode).filter((code): code is string => !!code)),
    countries: unique([
      ...rules.countries,
      ...(fields.countries ?? []).map((country) => country.toUpperCase()),
    ]),
    instruments: unique([...(fields.instruments ?? []), ...subjects.instruments]),
    network: context.network,
    originalUrl: fields.urls[0]?.trim() ?? null,
    doi: fields.doi?.trim() ?? null,
    organisationName: fields.organisation?.trim() || null,
    contact: fields.contact?.trim() || null,
    publishedOn: dayOf(fields.date),
    licence: fields.licence?.trim() || null,
    evidence: evidenceOf(fields.evidence),
    evaluation: fields.evaluation?.trim() || null,
    transferability: fields.transferability?.trim() || null,
  };
  if (candidate.languages.length === 0) candidate.languages = [sourceLanguage];
  const parsed = resourceRecordSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, reason: z.prettifyError(parsed.error).replace(/\s*\n\s*/g, ' ') };
  return { ok: true, record: parsed.data, hash: contentHash(parsed.data) };
}

/** SHA-256 of the record as JSON with its keys sorted: the same content always hashes the same. */
export function contentHash(record: ResourceRecord): string {
  return createHash('sha256').update(canonicalJson(record)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

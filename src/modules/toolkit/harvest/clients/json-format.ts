import { z } from 'zod';
import type { HarvestItem } from './harvested-fields.js';
import { HarvestSourceError } from './oai-pmh.js';

const list = z.array(z.string().trim().min(1)).default([]);
const texts = z.union([z.string(), z.record(z.string().regex(/^[a-z]{2,3}$/), z.string())]);
// `null` and absent mean the same.
const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);
const optionalTexts = texts.nullish().transform((value) => value ?? undefined);

/**
 * The JSON harvest format (README, "Harvest sources"): `{ "records": [ … ] }`, each record with an
 * `identifier`, a `title` (text, or texts by language) and optional fields; `deleted: true` withdraws it.
 * `subjects` and `keywords` are free terms, read against our topics, professions and CELEX numbers.
 */
export const jsonHarvestRecordSchema = z.object({
  identifier: z.string().trim().min(1).max(500),
  deleted: z.boolean().default(false),
  title: optionalTexts,
  summary: optionalTexts,
  language: optionalText,
  type: optionalText,
  url: optionalText,
  doi: optionalText,
  date: optionalText,
  updated: optionalText,
  topics: list,
  professions: list,
  countries: list,
  languages: list,
  instruments: list,
  subjects: list,
  keywords: list,
  organisation: optionalText,
  contact: optionalText,
  licence: optionalText,
});
export const jsonHarvestFileSchema = z.object({ records: z.array(z.unknown()) });

const asTexts = (value: z.infer<typeof texts> | undefined, language: string | undefined) =>
  value === undefined
    ? []
    : typeof value === 'string'
      ? [{ text: value.trim(), language }]
      : Object.entries(value).map(([key, text]) => ({ text: text.trim(), language: key }));

export function jsonItems(text: string): HarvestItem[] {
  let file: z.infer<typeof jsonHarvestFileSchema>;
  try {
    file = jsonHarvestFileSchema.parse(JSON.parse(text));
  } catch {
    throw new HarvestSourceError('The answer is not a JSON harvest file: { "records": [ … ] } expected.');
  }
  return file.records.map((raw, index): HarvestItem => {
    const parsed = jsonHarvestRecordSchema.safeParse(raw);
    const identifier =
      (raw as { identifier?: unknown } | null)?.identifier?.toString() ?? `record ${index + 1}`;
    if (!parsed.success) return { kind: 'failed', identifier, reason: z.prettifyError(parsed.error) };
    const record = parsed.data;
    if (record.deleted) return { kind: 'deleted', identifier: record.identifier, datestamp: record.updated };
    return {
      kind: 'record',
      identifier: record.identifier,
      datestamp: record.updated,
      fields: {
        titles: asTexts(record.title, record.language),
        summaries: asTexts(record.summary, record.language),
        types: record.type ? [record.type] : [],
        languages: record.languages.length > 0 ? record.languages : record.language ? [record.language] : [],
        urls: record.url ? [record.url] : [],
        doi: record.doi,
        date: record.date,
        topics: record.topics,
        professions: record.professions,
        countries: record.countries,
        instruments: record.instruments,
        subjects: [...record.subjects, ...record.keywords],
        organisation: record.organisation,
        contact: record.contact,
        licence: record.licence,
      },
    };
  });
}

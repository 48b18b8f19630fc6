import { z } from 'zod';
import { evidenceLabels, resourceTypes } from './toolkit.table.js';

/**
 * A toolkit resource's content, however it arrives: typed in by a contributor, mapped from a harvested
 * OAI-PMH, RSS/Atom, CSV, XLSX or JSON record, or read back from a published version's snapshot. The one
 * shape every writer hands to the resource repository (`saveResourceContent`).
 */
const text = (max: number) => z.string().trim().min(1).max(max);
const code = z.string().trim().min(1).max(100);

export const resourceTextSchema = z.object({
  /** BCP 47 primary language subtag, lower case: `en`, `it`, `el`. */
  language: z.string().regex(/^[a-z]{2,3}$/),
  title: text(500),
  summary: z.string().trim().max(20_000),
});

export const resourceRecordSchema = z.object({
  type: z.enum(resourceTypes),
  /** The language the record was written in; one of `texts`. */
  sourceLanguage: z.string().regex(/^[a-z]{2,3}$/),
  texts: z.array(resourceTextSchema).min(1).max(30),
  topics: z.array(code).max(20),
  professions: z.array(code).max(30),
  /** Languages the resource itself is available in. */
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).max(30),
  /** EU country codes (`EL` for Greece). */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)).max(40),
  /** CELEX numbers. */
  instruments: z.array(z.string().regex(/^[1-9]\d{4}[A-Z]{1,2}\d{4}$/)).max(50),
  network: text(100),
  originalUrl: z.url().max(2000).nullable(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/)
    .max(300)
    .nullable(),
  organisationName: z.string().trim().max(300).nullable(),
  contact: z.string().trim().max(300).nullable(),
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  publishedOn: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  licence: z.string().trim().max(300).nullable(),
  evidence: z.enum(evidenceLabels).nullable(),
  evaluation: z.string().trim().max(10_000).nullable(),
  transferability: z.string().trim().max(10_000).nullable(),
});
export type ResourceRecord = z.infer<typeof resourceRecordSchema>;
export type ResourceText = z.infer<typeof resourceTextSchema>;

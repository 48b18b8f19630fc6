import { z } from 'zod';
import { memberStates } from '../../platform/i18n/countries.js';

/** The platform's list of EU Member States (EU codes, `EL` for Greece), as instruments name them. */
export { memberStates, type MemberState } from '../../platform/i18n/countries.js';

/**
 * An EU legal instrument as the network's reference holds it: the shape of `data/instruments.json`
 * (a copy of the project's fact sheet, loaded as seed data) and of every stored instrument.
 */

export const instrumentKinds = ['framework-decision', 'directive', 'regulation'] as const;

/** What a practitioner needs done across a border; the case helper's `need`. */
export const caseNeeds = [
  'evidence',
  'surrender',
  'custodial-sentence',
  'probation',
  'pre-trial-supervision',
] as const;
export type CaseNeed = (typeof caseNeeds)[number];

export const instrumentNeeds = [
  ...caseNeeds,
  'data-protection',
  'offence-classification',
  'procedural-rights',
] as const;

export const deadlineUnits = ['hours', 'days', 'working-days', 'months'] as const;

export const celexPattern = /^[1-9]\d{4}[A-Z]{1,2}\d{4}$/;

const text = (max: number) => z.string().trim().min(1).max(max);
const memberState = z.enum(memberStates);

export const formSchema = z.object({
  name: text(200),
  annex: text(100),
  article: text(100),
});

export const deadlineSchema = z.object({
  step: text(300),
  amount: z.number().int().positive().max(10_000),
  unit: z.enum(deadlineUnits),
  from: text(300).optional(),
  extension: z.number().int().positive().max(10_000).optional(),
  extensionUnit: z.enum(deadlineUnits).optional(),
  extensionWhen: text(300).optional(),
  article: text(100),
});

export const instrumentSchema = z.object({
  celex: z.string().regex(celexPattern),
  kind: z.enum(instrumentKinds),
  number: text(50),
  adopted: z.iso.date(),
  title: text(1000),
  shortTitle: text(200),
  acronym: text(50),
  covers: text(4000),
  need: z.array(z.enum(instrumentNeeds)).min(1),
  forms: z.array(formSchema).max(50),
  deadlines: z.array(deadlineSchema).max(50),
  appliesFrom: z.iso.date(),
  notBound: z.array(memberState),
  amendedBy: z.array(z.string().regex(celexPattern)).optional(),
  eurLex: z.url(),
  eli: z.url(),
  alternativeWhenNotBound: text(1000).optional(),
  participationNote: text(1000).optional(),
  safeguard: text(100).optional(),
  appliesWhen: text(300).optional(),
});
export type Instrument = z.infer<typeof instrumentSchema>;
export type InstrumentForm = z.infer<typeof formSchema>;
export type InstrumentDeadline = z.infer<typeof deadlineSchema>;

export const instrumentFileSchema = z.object({
  about: z.string(),
  memberStates: z.array(memberState),
  instruments: z.array(instrumentSchema),
});

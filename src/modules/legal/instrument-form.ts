import type { FormErrors } from '../../platform/layout/form-fields.js';
import {
  formatDeadlineLines,
  formatFormLines,
  parseDeadlineLines,
  parseFormLines,
  type ParsedLines,
} from './instrument-lines.js';
import { instrumentSchema, type Instrument } from './instrument.js';

/** What was typed in the instrument form, kept as typed so that a form with errors comes back filled in. */
export interface InstrumentFormValues {
  readonly text: Readonly<Record<TextField, string>>;
  readonly need: readonly string[];
  readonly notBound: readonly string[];
}

export const textFields = [
  'celex',
  'kind',
  'number',
  'adopted',
  'appliesFrom',
  'title',
  'shortTitle',
  'acronym',
  'covers',
  'appliesWhen',
  'safeguard',
  'eurLex',
  'eli',
  'amendedBy',
  'forms',
  'deadlines',
  'participationNote',
  'alternativeWhenNotBound',
] as const;
export type TextField = (typeof textFields)[number];

const optionalFields = ['appliesWhen', 'safeguard', 'participationNote', 'alternativeWhenNotBound'] as const;

const listOf = (raw: unknown): string[] =>
  (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
    (v): v is string => typeof v === 'string',
  );

export function readInstrumentForm(body: unknown): InstrumentFormValues {
  const source = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const text = Object.fromEntries(
    textFields.map((name) => {
      const raw = source[name];
      return [name, typeof raw === 'string' ? raw.slice(0, 20_000) : ''];
    }),
  ) as Record<TextField, string>;
  return { text, need: listOf(source.need).slice(0, 20), notBound: listOf(source.notBound).slice(0, 30) };
}

/** The form filled in with a stored instrument, for editing. */
export function instrumentFormValues(instrument: Instrument | undefined): InstrumentFormValues {
  const text = Object.fromEntries(textFields.map((name) => [name, ''])) as Record<TextField, string>;
  if (!instrument) return { text, need: [], notBound: [] };
  for (const name of textFields) {
    const value = instrument[name as keyof Instrument];
    if (typeof value === 'string') text[name] = value;
  }
  text.amendedBy = (instrument.amendedBy ?? []).join(' ');
  text.forms = formatFormLines(instrument.forms);
  text.deadlines = formatDeadlineLines(instrument.deadlines);
  return { text, need: instrument.need, notBound: instrument.notBound };
}

/** What is wrong with the form: field → translation key, and the lines of the two lists to look at. */
export interface InstrumentFormProblems {
  readonly errors: FormErrors;
  readonly lines: Readonly<Partial<Record<'forms' | 'deadlines', readonly number[]>>>;
}

const errorKeys: Partial<Record<string, string>> = {
  celex: 'legal.admin.error.celex',
  kind: 'legal.admin.error.kind',
  adopted: 'legal.admin.error.date',
  appliesFrom: 'legal.admin.error.date',
  eurLex: 'legal.admin.error.url',
  eli: 'legal.admin.error.url',
  amendedBy: 'legal.admin.error.amendedBy',
  need: 'legal.admin.error.need',
  notBound: 'legal.admin.error.notBound',
  forms: 'legal.admin.error.forms',
  deadlines: 'legal.admin.error.deadlines',
};

/** The form as an instrument (validated with `instrumentSchema`), or what to show next to which field. */
export function toInstrument(
  values: InstrumentFormValues,
): { ok: true; instrument: Instrument } | { ok: false; problems: InstrumentFormProblems } {
  const { text } = values;
  const forms = parseFormLines(text.forms);
  const deadlines = parseDeadlineLines(text.deadlines);
  const amendedBy = text.amendedBy.split(/[\s,;]+/).filter(Boolean);
  const candidate: Record<string, unknown> = {
    ...Object.fromEntries(textFields.map((name) => [name, text[name].trim()])),
    need: values.need,
    notBound: values.notBound,
    forms: forms.entries,
    deadlines: deadlines.entries,
    amendedBy: amendedBy.length > 0 ? amendedBy : undefined,
  };
  for (const name of optionalFields) if (!text[name].trim()) delete candidate[name];
  const parsed = instrumentSchema.safeParse(candidate);
  if (parsed.success && forms.badLines.length === 0 && deadlines.badLines.length === 0) {
    return { ok: true, instrument: parsed.data };
  }
  const errors: Record<string, string> = {};
  const lines = { forms: [...forms.badLines], deadlines: [...deadlines.badLines] };
  const listLines: Record<'forms' | 'deadlines', ParsedLines<unknown>> = { forms, deadlines };
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = String(issue.path[0] ?? 'celex');
    errors[field] ??= errorKeys[field] ?? 'legal.admin.error.text';
    const index = issue.path[1];
    if ((field === 'forms' || field === 'deadlines') && typeof index === 'number') {
      const line = listLines[field].lineNumbers[index];
      if (line !== undefined) lines[field].push(line);
    }
  }
  if (forms.badLines.length > 0) errors.forms = errorKeys.forms!;
  if (deadlines.badLines.length > 0) errors.deadlines = errorKeys.deadlines!;
  const sorted = (numbers: number[]) => [...new Set(numbers)].sort((a, b) => a - b);
  return {
    ok: false,
    problems: { errors, lines: { forms: sorted(lines.forms), deadlines: sorted(lines.deadlines) } },
  };
}

/** Names of the instrument's fields whose value differs: what the audit log records, never the text. */
export function changedFields(before: Instrument, after: Instrument): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((key) => {
      const a = (before as Record<string, unknown>)[key];
      const b = (after as Record<string, unknown>)[key];
      return JSON.stringify(a) !== JSON.stringify(b);
    })
    .sort();
}

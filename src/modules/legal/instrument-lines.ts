import { deadlineUnits, type InstrumentDeadline, type InstrumentForm } from './instrument.js';

/**
 * Forms and deadlines as staff type them without JavaScript: one entry per line, parts separated by
 * `|` (so `|` cannot appear inside a part). Blank lines are skipped.
 *
 *   form:     name | annex | article
 *   deadline: step | amount | unit | article [| from [| extension [unit] [| when extended]]]
 *
 * Units: hours, days, working-days, months. An extension without a unit is in the deadline's unit.
 */
export const lineSeparator = '|';

export interface ParsedLines<T> {
  /** Entries as far as the lines could be read; the schema checks the rest. */
  readonly entries: Partial<T>[];
  /** Textarea line number (1-based) of each entry, to point at the line a schema issue is about. */
  readonly lineNumbers: number[];
  /** Lines that could not be read at all (wrong number of parts, amount not a number). */
  readonly badLines: number[];
}

function splitLines(text: string): { parts: string[]; line: number }[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ parts: line.split(lineSeparator).map((part) => part.trim()), line: index + 1 }))
    .filter(({ parts }) => parts.some((part) => part !== ''));
}

const optional = (part: string | undefined) => (part ? part : undefined);
const isUnit = (value: string): value is InstrumentDeadline['unit'] =>
  (deadlineUnits as readonly string[]).includes(value);

export function parseFormLines(text: string): ParsedLines<InstrumentForm> {
  const entries: Partial<InstrumentForm>[] = [];
  const lineNumbers: number[] = [];
  const badLines: number[] = [];
  for (const { parts, line } of splitLines(text)) {
    if (parts.length !== 3) {
      badLines.push(line);
      continue;
    }
    const [name, annex, article] = parts;
    entries.push({ name, annex, article });
    lineNumbers.push(line);
  }
  return { entries, lineNumbers, badLines };
}

const wholeNumber = /^\d{1,5}$/;
const extensionPattern = /^(\d{1,5})(?:\s+(\S+))?$/;

export function parseDeadlineLines(text: string): ParsedLines<InstrumentDeadline> {
  const entries: Partial<InstrumentDeadline>[] = [];
  const lineNumbers: number[] = [];
  const badLines: number[] = [];
  for (const { parts, line } of splitLines(text)) {
    const [step, amount = '', unit = '', article, from, extension = '', when] = parts;
    const extensionMatch = extensionPattern.exec(extension);
    const extensionUnit = extensionMatch?.[2];
    const isReadable =
      parts.length >= 4 &&
      parts.length <= 7 &&
      wholeNumber.test(amount) &&
      isUnit(unit) &&
      (extension === '' || (extensionMatch && (!extensionUnit || isUnit(extensionUnit))));
    if (!isReadable) {
      badLines.push(line);
      continue;
    }
    entries.push({
      step,
      amount: Number(amount),
      unit,
      article,
      from: optional(from),
      extension: extensionMatch ? Number(extensionMatch[1]) : undefined,
      extensionUnit: extensionUnit && isUnit(extensionUnit) ? extensionUnit : undefined,
      extensionWhen: optional(when),
    });
    lineNumbers.push(line);
  }
  return { entries, lineNumbers, badLines };
}

const joinParts = (parts: readonly (string | undefined)[]) => {
  const kept = [...parts];
  while (kept.length > 0 && !kept[kept.length - 1]) kept.pop();
  return kept.map((part) => part ?? '').join(` ${lineSeparator} `);
};

export const formatFormLines = (forms: readonly InstrumentForm[]) =>
  forms.map((form) => joinParts([form.name, form.annex, form.article])).join('\n');

export const formatDeadlineLines = (deadlines: readonly InstrumentDeadline[]) =>
  deadlines
    .map((deadline) =>
      joinParts([
        deadline.step,
        String(deadline.amount),
        deadline.unit,
        deadline.article,
        deadline.from,
        deadline.extension
          ? `${deadline.extension}${deadline.extensionUnit ? ` ${deadline.extensionUnit}` : ''}`
          : undefined,
        deadline.extensionWhen,
      ]),
    )
    .join('\n');

import { diffArrays, diffWords } from 'diff';
import type { ResourceRecord } from './resource-record.js';

/** A run of text in a change: kept as it was, added, or removed. */
export interface TextPart {
  readonly value: string;
  readonly change: 'kept' | 'added' | 'removed';
}

/** How one field changed between two versions. */
export type FieldChange =
  | {
      readonly kind: 'text';
      readonly field: string;
      /** For a title or summary: the language of the text. */
      readonly language?: string;
      readonly parts: readonly TextPart[];
    }
  | {
      readonly kind: 'list';
      readonly field: string;
      readonly added: readonly string[];
      readonly removed: readonly string[];
    };

const textFields = [
  'type',
  'sourceLanguage',
  'network',
  'originalUrl',
  'doi',
  'organisationName',
  'contact',
  'publishedOn',
  'licence',
  'evidence',
  'evaluation',
  'transferability',
] as const satisfies readonly (keyof ResourceRecord)[];

const listFields = [
  'topics',
  'professions',
  'languages',
  'countries',
  'instruments',
] as const satisfies readonly (keyof ResourceRecord)[];

/** The changes from `before` to `after`, field by field (texts word by word); unchanged fields are left out. */
export function changesBetween(before: ResourceRecord, after: ResourceRecord): FieldChange[] {
  const changes: FieldChange[] = [];
  const languages = [...new Set([...before.texts, ...after.texts].map((text) => text.language))];
  for (const language of languages) {
    const old = before.texts.find((text) => text.language === language);
    const next = after.texts.find((text) => text.language === language);
    for (const field of ['title', 'summary'] as const) {
      const parts = textChange(old?.[field] ?? '', next?.[field] ?? '');
      if (parts) changes.push({ kind: 'text', field, language, parts });
    }
  }
  for (const field of textFields) {
    const parts = textChange(before[field] ?? '', after[field] ?? '');
    if (parts) changes.push({ kind: 'text', field, parts });
  }
  for (const field of listFields) {
    const added = after[field].filter((value) => !before[field].includes(value));
    const removed = before[field].filter((value) => !after[field].includes(value));
    if (added.length > 0 || removed.length > 0) changes.push({ kind: 'list', field, added, removed });
  }
  return changes;
}

function textChange(before: string, after: string): TextPart[] | undefined {
  if (before === after) return undefined;
  // Codes and addresses change as a whole; prose changes word by word.
  const changes =
    before.includes(' ') || after.includes(' ') ? diffWords(before, after) : whole(before, after);
  return changes
    .filter((change) => change.value !== '')
    .map((change) => ({
      value: change.value,
      change: change.added ? 'added' : change.removed ? 'removed' : 'kept',
    }));
}

function whole(before: string, after: string) {
  return diffArrays([before].filter(Boolean), [after].filter(Boolean)).flatMap((change) =>
    change.value.map((value) => ({ value, added: change.added, removed: change.removed })),
  );
}

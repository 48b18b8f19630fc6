import { isAppError } from '../../platform/http/app-error.js';
import type { FormErrors } from '../../platform/layout/form-fields.js';
import type { ResourceRecord } from './resource-record.js';

/** A translation row of the form: one more language's title and summary. */
export interface TranslationRow {
  readonly language: string;
  readonly title: string;
  readonly summary: string;
}

/** What was typed in the contribution form, kept as typed so that a form with errors comes back filled in. */
export interface ContributionFormValues {
  readonly organisationId: string;
  readonly type: string;
  readonly sourceLanguage: string;
  readonly title: string;
  readonly summary: string;
  readonly translations: readonly TranslationRow[];
  readonly topics: readonly string[];
  readonly professions: readonly string[];
  readonly languages: readonly string[];
  readonly countries: readonly string[];
  readonly instruments: string;
  readonly originalUrl: string;
  readonly doi: string;
  readonly contact: string;
  readonly publishedOn: string;
  readonly licence: string;
  readonly evaluation: string;
  readonly transferability: string;
}

export const maxTranslationRows = 10;
const scalarFields = [
  'organisationId',
  'type',
  'sourceLanguage',
  'title',
  'summary',
  'instruments',
  'originalUrl',
  'doi',
  'contact',
  'publishedOn',
  'licence',
  'evaluation',
  'transferability',
] as const;
const listFields = ['topics', 'professions', 'languages', 'countries'] as const;

export function readContributionForm(body: unknown): ContributionFormValues {
  const source = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const text = (name: string) => {
    const raw = source[name];
    return typeof raw === 'string' ? raw.slice(0, 20_000) : '';
  };
  const list = (name: string) => {
    const raw = source[name];
    const values = Array.isArray(raw) ? raw : [raw];
    return values.filter((value): value is string => typeof value === 'string').slice(0, 50);
  };
  const translations = Array.from({ length: maxTranslationRows }, (_, index) => ({
    language: text(`translations-${index}-language`),
    title: text(`translations-${index}-title`),
    summary: text(`translations-${index}-summary`),
  })).filter((row) => row.language || row.title.trim() || row.summary.trim());
  return {
    ...(Object.fromEntries(scalarFields.map((name) => [name, text(name)])) as Record<
      (typeof scalarFields)[number],
      string
    >),
    ...(Object.fromEntries(listFields.map((name) => [name, list(name)])) as Record<
      (typeof listFields)[number],
      string[]
    >),
    translations,
  };
}

/** The stored content as form values (for the edit page). */
export function formValuesOf(record: ResourceRecord, organisationId: string | null): ContributionFormValues {
  const source = record.texts.find((text) => text.language === record.sourceLanguage);
  return {
    organisationId: organisationId ?? '',
    type: record.type,
    sourceLanguage: record.sourceLanguage,
    title: source?.title ?? '',
    summary: source?.summary ?? '',
    translations: record.texts.filter((text) => text.language !== record.sourceLanguage),
    topics: record.topics,
    professions: record.professions,
    languages: record.languages,
    countries: record.countries,
    instruments: record.instruments.join(' '),
    originalUrl: record.originalUrl ?? '',
    doi: record.doi ?? '',
    contact: record.contact ?? '',
    publishedOn: record.publishedOn ?? '',
    licence: record.licence ?? '',
    evaluation: record.evaluation ?? '',
    transferability: record.transferability ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The form as the service's input; the service validates it and answers field by field. */
export function toContributionInput(values: ContributionFormValues) {
  return {
    organisationId: values.organisationId,
    type: values.type,
    sourceLanguage: values.sourceLanguage,
    texts: [
      { language: values.sourceLanguage, title: values.title, summary: values.summary },
      ...values.translations.map((row) => ({
        language: row.language,
        title: row.title,
        summary: row.summary,
      })),
    ],
    topics: values.topics,
    professions: values.professions,
    languages: values.languages,
    countries: values.countries,
    instruments: values.instruments
      .split(/[\s,;]+/)
      .map((celex) => celex.trim().toUpperCase())
      .filter(Boolean),
    originalUrl: orNull(values.originalUrl),
    doi: orNull(values.doi),
    contact: orNull(values.contact),
    publishedOn: orNull(values.publishedOn),
    licence: orNull(values.licence),
    evaluation: orNull(values.evaluation),
    transferability: orNull(values.transferability),
  };
}

/** A service refusal as form errors (translation keys) and the page's status; undefined for an error page. */
export function contributionFormErrors(error: unknown): { errors: FormErrors; status: number } | undefined {
  if (!isAppError(error)) return undefined;
  if (error.code === 'forbidden') {
    return { errors: { organisationId: 'toolkitReview.error.organisationId' }, status: 403 };
  }
  if (error.code !== 'validation-failed') return undefined;
  const errors: Record<string, string> = {};
  for (const problem of error.fields) {
    const field = fieldOf(problem.field);
    errors[field] ??= `toolkitReview.error.${field.replace(/^translations-\d+-/, 'translation.')}`;
  }
  return {
    errors: Object.keys(errors).length > 0 ? errors : { title: 'toolkitReview.error.title' },
    status: 400,
  };
}

/** `texts.0.title` is the source language's title; `texts.2.summary` the second translation row's. */
function fieldOf(path: string): string {
  const [head = '', index, leaf] = path.split('.');
  if (head !== 'texts')
    return (scalarFields as readonly string[]).includes(head) ||
      (listFields as readonly string[]).includes(head)
      ? head
      : 'title';
  if (index === undefined || index === '0' || leaf === undefined)
    return leaf === 'summary' ? 'summary' : 'title';
  return `translations-${Number(index) - 1}-${leaf}`;
}

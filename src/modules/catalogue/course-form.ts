import type { z } from 'zod';
import type { FieldProblem } from '../../platform/http/app-error.js';
import type { FormErrors } from '../../platform/layout/form-fields.js';
import {
  createCourseSchema,
  translationSchema,
  type CreateCourseInput,
  type UpdateCourseInput,
} from './catalogue.schema.js';
import type { Course, CourseTranslation } from './course-reads.repo.js';

/** The course form as typed: strings, lists of ticked codes, and rows of credits. */
export interface CourseFormValues {
  readonly providerId: string;
  readonly slug: string;
  readonly externalId: string;
  readonly sourceLanguage: string;
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly learningOutcomes: string;
  readonly prerequisites: string;
  readonly topics: readonly string[];
  readonly professions: readonly string[];
  readonly languages: readonly string[];
  readonly instruments: string;
  readonly format: string;
  readonly level: string;
  readonly hours: string;
  readonly feeAmount: string;
  readonly feeCurrency: string;
  readonly credits: readonly CreditRow[];
  /** The completion rule: a whole percentage of the days, and whether an assessment is needed. */
  readonly completionMinAttendancePercent: string;
  readonly assessmentRequired: boolean;
}

/** The share of the days a new course asks for, as the database's default. */
const defaultCompletionPercent = '80';

export interface CreditRow {
  readonly system: string;
  readonly amount: string;
  readonly awardingBody: string;
}

export type TranslationFormValues = Pick<
  CourseFormValues,
  'title' | 'summary' | 'description' | 'learningOutcomes' | 'prerequisites'
>;

export type FormResult<T> =
  { readonly ok: true; readonly input: T } | { readonly ok: false; readonly errors: FormErrors };

/** Credit rows the form holds at most (the schema's limit). */
export const maxCreditRows = 10;
const textFields = ['title', 'summary', 'description', 'learningOutcomes', 'prerequisites'] as const;

type Body = Record<string, unknown>;
export const one = (body: Body, name: string): string => {
  const value = body[name];
  const first: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof first === 'string' ? first : '';
};
export const many = (body: Body, name: string): string[] => {
  const value = body[name];
  return (Array.isArray(value) ? (value as unknown[]) : [value]).filter(
    (item): item is string => typeof item === 'string',
  );
};

/** Reads a posted course form, keeping every value as it was typed. */
export function readCourseForm(raw: unknown): CourseFormValues {
  const body = (raw ?? {}) as Body;
  const credits = Array.from({ length: maxCreditRows }, (_, row) => ({
    system: one(body, `credits-${row}-system`),
    amount: one(body, `credits-${row}-amount`),
    awardingBody: one(body, `credits-${row}-awardingBody`),
  }));
  const lastFilled = credits.findLastIndex((row) => row.amount || row.awardingBody);
  return {
    ...readTranslationForm(body),
    providerId: one(body, 'providerId'),
    slug: one(body, 'slug'),
    externalId: one(body, 'externalId'),
    sourceLanguage: one(body, 'sourceLanguage'),
    topics: many(body, 'topics'),
    professions: many(body, 'professions'),
    languages: many(body, 'languages'),
    instruments: one(body, 'instruments'),
    format: one(body, 'format'),
    level: one(body, 'level'),
    hours: one(body, 'hours'),
    feeAmount: one(body, 'feeAmount'),
    feeCurrency: one(body, 'feeCurrency'),
    credits: credits.slice(0, lastFilled + 1),
    completionMinAttendancePercent:
      body.completionMinAttendancePercent === undefined
        ? defaultCompletionPercent
        : one(body, 'completionMinAttendancePercent'),
    assessmentRequired: one(body, 'assessmentRequired') === 'yes',
  };
}

export function readTranslationForm(raw: unknown): TranslationFormValues {
  const body = (raw ?? {}) as Body;
  return Object.fromEntries(textFields.map((field) => [field, one(body, field)])) as TranslationFormValues;
}

/** The form filled in with a stored course: the texts are those of its source language. */
export function courseFormValues(course: Course): CourseFormValues {
  const source = course.translations.find((tr) => tr.language === course.sourceLanguage);
  return {
    ...translationFormValues(source),
    providerId: course.providerId,
    slug: course.slug,
    externalId: course.externalId ?? '',
    sourceLanguage: course.sourceLanguage,
    topics: course.topics,
    professions: course.professions,
    languages: course.languages,
    instruments: course.instruments.join('\n'),
    format: course.format,
    level: course.level,
    hours: String(course.hours),
    feeAmount: course.fee ? String(course.fee.amount) : '',
    feeCurrency: course.fee?.currency ?? '',
    credits: course.credits.map((credit) => ({
      system: credit.system,
      amount: String(credit.amount),
      awardingBody: credit.awardingBody,
    })),
    completionMinAttendancePercent: String(course.completionMinAttendancePercent),
    assessmentRequired: course.assessmentRequired,
  };
}

export function translationFormValues(translation: CourseTranslation | undefined): TranslationFormValues {
  return Object.fromEntries(
    textFields.map((field) => [field, translation?.[field] ?? '']),
  ) as TranslationFormValues;
}

/** A lower-case slug from a title: `Prison radicalisation — 2027` → `prison-radicalisation-2027`. */
export function suggestSlug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** A typed number: blank is undefined, a decimal comma is accepted, anything else is NaN (refused). */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  return /^\d+(?:[.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

/** CELEX numbers, one a line or separated by commas, spaces or semicolons. */
export function parseInstruments(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((value) => value.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}

/** What the course services take, or the problems of the form beside their fields. */
export function toCreateCourseInput(values: CourseFormValues): FormResult<CreateCourseInput> {
  return parseCourse(values, values.providerId);
}

/** An update of every field of the form; the other translations are kept as they are. */
export function toUpdateCourseInput(values: CourseFormValues, course: Course): FormResult<UpdateCourseInput> {
  const others = course.translations.filter((tr) => tr.language !== values.sourceLanguage);
  const result = parseCourse(values, course.providerId, others);
  if (!result.ok) return result;
  const { providerId: _provider, isDemo: _demo, ...patch } = result.input;
  return { ok: true, input: patch };
}

function parseCourse(
  values: CourseFormValues,
  providerId: string,
  otherTranslations: readonly CourseTranslation[] = [],
): FormResult<CreateCourseInput> {
  const filledCredits = values.credits
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.amount.trim() || row.awardingBody.trim());
  const hours = parseNumber(values.hours);
  const feeAmount = parseNumber(values.feeAmount);
  const candidate = {
    providerId,
    slug: values.slug.trim() || suggestSlug(values.title),
    externalId: values.externalId.trim() || null,
    sourceLanguage: values.sourceLanguage,
    format: values.format,
    level: values.level,
    hours,
    fee: feeAmount === undefined ? null : { amount: feeAmount, currency: values.feeCurrency.trim() || 'EUR' },
    translations: [
      {
        language: values.sourceLanguage,
        ...Object.fromEntries(textFields.map((field) => [field, values[field]])),
      },
      ...otherTranslations,
    ],
    topics: values.topics,
    professions: values.professions,
    instruments: parseInstruments(values.instruments),
    languages: values.languages,
    credits: filledCredits.map(({ row }) => ({
      system: row.system,
      amount: parseNumber(row.amount),
      awardingBody: row.awardingBody,
    })),
    completionMinAttendancePercent: parseNumber(values.completionMinAttendancePercent),
    assessmentRequired: values.assessmentRequired,
  };
  const parsed = createCourseSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, input: parsed.data };
  const creditRows = filledCredits.map(({ index }) => index);
  const errors = courseErrors(zodProblems(parsed.error), creditRows);
  // A slug left empty is made from the title: the title's own problem says what to do.
  if (!values.slug.trim() && errors.title) return { ok: false, errors: { ...errors, slug: undefined } };
  return { ok: false, errors };
}

/** A translation as the services take it, or the problems beside its fields. */
export function toTranslation(
  values: TranslationFormValues,
  language: string,
): FormResult<z.infer<typeof translationSchema>> {
  const parsed = translationSchema.safeParse({ language, ...values });
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, errors: courseErrors(zodProblems(parsed.error)) };
}

export function zodProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
}

/** Specific messages for the services' own problems; everything else gets its field's message. */
const serviceMessages: Record<string, string> = {
  'slug:is taken': 'courseManagement.error.slugTaken',
  'externalId:is taken': 'courseManagement.error.externalIdTaken',
  'sourceLanguage:has no translation': 'courseManagement.error.sourceLanguage',
  'translations:has two translations in one language': 'courseManagement.error.translations',
};

/**
 * Problems (zod's or a service's, by dotted path) as form fields and translation keys: the first
 * problem of each field wins. `creditRows` maps an index in the posted credits to its form row.
 */
export function courseErrors(
  problems: readonly FieldProblem[],
  creditRows: readonly number[] = [],
): FormErrors {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const [head = '', index, leaf] = problem.field.split('.');
    let field = head;
    let kind = head;
    if (head === 'translations') field = kind = leaf && index !== undefined ? leaf : 'translations';
    else if (head === 'fee') field = kind = index === 'currency' ? 'feeCurrency' : 'feeAmount';
    else if (head === 'credits' && leaf) {
      field = `credits-${creditRows[Number(index)] ?? Number(index)}-${leaf}`;
      kind = `credit.${leaf}`;
    }
    if (head === 'translations' && field === 'language') field = kind = 'sourceLanguage';
    errors[field] ??=
      serviceMessages[`${problem.field}:${problem.message}`] ?? `courseManagement.error.${kind}`;
  }
  return errors;
}

/** The course's stored translations but the one in `language`, as the services take them. */
export function otherTranslations(course: Course, language: string): StoredTranslations {
  // Stored rows passed the same schema when they were written: their languages are EU languages.
  return course.translations.filter((tr) => tr.language !== language) as StoredTranslations;
}
type StoredTranslations = NonNullable<UpdateCourseInput['translations']>;

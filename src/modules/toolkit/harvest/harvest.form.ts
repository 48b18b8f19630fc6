import { isAppError } from '../../../platform/http/app-error.js';
import type { FormErrors } from '../../../platform/layout/form-fields.js';
import type { HarvestSource } from './harvest-sources.repo.js';
import type { SourceInput } from './harvest.schema.js';

/** The source form as typed, so that a form with errors comes back filled in. */
export const sourceFormFields = [
  'name',
  'network',
  'kind',
  'url',
  'setSpec',
  'metadataPrefix',
  'type',
  'language',
  'topics',
  'professions',
  'countries',
  'intervalHours',
  'isEnabled',
] as const;
export type SourceFormValues = Record<(typeof sourceFormFields)[number], string>;

export function readSourceForm(body: unknown): SourceFormValues {
  const source = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const value = (name: string) => (typeof source[name] === 'string' ? source[name].slice(0, 2500) : '');
  return Object.fromEntries(sourceFormFields.map((name) => [name, value(name)])) as SourceFormValues;
}

export const emptySourceForm = (): SourceFormValues => ({
  ...readSourceForm({}),
  kind: 'oai-pmh',
  metadataPrefix: 'oai_dc',
  type: 'toolkit',
  language: 'en',
  isEnabled: 'yes',
});

export function sourceFormOf(source: HarvestSource): SourceFormValues {
  return {
    name: source.name,
    network: source.network,
    kind: source.kind,
    url: source.url,
    setSpec: source.setSpec ?? '',
    metadataPrefix: source.metadataPrefix,
    type: source.mapping.type,
    language: source.mapping.language,
    topics: source.mapping.topics.join(', '),
    professions: source.mapping.professions.join(', '),
    countries: source.mapping.countries.join(', '),
    intervalHours: source.intervalHours === null ? '' : String(source.intervalHours),
    isEnabled: source.isEnabled ? 'yes' : '',
  };
}

const list = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);

/** The form as the service's input; the service's schema says what is wrong with it. */
export function toSourceInput(values: SourceFormValues): SourceInput {
  const interval = values.intervalHours.trim();
  return {
    name: values.name,
    network: values.network,
    kind: values.kind as SourceInput['kind'],
    url: values.url.trim(),
    setSpec: values.setSpec.trim() || null,
    // Forms of older pages have no format field: Dublin Core, as before.
    metadataPrefix: (values.metadataPrefix || 'oai_dc') as SourceInput['metadataPrefix'],
    mapping: {
      type: values.type as NonNullable<SourceInput['mapping']>['type'],
      language: values.language.trim().toLowerCase(),
      topics: list(values.topics),
      professions: list(values.professions),
      countries: list(values.countries).map((country) => country.toUpperCase()),
    },
    intervalHours: interval === '' ? null : /^\d+$/.test(interval) ? Number(interval) : Number.NaN,
    isEnabled: values.isEnabled === 'yes',
  };
}

/** A validation refusal as field errors (translation keys), or undefined for the error page. */
export function sourceFormErrors(error: unknown): FormErrors | undefined {
  if (!isAppError(error) || error.code !== 'validation-failed') return undefined;
  const errors: Record<string, string> = {};
  for (const problem of error.fields) {
    const [first, second] = problem.field.split('.');
    const field = first === 'mapping' ? second : first;
    if (field && (sourceFormFields as readonly string[]).includes(field))
      errors[field] ??= `toolkit-harvest.error.${field}`;
  }
  return Object.keys(errors).length > 0 ? errors : { name: 'toolkit-harvest.error.name' };
}

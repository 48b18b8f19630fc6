import { dateRange, type DateRange } from './oai-dates.js';
import { isSetSpec } from './oai-sets.js';

/** The protocol's error codes (OAI-PMH 2.0 §3.6). */
export type OaiErrorCode =
  | 'badArgument'
  | 'badResumptionToken'
  | 'badVerb'
  | 'cannotDisseminateFormat'
  | 'idDoesNotExist'
  | 'noRecordsMatch'
  | 'noMetadataFormats'
  | 'noSetHierarchy';

export interface OaiError {
  readonly code: OaiErrorCode;
  readonly message: string;
}

export const verbs = [
  'Identify',
  'ListMetadataFormats',
  'ListSets',
  'GetRecord',
  'ListIdentifiers',
  'ListRecords',
] as const;
export type Verb = (typeof verbs)[number];

/** Per verb: the arguments it requires and those it accepts besides them. */
const argumentRules: Record<Verb, { required: string[]; optional: string[]; exclusive?: string }> = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ['identifier'] },
  ListSets: { required: [], optional: [], exclusive: 'resumptionToken' },
  GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [] },
  ListIdentifiers: {
    required: ['metadataPrefix'],
    optional: ['from', 'until', 'set'],
    exclusive: 'resumptionToken',
  },
  ListRecords: {
    required: ['metadataPrefix'],
    optional: ['from', 'until', 'set'],
    exclusive: 'resumptionToken',
  },
};

export interface OaiRequest {
  readonly verb: Verb;
  /** The request's arguments but the verb, each given once. */
  readonly args: Readonly<Record<string, string>>;
  /** `from` and `until` as datestamp bounds (list verbs). */
  readonly range: DateRange;
}

export type ParsedRequest =
  | { readonly ok: true; readonly request: OaiRequest }
  | { readonly ok: false; readonly errors: readonly OaiError[] };

const metadataPrefixPattern = /^[A-Za-z0-9\-_.!~*'()]+$/;

/** Reads and checks a request's arguments (query string or form body, each name with all its values). */
export function parseRequest(given: ReadonlyMap<string, readonly string[]>): ParsedRequest {
  const verbValues = given.get('verb') ?? [];
  const verb = verbValues[0];
  if (verbValues.length !== 1 || !isVerb(verb)) {
    const message =
      verbValues.length === 0
        ? 'The verb argument is missing.'
        : verbValues.length > 1
          ? 'The verb argument is repeated.'
          : `"${verb}" is not an OAI-PMH verb.`;
    return { ok: false, errors: [{ code: 'badVerb', message }] };
  }
  const errors: OaiError[] = [];
  const args: Record<string, string> = {};
  for (const [name, values] of given) {
    if (name === 'verb') continue;
    if (values.length > 1) errors.push(bad(`The argument "${name}" is repeated.`));
    else args[name] = values[0] ?? '';
  }
  errors.push(...argumentErrors(verb, args));
  const range = dateRange(args.from, args.until);
  if (typeof range === 'string') errors.push(bad(rangeMessages[range]));
  if (errors.length > 0 || typeof range === 'string') return { ok: false, errors };
  return { ok: true, request: { verb, args, range } };
}

function isVerb(value: string | undefined): value is Verb {
  return (verbs as readonly (string | undefined)[]).includes(value);
}

const bad = (message: string): OaiError => ({ code: 'badArgument', message });

function argumentErrors(verb: Verb, args: Record<string, string>): OaiError[] {
  const rules = argumentRules[verb];
  const names = Object.keys(args);
  const errors: OaiError[] = [];
  const allowed = new Set([
    ...rules.required,
    ...rules.optional,
    ...(rules.exclusive ? [rules.exclusive] : []),
  ]);
  for (const name of names) {
    if (!allowed.has(name)) errors.push(bad(`The argument "${name}" is not allowed with ${verb}.`));
  }
  if (rules.exclusive && names.includes(rules.exclusive)) {
    if (names.some((name) => name !== rules.exclusive && allowed.has(name)))
      errors.push(bad(`The ${rules.exclusive} argument must be the only argument besides the verb.`));
    return errors;
  }
  for (const name of rules.required) {
    if (!names.includes(name)) errors.push(bad(`The argument "${name}" is required with ${verb}.`));
  }
  for (const name of names.filter((name) => allowed.has(name))) {
    const problem = valueProblem(name, args[name] ?? '');
    if (problem) errors.push(bad(problem));
  }
  return errors;
}

function valueProblem(name: string, value: string): string | undefined {
  if (value === '') return `The argument "${name}" is empty.`;
  if (name === 'metadataPrefix' && !metadataPrefixPattern.test(value))
    return 'The metadataPrefix holds characters a prefix cannot have.';
  if (name === 'set' && !isSetSpec(value)) return `"${value}" is not a setSpec.`;
  if (name === 'identifier' && !/^\S+$/.test(value)) return 'An identifier cannot contain spaces.';
  return undefined;
}

const rangeMessages = {
  'bad-from': 'The from argument is not a date (YYYY-MM-DD) or a UTC time (YYYY-MM-DDThh:mm:ssZ).',
  'bad-until': 'The until argument is not a date (YYYY-MM-DD) or a UTC time (YYYY-MM-DDThh:mm:ssZ).',
  'mixed-granularity': 'The from and until arguments must have the same granularity.',
  'from-after-until': 'The from argument is later than the until argument.',
} as const;

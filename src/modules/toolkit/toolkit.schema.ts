import { z } from 'zod';
import { locales, type Locale } from '../../platform/i18n/index.js';
import {
  inList,
  pagingParameters,
  repeatedParameter,
  searchListSchema,
} from '../../platform/http/list-query.js';
import { professions } from '../accounts/index.js';
import type { Resource } from './resource-reads.repo.js';
import { recordOf } from './resource-versions.js';
import { evidenceLabels, resourceStatuses, resourceTypes } from './toolkit.table.js';

/** Orders of the toolkit: by relevance to the words searched, or the latest changes first. */
export const resourceSorts = ['relevance', 'date'] as const;
export type ResourceSort = (typeof resourceSorts)[number];

const matches = (pattern: RegExp) => (value: string) => pattern.test(value);

export const listResourcesQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Words to search for, at most 200 characters.'),
  type: repeatedParameter('Kind of resource.', inList(resourceTypes)),
  topic: repeatedParameter('Topic code.', matches(/^[a-z0-9][a-z0-9-]{0,99}$/)),
  profession: repeatedParameter('Target profession code.', inList(professions)),
  language: repeatedParameter('ISO 639 language the resource is available in.', matches(/^[a-z]{2,3}$/)),
  country: repeatedParameter(
    'Country the resource concerns (EU codes, `EL` for Greece).',
    matches(/^[A-Z]{2}$/),
  ),
  instrument: repeatedParameter(
    'CELEX number of a legal instrument, e.g. `32008F0909`.',
    matches(/^[1-9]\d{4}[A-Z]{1,2}\d{4}$/),
  ),
  source: repeatedParameter('Source network, e.g. `RAN`, `EJTN`, `JP-COOPS`.'),
  evidence: repeatedParameter('Evidence label.', inList(evidenceLabels)),
  sort: z
    .enum(resourceSorts)
    .optional()
    .describe(
      '`relevance`: best matches of `q` first (the default with `q`). `date`: latest changes first (the default without `q`).',
    ),
  ...pagingParameters('Resources'),
  lang: z.enum(locales).default('en').describe('Language of the texts and labels.'),
});
export type ListResourcesQuery = z.infer<typeof listResourcesQuery>;

export const listedResourceSchema = z.object({
  id: z.string(),
  language: z.string().describe('Language of the title and summary: `lang`, else the resource’s own.'),
  title: z.string(),
  summary: z.string(),
  snippet: z.string().describe('HTML-safe extract, matched words in `<mark>`.'),
  type: z.enum(resourceTypes),
  network: z.string().describe('Source network.'),
  organisationName: z.string().nullable(),
  topics: z.array(z.string()),
  languages: z.array(z.string()),
  evidence: z.enum(evidenceLabels).nullable(),
  publishedOn: z.string().nullable(),
  url: z.string().describe('The resource’s page in `lang`.'),
});
export type ListedResource = z.infer<typeof listedResourceSchema>;

export const resourceListSchema = searchListSchema(listedResourceSchema, resourceSorts, 'Resources');

export const attachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  byteSize: z.number().int(),
  url: z.string().describe('Download address.'),
});

export const resourceSchema = z.object({
  id: z.string(),
  status: z.enum(resourceStatuses),
  type: z.enum(resourceTypes),
  sourceLanguage: z.string().describe('Language the resource was written in.'),
  texts: z.array(z.object({ language: z.string(), title: z.string(), summary: z.string() })),
  topics: z.array(z.string()),
  professions: z.array(z.string()),
  languages: z.array(z.string()).describe('Languages the resource is available in.'),
  countries: z.array(z.string()),
  instruments: z.array(z.string()).describe('CELEX numbers.'),
  network: z.string().describe('Source network.'),
  originalUrl: z.string().nullable(),
  doi: z.string().nullable(),
  organisationName: z.string().nullable(),
  contact: z.string().nullable(),
  publishedOn: z.string().nullable().describe('`YYYY`, `YYYY-MM` or `YYYY-MM-DD`.'),
  licence: z.string().nullable(),
  evidence: z.enum(evidenceLabels).nullable(),
  evaluation: z.string().nullable(),
  transferability: z.string().nullable(),
  version: z.number().int().describe('Latest published version.'),
  updatedAt: z.string().describe('Last change (ISO 8601).'),
  url: z.string().describe('The resource’s page in `lang`.'),
  attachments: z.array(attachmentSchema),
  alsoAvailableFrom: z
    .array(z.object({ id: z.string(), network: z.string(), url: z.string() }))
    .describe('The same work published by other sources.'),
});
export type ResourceJson = z.infer<typeof resourceSchema>;

export interface ResourceAttachment {
  readonly id: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly byteSize: number;
}

export interface RelatedResource {
  readonly id: string;
  readonly network: string;
  readonly title: string;
  readonly language: string;
}

export const resourcePath = (locale: string, id: string) => `/${locale}/toolkit/resources/${id}`;
export const attachmentPath = (attachmentId: string) => `/toolkit/files/${attachmentId}`;

/** A resource as the API shows it, with its files and the other sources of the same work. */
export function presentResource(
  publicUrl: string,
  lang: Locale,
  resource: Resource,
  attachments: readonly ResourceAttachment[],
  related: readonly RelatedResource[],
): ResourceJson {
  return {
    id: resource.id,
    status: resource.status,
    ...recordOf(resource),
    version: resource.version,
    updatedAt: resource.datestamp,
    url: `${publicUrl}${resourcePath(lang, resource.id)}`,
    attachments: attachments.map((file) => ({ ...file, url: `${publicUrl}${attachmentPath(file.id)}` })),
    alsoAvailableFrom: related.map((other) => ({
      id: other.id,
      network: other.network,
      url: `${publicUrl}${resourcePath(lang, other.id)}`,
    })),
  };
}

/** The text in the reader's language, else in the resource's source language. */
export function shownText(resource: Pick<Resource, 'texts' | 'sourceLanguage'>, locale: string) {
  return (
    resource.texts.find((text) => text.language === locale) ??
    resource.texts.find((text) => text.language === resource.sourceLanguage) ??
    resource.texts[0]
  );
}

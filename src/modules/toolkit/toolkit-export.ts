import { z } from 'zod';
import { labelOrCode } from '../../platform/i18n/index.js';
import type { AppDeps } from '../../app-deps.js';
import { spreadsheetCsv } from '../../platform/http/spreadsheet-csv.js';
import type { Locale } from '../../platform/i18n/index.js';
import type { Translator } from '../../platform/i18n/translator.js';
import { findResources, type Resource } from './resource-reads.repo.js';
import { networkName } from './toolkit-labels.js';
import { resourcePath, shownText } from './toolkit.schema.js';
import { evidenceLabels, resourceTypes } from './toolkit.table.js';

type Deps = Pick<AppDeps, 'db' | 'config' | 'translators'>;

/**
 * One exported resource with the fields of DOMAIN.md ("Toolkit resources"), for the e-Justice training
 * platform and partners: codes for machines, labels in `lang` for people.
 */
export const exportedResourceSchema = z.object({
  resourceId: z.string(),
  title: z.string(),
  summary: z.string(),
  textLanguage: z.string().describe('Language of title and summary: `lang`, else the resource’s own.'),
  sourceLanguage: z.string(),
  type: z.enum(resourceTypes),
  typeLabel: z.string().describe('The type’s name in `lang`.'),
  topics: z.array(z.string()).describe('Topic codes (practice areas).'),
  topicLabels: z.array(z.string()).describe('Topic names in `lang`.'),
  targetProfessions: z.array(z.string()),
  languages: z.array(z.string()).describe('Languages the resource is available in (ISO 639).'),
  countries: z.array(z.string()).describe('EU country codes (`EL` for Greece).'),
  legalInstruments: z.array(z.string()).describe('CELEX numbers.'),
  network: z.string().describe('Source network code.'),
  networkName: z.string(),
  organisation: z.string().nullable(),
  contact: z.string().nullable(),
  publishedOn: z.string().nullable().describe('`YYYY`, `YYYY-MM` or `YYYY-MM-DD`.'),
  licence: z.string().nullable(),
  evidence: z.enum(evidenceLabels).nullable(),
  originalUrl: z.string().nullable(),
  doi: z.string().nullable(),
  version: z.number().int(),
  lastUpdate: z.string().describe('ISO 8601 instant (UTC) of the last change.'),
  url: z.string().describe('The resource page in `lang`.'),
});
export type ExportedResource = z.infer<typeof exportedResourceSchema>;

export const resourceExportSchema = z.object({
  generatedAt: z.string(),
  resources: z.array(exportedResourceSchema),
});

/** Read in slices: the whole toolkit may hold a hundred thousand resources. */
const sliceSize = 500;

export async function exportResources(deps: Deps, lang: Locale): Promise<ExportedResource[]> {
  const translator = deps.translators(lang);
  const exported: ExportedResource[] = [];
  let after = '';
  for (;;) {
    const ids = await deps.db
      .selectFrom('toolkit_resource')
      .select('id')
      .where('status', '=', 'published')
      .where('deleted_at', 'is', null)
      .where('id', '>', after)
      .orderBy('id')
      .limit(sliceSize)
      .execute();
    if (ids.length === 0) return exported;
    const resources = await findResources(
      deps.db,
      ids.map((row) => row.id),
    );
    for (const resource of resources) exported.push(exportRow(resource, translator, deps.config.publicUrl));
    after = ids[ids.length - 1]!.id;
  }
}

function exportRow(resource: Resource, translator: Translator, publicUrl: string): ExportedResource {
  const text = shownText(resource, translator.locale);
  return {
    resourceId: resource.id,
    title: text?.title ?? '',
    summary: text?.summary ?? '',
    textLanguage: text?.language ?? resource.sourceLanguage,
    sourceLanguage: resource.sourceLanguage,
    type: resource.type,
    typeLabel: labelOrCode(translator, `toolkit.type.${resource.type}`, resource.type),
    topics: resource.topics,
    topicLabels: resource.topics.map((code) => labelOrCode(translator, `topic.${code}.name`, code)),
    targetProfessions: resource.professions,
    languages: resource.languages,
    countries: resource.countries,
    legalInstruments: resource.instruments,
    network: resource.network,
    networkName: networkName(translator, resource.network),
    organisation: resource.organisationName,
    contact: resource.contact,
    publishedOn: resource.publishedOn,
    licence: resource.licence,
    evidence: resource.evidence,
    originalUrl: resource.originalUrl,
    doi: resource.doi,
    version: resource.version,
    lastUpdate: resource.datestamp,
    url: `${publicUrl}${resourcePath(translator.locale, resource.id)}`,
  };
}

/** Columns of the CSV file, in order; lists are joined with "; " (commas separate the columns). */
export const resourceCsvColumns = Object.keys(exportedResourceSchema.shape) as (keyof ExportedResource)[];

export function resourcesCsv(rows: readonly ExportedResource[]): string {
  const cell = (value: ExportedResource[keyof ExportedResource]) =>
    value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  return spreadsheetCsv(
    resourceCsvColumns,
    rows.map((row) => resourceCsvColumns.map((column) => cell(row[column]))),
  );
}

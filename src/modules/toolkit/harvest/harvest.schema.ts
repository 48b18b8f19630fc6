import { z } from 'zod';
import { harvestRunStatuses, harvestTriggers, sourceKinds } from '../toolkit.table.js';
import { harvestFormats } from './clients/harvest-formats.js';
import { mappingRulesSchema } from './harvest-mapping.js';

const httpUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .describe('Where the source answers: the OAI-PMH base URL, the feed or the file.');

const sourceFields = {
  name: z.string().trim().min(1).max(200),
  network: z.string().trim().min(1).max(100).describe('The publishing network: RAN, EJTN, CEPOL, CoE…'),
  kind: z.enum(sourceKinds),
  url: httpUrl,
  setSpec: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .nullable()
    .describe('OAI-PMH set; null for the whole repository.'),
  metadataPrefix: z
    .enum(harvestFormats)
    .describe(
      'OAI-PMH metadata format harvested: oai_dc (Dublin Core), or jpcoops (the full record another JP-COOPS platform serves). Other kinds of source ignore it.',
    ),
  mapping: mappingRulesSchema.describe(
    'Defaults for every record: topics, type, language, professions, countries.',
  ),
  intervalHours: z
    .int()
    .min(1)
    .max(8760)
    .nullable()
    .describe('Re-harvest every so many hours; null: only when asked.'),
  isEnabled: z.boolean(),
};

export const sourceInputSchema = z.object({
  ...sourceFields,
  setSpec: sourceFields.setSpec.default(null),
  metadataPrefix: sourceFields.metadataPrefix.default('oai_dc'),
  mapping: sourceFields.mapping.default(mappingRulesSchema.parse({})),
  intervalHours: sourceFields.intervalHours.default(null),
  isEnabled: sourceFields.isEnabled.default(true),
});
export type SourceInput = z.input<typeof sourceInputSchema>;

export const sourcePatchSchema = z.object(sourceFields).partial();
export type SourcePatch = z.input<typeof sourcePatchSchema>;

const countsSchema = z.object({
  new: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  deleted: z.int(),
  failed: z.int(),
});

export const runSchema = z.object({
  id: z.string(),
  sourceId: z.string(),
  trigger: z.enum(harvestTriggers),
  status: z.enum(harvestRunStatuses),
  harvestFrom: z.string().nullable(),
  pagesDone: z.int(),
  counts: countsSchema,
  failures: z.array(z.object({ identifier: z.string(), reason: z.string() })),
  notes: z.array(z.object({ identifier: z.string(), note: z.string() })),
  error: z.string().nullable(),
  startedAt: z.string(),
  heartbeatAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type RunView = z.infer<typeof runSchema>;

export const sourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  network: z.string(),
  kind: z.enum(sourceKinds),
  url: z.string(),
  setSpec: z.string().nullable(),
  metadataPrefix: z.enum(harvestFormats),
  mapping: mappingRulesSchema,
  intervalHours: z.int().nullable(),
  isEnabled: z.boolean(),
  harvestedUntil: z.string().nullable(),
  nextHarvestAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastRun: runSchema.nullable(),
});
export type SourceView = z.infer<typeof sourceSchema>;

import type { Generated } from 'kysely';

/** Kinds of toolkit resource (DOMAIN.md, "Toolkit resources"). */
export const resourceTypes = [
  'toolkit',
  'handbook',
  'guideline',
  'practice',
  'case-study',
  'training-material',
  'e-learning',
  'legislation',
  'research',
  'video',
] as const;
export type ResourceType = (typeof resourceTypes)[number];

/** How far a practice has been shown to work. */
export const evidenceLabels = ['inspiring', 'peer-reviewed', 'evaluated'] as const;
export type EvidenceLabel = (typeof evidenceLabels)[number];

/**
 * A contribution's way to publication; harvested records are `published` from the start.
 * `draft` → `submitted` → `published` | `changes-requested` (→ `submitted` again) | `rejected`.
 */
export const resourceStatuses = ['draft', 'submitted', 'changes-requested', 'published', 'rejected'] as const;
export type ResourceStatus = (typeof resourceStatuses)[number];

export const sourceKinds = ['oai-pmh', 'rss', 'atom', 'csv', 'xlsx', 'json'] as const;
export type SourceKind = (typeof sourceKinds)[number];

export const harvestTriggers = ['schedule', 'manual', 'cli'] as const;
export const harvestRunStatuses = ['running', 'completed', 'failed', 'interrupted'] as const;
export type HarvestRunStatus = (typeof harvestRunStatuses)[number];

/** Why two records are taken for the same work. */
export const linkBases = ['doi', 'url', 'title-year'] as const;

export interface ToolkitSourceTable {
  id: string;
  name: string;
  /** The network that publishes the source: `RAN`, `EJTN`, `CEPOL`, `CoE`, `EuroPris`, `JP-COOPS`… */
  network: string;
  kind: SourceKind;
  url: string;
  /** OAI-PMH set to harvest; null for the whole repository. */
  set_spec: string | null;
  metadata_prefix: Generated<string>;
  /** JSON: defaults applied to every record (topics, type, language…). */
  mapping: string;
  /** Re-harvest every so many hours; null: only when asked. */
  interval_hours: number | null;
  is_enabled: Generated<number>;
  /** Datestamp up to which the source has been harvested: the next run's `from`. */
  harvested_until: string | null;
  next_harvest_at: string | null;
  created_by_user_id: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface ToolkitHarvestRunTable {
  id: string;
  source_id: string;
  trigger: (typeof harvestTriggers)[number];
  status: HarvestRunStatus;
  harvest_from: string | null;
  /** The token of the next page still to fetch: where an interrupted run resumes. */
  resumption_token: string | null;
  pages_done: Generated<number>;
  new_count: Generated<number>;
  updated_count: Generated<number>;
  unchanged_count: Generated<number>;
  deleted_count: Generated<number>;
  failed_count: Generated<number>;
  /** JSON array of `{ identifier, reason }`. */
  failures: string;
  /** JSON array of `{ identifier, note }`: what was noticed but did not fail (see the 0940 migration). */
  notes: string | null;
  error: string | null;
  started_at: Generated<string>;
  heartbeat_at: Generated<string>;
  finished_at: string | null;
}

export interface ToolkitResourceTable {
  id: string;
  /** Null for resources contributed on the platform. */
  source_id: string | null;
  /** The record's identifier at its source; (source, identifier) is a harvested record's identity. */
  source_identifier: string | null;
  network: string;
  type: ResourceType;
  source_language: string;
  original_url: string | null;
  doi: string | null;
  organisation_id: string | null;
  organisation_name: string | null;
  contact: string | null;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published_on: string | null;
  licence: string | null;
  evidence: EvidenceLabel | null;
  evaluation: string | null;
  transferability: string | null;
  status: ResourceStatus;
  /** Number of the latest published version; 0 before the first publication. */
  version: Generated<number>;
  /** Normalised title and year, to find the same work from another source. */
  work_key: string | null;
  /** Hash of a harvested record's mapped content: unchanged records are not rewritten. */
  content_hash: string | null;
  submitted_by_user_id: string | null;
  /** 1 for the demo content set's resources, removed with it. */
  is_demo: Generated<number>;
  /** Last change seen by harvesters (OAI-PMH datestamp, Atom `updated`). */
  datestamp: Generated<string>;
  deleted_at: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface ToolkitResourceTranslationTable {
  resource_id: string;
  language: string;
  title: string;
  summary: string;
}

export interface ToolkitAttachmentTable {
  id: string;
  resource_id: string;
  file_name: string;
  media_type: string;
  byte_size: number;
  sha256: string;
  storage_key: string;
  extracted_text: string | null;
  uploaded_by_user_id: string | null;
  created_at: Generated<string>;
}

/** A file a pending edit adds to, or removes from, a published resource (migration 20261129T0950). */
export interface ToolkitAttachmentChangeTable {
  /** The attachment's id: the one an added file keeps once approved, or the one being removed. */
  id: string;
  resource_id: string;
  change: 'add' | 'remove';
  file_name: string | null;
  media_type: string | null;
  byte_size: number | null;
  sha256: string | null;
  storage_key: string | null;
  extracted_text: string | null;
  created_at: Generated<string>;
}

export interface ToolkitResourceVersionTable {
  resource_id: string;
  version: number;
  /** JSON: the resource as published. */
  snapshot: string;
  published_by_user_id: string | null;
  published_at: Generated<string>;
}

/** States of a pending edit of a published resource (the resource itself stays `published`). */
export const revisionStatuses = ['draft', 'submitted', 'changes-requested', 'rejected'] as const;
export type RevisionStatus = (typeof revisionStatuses)[number];

/** A contributor's pending edit of a published resource (migration 20261129T0930). */
export interface ToolkitResourceRevisionTable {
  resource_id: string;
  /** JSON: the edited resource record. */
  record: string;
  status: RevisionStatus;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface ToolkitReviewTable {
  id: string;
  resource_id: string;
  reviewer_user_id: string | null;
  decision: 'approved' | 'changes-requested' | 'rejected' | 'comment';
  comment: string;
  created_at: Generated<string>;
}

export interface ToolkitResourceLinkTable {
  resource_id: string;
  other_resource_id: string;
  basis: (typeof linkBases)[number];
}

export interface ToolkitTables {
  toolkit_source: ToolkitSourceTable;
  toolkit_harvest_run: ToolkitHarvestRunTable;
  toolkit_resource: ToolkitResourceTable;
  toolkit_resource_translation: ToolkitResourceTranslationTable;
  toolkit_resource_topic: { resource_id: string; topic_code: string };
  toolkit_resource_profession: { resource_id: string; profession: string };
  toolkit_resource_language: { resource_id: string; language: string };
  toolkit_resource_country: { resource_id: string; country: string };
  toolkit_resource_instrument: { resource_id: string; celex: string };
  toolkit_attachment: ToolkitAttachmentTable;
  toolkit_attachment_change: ToolkitAttachmentChangeTable;
  toolkit_resource_version: ToolkitResourceVersionTable;
  toolkit_review: ToolkitReviewTable;
  toolkit_resource_link: ToolkitResourceLinkTable;
  toolkit_resource_revision: ToolkitResourceRevisionTable;
}

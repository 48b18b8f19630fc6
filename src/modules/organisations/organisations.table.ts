import type { Generated } from 'kysely';

/** Kinds of partner organisation in the Knowledge Partnership. */
export const organisationTypes = [
  'judicial-school',
  'police-school',
  'university',
  'ministry',
  'court',
  'prosecution-office',
  'prison-administration',
  'network',
  'ngo',
  'private',
  'other',
] as const;
export type OrganisationType = (typeof organisationTypes)[number];

export interface OrganisationTable {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  type: OrganisationType;
  country: string;
  website: string | null;
  /** 0 or 1 on both dialects. */
  is_provider: Generated<number>;
  is_consortium_member: Generated<number>;
  /** Rows of the demo content set, removed by `jpcoops seed --remove-demo`. */
  is_demo: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface OrganisationTranslationTable {
  organisation_id: string;
  language: string;
  description: string;
}

export interface OrganisationTables {
  organisation: OrganisationTable;
  organisation_translation: OrganisationTranslationTable;
}

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
  /** `<sha256>.<ext>` under `<DATA_DIR>/uploads/logos/`; null without a logo. */
  logo_file: string | null;
  logo_content_type: LogoContentType | null;
  /** 0 or 1 on both dialects. */
  is_provider: Generated<number>;
  is_consortium_member: Generated<number>;
  /** Awards credits though not a university (the European Law Institute); universities always do. */
  awards_credits: Generated<number>;
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

/** What a stored logo may be: checked by its first bytes, never by what the uploader claims. */
export const logoContentTypes = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export type LogoContentType = (typeof logoContentTypes)[number];

/**
 * A multi-agency national contact point: public institutional contact data of a body, not of a person.
 * Users holding the `contact-point` role scoped to `country` act for the contact points of that country.
 */
export interface NationalContactPointTable {
  id: string;
  /** EU country code (`EL` for Greece). */
  country: string;
  organisation_id: string | null;
  /** Name of the body. */
  name: string;
  /** A functional address of the body (never a person's). */
  email: string | null;
  website: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface NationalContactPointTranslationTable {
  contact_point_id: string;
  language: string;
  description: string;
}

export interface OrganisationTables {
  organisation: OrganisationTable;
  organisation_translation: OrganisationTranslationTable;
  national_contact_point: NationalContactPointTable;
  national_contact_point_translation: NationalContactPointTranslationTable;
}

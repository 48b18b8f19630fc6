import { z } from 'zod';
import { locales } from '../../platform/i18n/index.js';
import type { ContactPointRecord } from './contact-points.repo.js';
import type { OrganisationRecord } from './organisations.repo.js';
import { organisationTypes } from './organisations.table.js';

/** The public path of a stored logo; the file name is the content hash, so it can be cached for ever. */
export const logoPath = (file: string) => `/media/logos/${file}`;

const description = {
  description: z.string().nullable().describe('Description in the requested language, else in English.'),
  descriptionLanguage: z
    .string()
    .nullable()
    .describe('Language of `description`: the requested one, or `en` when it falls back.'),
};

export const organisationSchema = z
  .object({
    id: z.string().describe('Stable identifier (UUIDv7).'),
    slug: z.string().describe('Address of the organisation page: `/{lang}/partners/{slug}`.'),
    name: z.string(),
    acronym: z.string().nullable(),
    type: z.enum(organisationTypes).describe('Kind of organisation.'),
    country: z.string().describe('EU country code (`EL` for Greece), or `EU` for bodies of the Union.'),
    website: z.string().nullable(),
    ...description,
    logoUrl: z.string().nullable().describe('Absolute URL of the logo (PNG, JPEG or sanitised SVG).'),
    isConsortiumMember: z.boolean().describe('Member of the JP-COOPS consortium.'),
    isProvider: z.boolean().describe('Provides courses in the joint training catalogue.'),
    awardsCredits: z
      .boolean()
      .describe('An academic body: recognises courses’ credits (every university, and bodies marked so).'),
    url: z.string().describe('Absolute URL of the organisation page, in English.'),
    updatedAt: z.string().describe('Last change, ISO 8601.'),
  })
  .describe('A partner organisation of the Knowledge Partnership.');

export const organisationDetailSchema = organisationSchema
  .extend({
    descriptions: z
      .partialRecord(z.enum(locales), z.string())
      .describe('Every translation of the description, by language.'),
  })
  .describe('A partner organisation with all its descriptions.');

export const contactPointSchema = z
  .object({
    id: z.string(),
    country: z.string().describe('EU country code of the Member State (`EL` for Greece).'),
    name: z.string().describe('Name of the body acting as national contact point.'),
    email: z.string().nullable().describe('Functional address of the body.'),
    website: z.string().nullable(),
    ...description,
    organisation: z
      .object({ id: z.string(), slug: z.string(), name: z.string() })
      .nullable()
      .describe('The partner organisation behind the contact point, when it is one.'),
  })
  .describe('A multi-agency national contact point of the JP-COOPS network.');

export function presentOrganisation(organisation: OrganisationRecord, publicUrl: string) {
  return {
    id: organisation.id,
    slug: organisation.slug,
    name: organisation.name,
    acronym: organisation.acronym,
    type: organisation.type,
    country: organisation.country,
    website: organisation.website,
    description: organisation.description,
    descriptionLanguage: organisation.descriptionLanguage,
    logoUrl: organisation.logoFile ? `${publicUrl}${logoPath(organisation.logoFile)}` : null,
    isConsortiumMember: organisation.isConsortiumMember,
    isProvider: organisation.isProvider,
    awardsCredits: organisation.awardsCredits || organisation.type === 'university',
    url: `${publicUrl}/en/partners/${organisation.slug}`,
    updatedAt: organisation.updatedAt,
  } satisfies z.infer<typeof organisationSchema>;
}

export function presentContactPoint(contactPoint: ContactPointRecord) {
  return {
    id: contactPoint.id,
    country: contactPoint.country,
    name: contactPoint.name,
    email: contactPoint.email,
    website: contactPoint.website,
    description: contactPoint.description,
    descriptionLanguage: contactPoint.descriptionLanguage,
    organisation: contactPoint.organisation
      ? {
          id: contactPoint.organisation.id,
          slug: contactPoint.organisation.slug,
          name: contactPoint.organisation.name,
        }
      : null,
  } satisfies z.infer<typeof contactPointSchema>;
}

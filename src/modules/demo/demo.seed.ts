import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../database.js';
import type { OrganisationType } from '../organisations/index.js';
import { removeDemoCourses, seedDemoCourses, type DemoDeps } from './demo-catalogue.js';
import { removeDemoResources, seedDemoResources } from './demo-toolkit.js';

interface DemoOrganisation {
  slug: string;
  name: string;
  acronym: string | null;
  type: OrganisationType;
  country: string;
  isProvider: boolean;
  isConsortiumMember: boolean;
  description: string;
}

/**
 * Projects are EU-wide (`EU` displays as "European Union"); only the coordinator has a seat.
 * The demo content set: the three projects of the joint training catalogue, two partner networks,
 * the coordinator and the demo courses, flagged `is_demo` so that every page shows it as demo content
 * and it can be removed in one step.
 */
const demoOrganisations: DemoOrganisation[] = [
  {
    slug: 'jp-coops',
    name: 'Judicial and Police Cooperation Preventing Radicalisation Towards Terrorism',
    acronym: 'JP-COOPS',
    type: 'network',
    country: 'EU',
    isProvider: true,
    isConsortiumMember: false,
    description:
      'EU Justice Programme project building a network of multi-agency national contact points and a joint training offer for judges, prosecutors, prison staff and police.',
  },
  {
    slug: 'j-safe',
    name: 'Judicial Strategy Against all Forms of violent Extremism in prison',
    acronym: 'J-SAFE',
    type: 'network',
    country: 'EU',
    isProvider: true,
    isConsortiumMember: false,
    description:
      'Sibling project on violent extremism in prison; source of the digital-forensics and mediation training topics.',
  },
  {
    slug: 'mindb4act',
    name: 'MINDb4ACT',
    acronym: null,
    type: 'network',
    country: 'EU',
    isProvider: true,
    isConsortiumMember: false,
    description: 'Horizon 2020 project and source of the Living Lab method used by the Training Living Labs.',
  },
  {
    slug: 'ejtn',
    name: 'European Judicial Training Network',
    acronym: 'EJTN',
    type: 'network',
    country: 'EU',
    isProvider: true,
    isConsortiumMember: false,
    description:
      'Network of the national judicial training institutions of the EU; offers an annual calendar of seminars for judges and prosecutors, with places allocated per country and applicants selected by national institutions.',
  },
  {
    slug: 'cepol',
    name: 'European Union Agency for Law Enforcement Training',
    acronym: 'CEPOL',
    type: 'network',
    country: 'EU',
    isProvider: true,
    isConsortiumMember: false,
    description:
      'EU agency for law-enforcement training: residential courses, webinars and LEEd e-learning, with applications through the CEPOL National Units.',
  },
  {
    slug: 'university-of-malta',
    name: 'University of Malta',
    acronym: 'UM',
    type: 'university',
    country: 'MT',
    isProvider: false,
    isConsortiumMember: true,
    description: 'Coordinator of the JP-COOPS consortium (EU Justice Programme grant 807032).',
  },
];

export interface DemoContentCount {
  readonly organisations: number;
  readonly courses: number;
  readonly resources: number;
}

/** Adds what is missing of the demo set; seeding twice adds nothing. */
export async function seedDemoContent(deps: DemoDeps): Promise<DemoContentCount> {
  const organisations = await seedDemoOrganisations(deps.db);
  const courses = await seedDemoCourses(deps);
  const resources = await seedDemoResources(deps);
  return { organisations, courses, resources };
}

async function seedDemoOrganisations(db: Kysely<Database>): Promise<number> {
  let added = 0;
  for (const organisation of demoOrganisations) {
    const id = uuidv7();
    const result = await db
      .insertInto('organisation')
      .values({
        id,
        slug: organisation.slug,
        name: organisation.name,
        acronym: organisation.acronym,
        type: organisation.type,
        country: organisation.country,
        website: null,
        is_provider: organisation.isProvider ? 1 : 0,
        is_consortium_member: organisation.isConsortiumMember ? 1 : 0,
        is_demo: 1,
      })
      .onConflict((conflict) => conflict.column('slug').doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) continue;
    await db
      .insertInto('organisation_translation')
      .values({ organisation_id: id, language: 'en', description: organisation.description })
      .execute();
    added += 1;
  }
  return added;
}

/** Courses first: a provider that still has courses cannot be deleted. */
export async function removeDemoContent(deps: DemoDeps): Promise<DemoContentCount> {
  const courses = await removeDemoCourses(deps);
  const resources = await removeDemoResources(deps);
  const result = await deps.db.deleteFrom('organisation').where('is_demo', '=', 1).executeTakeFirst();
  return { organisations: Number(result.numDeletedRows), courses, resources };
}

export async function hasDemoContent(db: Kysely<Database>): Promise<boolean> {
  for (const table of ['organisation', 'course', 'toolkit_resource'] as const) {
    const row = await db.selectFrom(table).select('id').where('is_demo', '=', 1).limit(1).executeTakeFirst();
    if (row) return true;
  }
  return false;
}

const firstStartKey = 'first-start-done';

/** True once, on the very first start of an empty database; later starts never seed again. */
export async function claimFirstStart(db: Kysely<Database>): Promise<boolean> {
  const result = await db
    .insertInto('app_setting')
    .values({ key: firstStartKey, value: new Date().toISOString() })
    .onConflict((conflict) => conflict.column('key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

import type { Migration } from 'kysely';
import * as contactAndSetup from './20261129T0100-contact-and-setup.js';
import * as jobs from './20261129T0200-jobs.js';
import * as search from './20261129T0300-search.js';
import * as organisationsTopicsAccounts from './20261129T0400-organisations-topics-accounts.js';

/** Every migration, in order. Names are timestamps so they sort; a migration is never edited once released. */
export const migrations: Record<string, Migration> = {
  '20261129T0100-contact-and-setup': contactAndSetup,
  '20261129T0200-jobs': jobs,
  '20261129T0300-search': search,
  '20261129T0400-organisations-topics-accounts': organisationsTopicsAccounts,
};

import type { ContactTables } from './modules/contact/contact.table.js';
import type { JobTables } from './platform/jobs/jobs.table.js';
import type { SearchTables } from './platform/search/search.table.js';
import type { SetupTables } from './modules/setup/setup.table.js';

/** Every table of the platform, as Kysely sees them. Each module declares its own tables. */
export interface Database extends ContactTables, JobTables, SearchTables, SetupTables {}

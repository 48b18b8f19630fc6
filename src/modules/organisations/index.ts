export { listOrganisationsWith, type OrganisationSummary } from './organisations.repo.js';
export { organisationTypes, type OrganisationType, type OrganisationTables } from './organisations.table.js';

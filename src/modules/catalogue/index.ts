export { listLivingLabTopics } from './catalogue.repo.js';
export type { CatalogueTables } from './catalogue.table.js';
export { registerCatalogueApi } from './catalogue.api.js';

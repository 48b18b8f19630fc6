export { listLivingLabTopics } from './catalogue.repo.js';
export type { CatalogueTables } from './catalogue.table.js';
export { registerCatalogueApi } from './catalogue.api.js';
export { registerCataloguePages } from './catalogue.pages.js';
export { writeCourse } from './catalogue.service.js';

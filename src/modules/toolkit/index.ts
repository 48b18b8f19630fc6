// The Super Toolkit: resources, contributions, harvests and serving them back. Other modules import only this file.
export type { Resource } from './resource-reads.repo.js';
export { findResource, findResources } from './resource-reads.repo.js';
export { listPublishedResourcesByInstrument, type RelatedResource } from './resources-by-instrument.repo.js';
export type { ResourceRecord, ResourceText } from './resource-record.js';
export { resourceRecordSchema } from './resource-record.js';
export { reindexResources } from './resource-index.js';
export type { ToolkitTables } from './toolkit.table.js';
export { registerOaiRoutes } from './oai/oai.routes.js';
export { registerToolkitFeed } from './atom-feed.js';
export { registerToolkitApi } from './toolkit.api.js';
export { registerToolkitPages } from './toolkit.pages.js';
// Contributions, reviews, versions and attachments.
export { registerContributionApi } from './contribution.api.js';
export { registerContributionPages } from './contribution.pages.js';
export { registerReviewPages } from './review.pages.js';
export { registerAttachmentRoutes } from './attachment.api.js';
// Harvesting (sources, runs, the harvest job, the CLI).
export { createToolkitHarvestJobs } from './harvest/harvest.jobs.js';
export { createToolkitMailJobs } from './toolkit-mail.jobs.js';
export { createToolkitAttachmentJobs } from './attachment.jobs.js';
export { registerHarvestApi } from './harvest/harvest.api.js';
export { registerHarvestPages } from './harvest/harvest.pages.js';
export { HarvestUsageError, harvestUsage, runHarvestCommand } from './harvest/harvest.cli.js';
export { insertResource, markResourceDeleted } from './resource-writes.repo.js';

export { listLivingLabTopics } from './catalogue.repo.js';
/** For the legal instruments reference: the courses on one instrument. */
export { listPublishedCoursesByInstrument, type CourseOnInstrument } from './course-instrument.repo.js';
export type { CatalogueTables } from './catalogue.table.js';
export { registerCatalogueApi } from './catalogue.api.js';
export { registerCataloguePages } from './catalogue.pages.js';
export { registerCourseManagementPages } from './course-management.pages.js';
export { writeCourse } from './catalogue.service.js';
export { importCoursesFromCli } from './course-import.cli.js';
export { registerCourseImportPages } from './course-import.pages.js';
export { courseImportRetentionDays, deleteCourseImportsBefore } from './course-import.repo.js';
export type { CourseImportTables } from './course-import.table.js';
export { localDate } from './course-dates.js';
export { sessionCalendar } from './catalogue-ical.js';

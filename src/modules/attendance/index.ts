export {
  renderAttendanceSheet,
  type AttendanceSheetInput,
  type AttendanceSheetParticipant,
  type AttendanceSheetSession,
} from './attendance-sheet.pdf.js';
export { registerAttendanceApi } from './attendance.api.js';
export { registerAttendancePages } from './attendance-register.pages.js';
export type { AttendanceTables } from './attendance.table.js';
export { getAttendanceRegister, updateAttendanceRegister } from './attendance-register.service.js';
export type { AttendanceRegister, RegisterChanges } from './attendance-register.schema.js';
/** Completion records, for the credentials that turn them into certificates. */
export { listCompletionRecords, type CompletionRecord } from './completion-records.repo.js';

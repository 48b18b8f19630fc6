export {
  renderAttendanceSheet,
  type AttendanceSheetInput,
  type AttendanceSheetParticipant,
  type AttendanceSheetSession,
} from './attendance-sheet.pdf.js';
export { registerAttendanceApi } from './attendance.api.js';

/** Whether a participant was there on one local day of a session (1) or not (0). */
export interface AttendanceMarkTable {
  application_id: string;
  /** `YYYY-MM-DD`, one of the session's local days. */
  day: string;
  present: number;
  marked_by_user_id: string | null;
  marked_at: string;
}

/** The result of the course's assessment for one participant (1 passed, 0 failed). */
export interface AttendanceAssessmentTable {
  application_id: string;
  passed: number;
  recorded_by_user_id: string | null;
  recorded_at: string;
}

/** A participant who met the course's completion rule: what the credentials turn into certificates. */
export interface CompletionRecordTable {
  id: string;
  /** Null once the person's account was erased; the record stays, under `pseudonym_id`. */
  application_id: string | null;
  user_id: string | null;
  pseudonym_id: string | null;
  course_id: string;
  session_id: string;
  hours: number;
  attended_days: number;
  total_days: number;
  /** 1 passed, 0 failed, null when no assessment was recorded. */
  assessment_passed: number | null;
  completed_at: string;
}

export interface AttendanceTables {
  attendance_mark: AttendanceMarkTable;
  attendance_assessment: AttendanceAssessmentTable;
  completion_record: CompletionRecordTable;
}

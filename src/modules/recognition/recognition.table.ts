import type { Generated } from 'kysely';
import { creditSystems } from '../catalogue/catalogue.table.js';

/**
 * Credit systems an academic body may recognise a course in: the catalogue's (ECTS, UFC), plus
 * continuing professional development credits (CPD), which only recognitions carry.
 */
export const recognitionCreditSystems = [...creditSystems, 'CPD'] as const;
export type RecognitionCreditSystem = (typeof recognitionCreditSystems)[number];

/** An academic body's recognition of a course's credits; withdrawn, never deleted. */
export interface CourseRecognitionTable {
  id: string;
  course_id: string;
  /** An academic body: a university, or an organisation with `awards_credits`. */
  organisation_id: string;
  credit_system: RecognitionCreditSystem;
  amount: number;
  /** What the learner must do, as the body words it ("assessment passed"). */
  conditions: string;
  /** First valid day, `YYYY-MM-DD`. */
  valid_from: string;
  /** Last valid day, `YYYY-MM-DD`; null while open-ended. */
  valid_until: string | null;
  /** Null after the recorder's erasure. */
  recorded_by_user_id: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
  withdrawn_at: string | null;
}

export interface RecognitionTables {
  course_recognition: CourseRecognitionTable;
}

import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { findActiveRecognitions } from './recognition.repo.js';
import type { RecognitionCreditSystem } from './recognition.table.js';

/** A recognition in force, as a credential carries it (awarding body and credits). */
export interface ActiveRecognition {
  readonly organisationName: string;
  /** The body's own website, when it has one. */
  readonly organisationUrl?: string;
  readonly creditSystem: RecognitionCreditSystem;
  readonly amount: number;
  readonly conditions: string;
  /** `YYYY-MM-DD`. */
  readonly validFrom: string;
  /** `YYYY-MM-DD`, or null while open-ended. */
  readonly validUntil: string | null;
}

/**
 * The recognitions of a course in force on `at`'s day (UTC): within their validity and not withdrawn.
 * For the credentials issued for a completion, which carry the credits academic bodies recognise.
 */
export async function listActiveRecognitions(
  db: Kysely<Database>,
  courseId: string,
  at: Date,
): Promise<ActiveRecognition[]> {
  const records = await findActiveRecognitions(db, courseId, at, 'en');
  return records.map((record) => ({
    organisationName: record.organisationName,
    ...(record.organisationWebsite ? { organisationUrl: record.organisationWebsite } : {}),
    creditSystem: record.creditSystem,
    amount: record.amount,
    conditions: record.conditions,
    validFrom: record.validFrom,
    validUntil: record.validUntil,
  }));
}

import type { Profession, Sex } from '../accounts/index.js';

/**
 * Optional consents, each recorded with the version of the privacy policy it was given under. Giving
 * adds a row; withdrawing closes it (`withdrawn_at`), so the history of what was agreed stays provable.
 */
export interface ConsentTable {
  id: string;
  user_id: string;
  kind: string;
  policy_version: string;
  given_at: string;
  withdrawn_at: string | null;
}

/**
 * Stands in for an erased person where a record must stay (attendance counted for EU reporting): it
 * keeps profession, country and sex, and nothing that leads back to the account. Its id is a random
 * UUID (v4, not the time-ordered v7) and it has no timestamp, so it cannot be matched to the erasure
 * by time either.
 */
export interface PersonPseudonymTable {
  id: string;
  profession: Profession | null;
  country: string | null;
  sex: Sex | null;
}

export interface PrivacyTables {
  consent: ConsentTable;
  person_pseudonym: PersonPseudonymTable;
}

import type { Generated } from 'kysely';

/** Topics of the catalogue; the five Training Living Lab topics are seeded by migration. */
export interface TopicTable {
  code: string;
  position: number;
  is_living_lab: number;
}

export const courseFormats = ['face-to-face', 'online', 'blended', 'self-paced'] as const;
export type CourseFormat = (typeof courseFormats)[number];
export const courseLevels = ['initial', 'continuing'] as const;
export type CourseLevel = (typeof courseLevels)[number];
export const courseStatuses = ['draft', 'published', 'archived'] as const;
export type CourseStatus = (typeof courseStatuses)[number];
/** Credit systems are stored separately: there is no standard mapping between UFC and ECTS. */
export const creditSystems = ['ECTS', 'UFC'] as const;
export type CreditSystem = (typeof creditSystems)[number];
export const sessionStatuses = ['planned', 'open', 'closed', 'cancelled'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

export interface CourseTable {
  id: string;
  /** An organisation with `is_provider`. */
  provider_id: string;
  slug: string;
  /** The provider's own identifier, unique per provider; re-imports update by it. */
  external_id: string | null;
  /** The language the course was written in: the fallback for missing translations. */
  source_language: string;
  format: CourseFormat;
  level: CourseLevel;
  hours: number;
  /** Null: free. */
  fee_amount: number | null;
  /** ISO 4217, with `fee_amount`. */
  fee_currency: string | null;
  status: Generated<CourseStatus>;
  is_demo: Generated<number>;
  /** Completion rule: the share of the session's days attended, at least (default 80). */
  completion_min_attendance_percent: Generated<number>;
  /** Completion rule: 1 when a passed assessment is needed too. */
  assessment_required: Generated<number>;
  published_at: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** Texts of a course in one language; the description is Markdown, rendered and sanitised on display. */
export interface CourseTranslationTable {
  course_id: string;
  language: string;
  title: string;
  summary: string;
  description: string;
  learning_outcomes: string;
  prerequisites: string;
}

export interface CourseTopicTable {
  course_id: string;
  topic_code: string;
}

export interface CourseProfessionTable {
  course_id: string;
  profession: string;
}

/** Legal instruments by CELEX number (`32008F0909`). */
export interface CourseInstrumentTable {
  course_id: string;
  celex: string;
}

/** Languages of the teaching (ISO 639-1). */
export interface CourseLanguageTable {
  course_id: string;
  language: string;
}

export interface CourseCreditTable {
  course_id: string;
  position: number;
  system: CreditSystem;
  amount: number;
  awarding_body: string;
}

export interface CourseSessionTable {
  id: string;
  course_id: string;
  starts_at: string;
  ends_at: string;
  /** IANA time zone of the venue (or of the organiser, online). */
  time_zone: string;
  venue: string | null;
  city: string | null;
  /** EU country code (`EL` for Greece). */
  country: string | null;
  online_url: string | null;
  language: string;
  capacity: number | null;
  application_deadline: string | null;
  selection_deadline: string | null;
  status: Generated<SessionStatus>;
  /** When the attendance register was closed; null while it is open. */
  attendance_closed_at: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** Places reserved for applicants of one country (as EJTN allocates them). */
export interface CourseSessionQuotaTable {
  session_id: string;
  country: string;
  places: number;
}

export interface CourseSessionTrainerTable {
  session_id: string;
  user_id: string;
}

export interface CatalogueTables {
  topic: TopicTable;
  course: CourseTable;
  course_translation: CourseTranslationTable;
  course_topic: CourseTopicTable;
  course_profession: CourseProfessionTable;
  course_instrument: CourseInstrumentTable;
  course_language: CourseLanguageTable;
  course_credit: CourseCreditTable;
  course_session: CourseSessionTable;
  course_session_quota: CourseSessionQuotaTable;
  course_session_trainer: CourseSessionTrainerTable;
}

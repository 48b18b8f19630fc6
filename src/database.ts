import type { AccountTables } from './modules/accounts/accounts.table.js';
import type { ApplicationTables } from './modules/applications/applications.table.js';
import type { EnrolmentTables } from './modules/applications/enrolment.table.js';
import type { ApiTokensTables } from './modules/api-tokens/api-tokens.table.js';
import type { AttendanceTables } from './modules/attendance/attendance.table.js';
import type { CatalogueTables } from './modules/catalogue/catalogue.table.js';
import type { LegalTables } from './modules/legal/legal.table.js';
import type { CredentialTables } from './modules/credentials/credentials.table.js';
import type { CourseImportTables } from './modules/catalogue/course-import.table.js';
import type { ContactTables } from './modules/contact/contact.table.js';
import type { OrganisationTables } from './modules/organisations/organisations.table.js';
import type { PrivacyTables } from './modules/privacy/privacy.table.js';
import type { RecognitionTables } from './modules/recognition/recognition.table.js';
import type { SetupTables } from './modules/setup/setup.table.js';
import type { ToolkitTables } from './modules/toolkit/toolkit.table.js';
import type { TwoFactorTables } from './modules/two-factor/two-factor.table.js';
import type { IdempotencyTables } from './platform/http/idempotency.js';
import type { AuditTables } from './platform/audit/audit.table.js';
import type { JobTables } from './platform/jobs/jobs.table.js';
import type { RateLimitTables } from './platform/rate-limit/rate-limit.table.js';
import type { SearchTables } from './platform/search/search.table.js';
import type { SessionTables } from './platform/sessions/sessions.table.js';

/** Every table of the platform, as Kysely sees them. Each module declares its own tables. */
export interface Database
  extends
    AccountTables,
    ApiTokensTables,
    ApplicationTables,
    AttendanceTables,
    AuditTables,
    CatalogueTables,
    CourseImportTables,
    CredentialTables,
    EnrolmentTables,
    ContactTables,
    IdempotencyTables,
    JobTables,
    LegalTables,
    OrganisationTables,
    PrivacyTables,
    RateLimitTables,
    RecognitionTables,
    SearchTables,
    SessionTables,
    SetupTables,
    ToolkitTables,
    TwoFactorTables {}

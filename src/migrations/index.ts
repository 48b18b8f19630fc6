import type { Migration } from 'kysely';
import * as contactAndSetup from './20261129T0100-contact-and-setup.js';
import * as jobs from './20261129T0200-jobs.js';
import * as search from './20261129T0300-search.js';
import * as organisationsTopicsAccounts from './20261129T0400-organisations-topics-accounts.js';
import * as accountsAndSessions from './20261129T0500-accounts-and-sessions.js';
import * as twoFactor from './20261129T0520-two-factor.js';
import * as organisations from './20261129T0530-organisations.js';
import * as privacy from './20261129T0540-privacy.js';
import * as apiTokens from './20261129T0550-api-tokens.js';
import * as catalogue from './20261129T0600-catalogue.js';
import * as searchChanges from './20261129T0610-search-changes.js';
import * as courseImport from './20261129T0620-course-import.js';
import * as applications from './20261129T0700-applications.js';
import * as attendance from './20261129T0710-attendance.js';
import * as enrolmentInvitations from './20261129T0720-enrolment-invitations.js';
import * as applicationMessages from './20261129T0730-application-messages.js';
import * as credentials from './20261129T0800-credentials.js';
import * as courseRecognition from './20261129T0810-course-recognition.js';
import * as toolkit from './20261129T0900-toolkit.js';
import * as legalInstruments from './20261129T0910-legal-instruments.js';
import * as toolkitDemo from './20261129T0920-toolkit-demo.js';
import * as toolkitRevisions from './20261129T0930-toolkit-revisions.js';
import * as toolkitHarvestNotes from './20261129T0940-toolkit-harvest-notes.js';
import * as toolkitAttachmentChanges from './20261129T0950-toolkit-attachment-changes.js';
import * as searchFacetLookup from './20261129T0990-search-facet-lookup.js';

/** Every migration, in order. Names are timestamps so they sort; a migration is never edited once released. */
export const migrations: Record<string, Migration> = {
  '20261129T0100-contact-and-setup': contactAndSetup,
  '20261129T0200-jobs': jobs,
  '20261129T0300-search': search,
  '20261129T0400-organisations-topics-accounts': organisationsTopicsAccounts,
  '20261129T0500-accounts-and-sessions': accountsAndSessions,
  '20261129T0520-two-factor': twoFactor,
  '20261129T0530-organisations': organisations,
  '20261129T0540-privacy': privacy,
  '20261129T0550-api-tokens': apiTokens,
  '20261129T0600-catalogue': catalogue,
  '20261129T0610-search-changes': searchChanges,
  '20261129T0620-course-import': courseImport,
  '20261129T0700-applications': applications,
  '20261129T0710-attendance': attendance,
  '20261129T0720-enrolment-invitations': enrolmentInvitations,
  '20261129T0730-application-messages': applicationMessages,
  '20261129T0800-credentials': credentials,
  '20261129T0810-course-recognition': courseRecognition,
  '20261129T0900-toolkit': toolkit,
  '20261129T0910-legal-instruments': legalInstruments,
  '20261129T0920-toolkit-demo': toolkitDemo,
  '20261129T0930-toolkit-revisions': toolkitRevisions,
  '20261129T0940-toolkit-harvest-notes': toolkitHarvestNotes,
  '20261129T0950-toolkit-attachment-changes': toolkitAttachmentChanges,
  '20261129T0990-search-facet-lookup': searchFacetLookup,
};

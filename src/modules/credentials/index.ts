export { registerCredentialsApi } from './credentials.api.js';
export { registerMyCredentialsApi } from './my-credentials.api.js';
export { registerMyCredentialsPages } from './my-credentials.pages.js';
export { registerSessionCredentialPages } from './session-credentials.pages.js';
export { registerVerifyApi } from './verify.api.js';
export { registerVerifyPages } from './verify.pages.js';
export { createCredentialJobs } from './credentials.jobs.js';
export type { CredentialTables } from './credentials.table.js';
export {
  issueCredential,
  issueForCompletions,
  readCredential,
  revokeCredential,
  type IssuedCredential,
} from './credentials.service.js';
export {
  verifyCredential,
  type FailureReason,
  type VerificationCheck,
  type VerificationResult,
} from './credential-verification.js';
export { runKeysCommand } from './keys.cli.js';
export { loadDidDocument, signedStatusList } from './issuer-documents.js';
export { issuerDid } from './did-web.js';
export { credentialUrl, statusListUrl, type CreditAward } from './open-badge.js';

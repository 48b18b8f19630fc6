export { registerRecognitionApi, presentRecognition } from './recognition.api.js';
export { registerRecognitionPages } from './recognition.pages.js';
export type { RecognitionTables, RecognitionCreditSystem } from './recognition.table.js';
export { recognitionCreditSystems } from './recognition.table.js';
/** For the credentials issued after a recognition: the credits academic bodies recognise, in force. */
export { listActiveRecognitions, type ActiveRecognition } from './recognition.reader.js';
export { findActiveRecognitions, type RecognitionRecord } from './recognition.repo.js';
export { RecognisedCredits } from './recognition.views.js';

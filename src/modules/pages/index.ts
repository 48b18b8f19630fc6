export { registerPublicPages } from './pages.pages.js';

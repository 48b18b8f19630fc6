export { claimFirstStart, hasDemoContent, removeDemoContent, seedDemoContent } from './demo.seed.js';

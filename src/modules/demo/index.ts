export {
  claimFirstStart,
  hasDemoContent,
  removeDemoContent,
  seedDemoContent,
  type DemoContentCount,
} from './demo.seed.js';
export type { DemoDeps } from './demo-catalogue.js';

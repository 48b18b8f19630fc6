import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../package.json');

/** The platform's version, from package.json (works from both `src/` and `dist/`). */
export const packageVersion: string = (
  JSON.parse(fs.readFileSync(packageFile, 'utf8')) as { version: string }
).version;

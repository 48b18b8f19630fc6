#!/usr/bin/env node
// The `jpcoops` command. Runs the compiled CLI (built by `npm install`, `npm start` or `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(compiled))) {
  process.stderr.write('jpcoops: the platform is not built yet; run `npm run build` first.\n');
  process.exit(1);
}
await import(compiled.href);

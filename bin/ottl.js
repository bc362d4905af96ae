#!/usr/bin/env node
// The CLI bundled by `npm run build` (a few files: starts several times faster), else the compiled modules.
import { existsSync } from 'node:fs';

const bundled = new URL('../dist/bundle/cli/main.js', import.meta.url);
import(existsSync(bundled) ? bundled.href : '../dist/src/cli/main.js').then((m) => m.main(process.argv)).catch((err) => {
  process.stderr.write(`ottl: ${err && err.stack ? err.stack : err}\n`);
  process.exitCode = 2;
});

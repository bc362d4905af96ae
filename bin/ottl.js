#!/usr/bin/env node
// The CLI as bundled by `npm run build` (a few files: it starts several times faster), unless the
// compiled modules are newer (a `tsc`-only rebuild); then those.
import { statSync } from 'node:fs';

const bundled = new URL('../dist/bundle/cli/main.js', import.meta.url);
const compiled = new URL('../dist/src/cli/main.js', import.meta.url);
const mtime = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;
import(mtime(bundled) >= mtime(compiled) ? bundled.href : compiled.href).then((m) => m.main(process.argv)).catch((err) => {
  process.stderr.write(`ottl: ${err && err.stack ? err.stack : err}\n`);
  process.exitCode = 2;
});

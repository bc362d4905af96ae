#!/usr/bin/env node
// The CLI as bundled by `npm run build` (a few files: it starts several times faster), unless the
// compiled modules are newer (a `tsc`-only rebuild); then those.
import { statSync } from 'node:fs';
import module from 'node:module';

// Node 22.1+ keeps V8's compiled code of the modules on disk between runs (in the system's temporary
// folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off): most of the command's start-up is V8 compiling
// the bundle. Node 20 has no such cache.
module.enableCompileCache?.();

const bundled = new URL('../dist/bundle/cli/main.js', import.meta.url);
const compiled = new URL('../dist/src/cli/main.js', import.meta.url);
const mtime = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;
import(mtime(bundled) >= mtime(compiled) ? bundled.href : compiled.href).then((m) => m.main(process.argv)).catch((err) => {
  process.stderr.write(`ottl: ${err && err.stack ? err.stack : err}\n`);
  process.exitCode = 2;
});

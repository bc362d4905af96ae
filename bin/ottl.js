#!/usr/bin/env node
import('../dist/src/cli/main.js').then((m) => m.main(process.argv)).catch((err) => {
  process.stderr.write(`ottl: ${err && err.stack ? err.stack : err}\n`);
  process.exitCode = 2;
});

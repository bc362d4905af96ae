#!/usr/bin/env node
/**
 * Bundles the compiled CLI (`dist/src/cli/main.js`, from `tsc`) and its dependencies into
 * `dist/bundle/cli/`, which `bin/ottl.js` loads when present: loading a few files starts the
 * command several times faster than resolving the hundreds of modules behind it (chevrotain's
 * lodash-es alone is hundreds). Code the CLI imports dynamically stays in its own chunks, so a
 * command still loads only what it needs.
 *
 * The folder is three levels below the package root, like `dist/src/cli/`, so paths the CLI
 * resolves from its own location (package.json, the built playground) stay the same.
 *
 * Usage: node scripts/bundle-cli.mjs (run by `npm run build`, after tsc)
 */
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bundle', 'cli');

await rm(outdir, { recursive: true, force: true });
await build({
  // The `--jobs` worker thread's module is an entry too: the CLI starts it from `./worker.js`
  // next to its own code, which in the bundle is this folder.
  entryPoints: { main: join(root, 'dist', 'src', 'cli', 'main.js'), worker: join(root, 'dist', 'src', 'cli', 'stream', 'worker.js') },
  outdir,
  bundle: true,
  // ESM chunks: top-level await (the xxHash WebAssembly set-up) stays native, and dynamic imports
  // become chunks loaded on demand.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Dependencies' ES module builds where they have one: they tree-shake (hash-wasm's UMD build
  // would bring every hash it has).
  mainFields: ['module', 'main'],
  minifyWhitespace: true,
  minifySyntax: true,
  // Bundled CommonJS dependencies (commander) call require() for Node's built-ins.
  banner: { js: "import { createRequire as __ottlCreateRequire } from 'node:module'; const require = __ottlCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});

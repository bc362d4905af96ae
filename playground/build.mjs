#!/usr/bin/env node
/**
 * Builds the playground into static files (default `dist/playground/`): `index.html`, `app.js`,
 * `app.css`. The OTTL engine is bundled into `app.js` and runs in the page.
 *
 * The library targets Node; three built-ins it imports are replaced for the browser by the small
 * modules in `shims/` (node:crypto, node:fs for the embedded user-agent database, node:module), and
 * iconv-lite's `Buffer` comes from the `buffer` package. The contexts' paths and enum names, which
 * the public API does not list, are computed here at build time (vocabulary.ts) and embedded as JSON.
 *
 * Usage: node playground/build.mjs [outdir]
 */
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const SHIMS = { 'node:crypto': 'crypto.ts', 'node:fs': 'fs.ts', 'node:module': 'module.ts', string_decoder: 'string_decoder.ts' };

/** Runs vocabulary.ts in Node (bundled to a temporary file) and returns its JSON. */
async function computeVocabulary() {
  const out = join(tmpdir(), `ottl-vocabulary-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [join(here, 'vocabulary.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    packages: 'external',
    logLevel: 'silent',
  });
  try {
    const mod = await import(pathToFileURL(out).href);
    return mod.vocabulary();
  } finally {
    await rm(out, { force: true });
  }
}

/** The esbuild plugin that swaps Node built-ins for the shims and serves the vocabulary. */
function browserShims(vocabularyJson) {
  return {
    name: 'ottl-browser-shims',
    setup(b) {
      b.onResolve({ filter: /^(node:(crypto|fs|module)|string_decoder)$/ }, (args) => ({ path: join(here, 'shims', SHIMS[args.path]) }));
      b.onResolve({ filter: /^virtual:vocabulary$/ }, () => ({ path: 'vocabulary', namespace: 'ottl-vocabulary' }));
      b.onLoad({ filter: /.*/, namespace: 'ottl-vocabulary' }, () => ({ contents: vocabularyJson, loader: 'json' }));
    },
  };
}

/**
 * Builds the page into `outdir`; returns the files' sizes (raw and gzip, bytes).
 * @param {{ outdir?: string, minify?: boolean }} [options]
 */
export async function buildPlayground(options = {}) {
  const outdir = resolve(options.outdir ?? join(here, '..', 'dist', 'playground'));
  await mkdir(outdir, { recursive: true });
  const vocabularyJson = JSON.stringify(await computeVocabulary());
  await build({
    entryPoints: { app: join(here, 'src', 'main.ts') },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: ['chrome110', 'firefox115', 'safari16'],
    outdir,
    minify: options.minify ?? true,
    sourcemap: false,
    legalComments: 'none',
    loader: { '.yaml': 'text', '.json': 'json' },
    plugins: [browserShims(vocabularyJson)],
    define: { 'process.env.NODE_ENV': '"production"' },
    inject: [join(here, 'shims', 'buffer-global.ts')],
    logLevel: 'warning',
  });
  await copyFile(join(here, 'index.html'), join(outdir, 'index.html'));
  await copyFile(join(here, 'style.css'), join(outdir, 'app.css'));
  // `ottl playground --config/--input` serves its own; a hosted copy starts from the first sample.
  await writeFile(join(outdir, 'preload.json'), '{}\n');
  const sizes = {};
  for (const f of ['index.html', 'app.js', 'app.css']) {
    const data = await readFile(join(outdir, f));
    sizes[f] = { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
  }
  await writeFile(join(outdir, 'sizes.json'), JSON.stringify(sizes, null, 2) + '\n');
  return { outdir, sizes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { outdir, sizes } = await buildPlayground({ outdir: process.argv[2] });
  let raw = 0;
  let gz = 0;
  for (const [f, s] of Object.entries(sizes)) {
    raw += s.raw;
    gz += s.gzip;
    console.log(`${f.padEnd(10)} ${(s.raw / 1024).toFixed(1).padStart(8)} KiB  gzip ${(s.gzip / 1024).toFixed(1).padStart(7)} KiB`);
  }
  console.log(`${'total'.padEnd(10)} ${(raw / 1024).toFixed(1).padStart(8)} KiB  gzip ${(gz / 1024).toFixed(1).padStart(7)} KiB  → ${outdir}`);
}

/**
 * `ottl test FILE…`: runs rule unit tests kept next to a collector config (format: docs/testing.md)
 * and reports each test as passed or failed, with what differed; exits 1 when any test failed.
 * `--update` writes the current output as the expected one.
 */
import type { Command } from 'commander';
import { CliError } from '../main.js';
import { paintFor } from '../render.js';
import { runTestFile, type RunTestsOptions } from '../test/runner.js';
import { loadTestFile } from '../test/spec.js';

/** The options of `ottl test`. */
export interface TestCliOptions {
  update?: boolean;
  processor?: string;
  pipeline?: string;
  featureGates?: string;
}

/** Runs the test files; sets exit code 1 when a test failed. */
export async function runTests(files: readonly string[], options: TestCliOptions): Promise<{ passed: number; failed: number }> {
  const run: RunTestsOptions = { ...options, paint: paintFor(process.stdout) };
  let passed = 0;
  let failed = 0;
  const write = (text: string) => void process.stdout.write(text);
  for (const path of files) {
    let file;
    try {
      file = loadTestFile(path);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      write(`${run.paint!.red('✗')} ${e.message}\n`);
      failed++;
      continue;
    }
    const r = runTestFile(file, run, write);
    passed += r.passed;
    failed += r.failed;
  }
  const summary = `${passed} passed, ${failed} failed`;
  write(`\n${failed > 0 ? run.paint!.red(summary) : run.paint!.green(summary)}\n`);
  if (failed > 0) process.exitCode = 1;
  return { passed, failed };
}

/** Registers the `test` command. */
export function register(program: Command): void {
  program
    .command('test')
    .description('run rule unit tests: inputs and expected outputs or assertions, kept next to a config (see docs/testing.md)')
    .argument('<files...>', 'test files (YAML)')
    .option('-u, --update', 'write the current output as the expected output of tests that compare whole outputs')
    .option('-p, --processor <name>', 'which processor of a collector config to test (overrides the file)')
    .option('--pipeline <name>', "run a collector pipeline's transform and filter processors in order, e.g. logs/main (overrides the file)")
    .option('--feature-gates <list>', 'feature gates to enable or disable (overrides the file)')
    .action(async (files: string[], opts: TestCliOptions) => {
      await runTests(files, opts);
    });
}

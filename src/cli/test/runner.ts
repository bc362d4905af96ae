/**
 * Runs the tests of one file and reports like a test runner: a line per test, and under a failing
 * test what differed (expected → actual), which assertion was false on which record, or which
 * error was expected.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { decodeDocuments, DecodeError, encodeDocument, FeatureGates, PropagatedError, type Logger, type TelemetryDocument } from '../../api/index.js';
import { CliError } from '../main.js';
import { diffUnits, recordUnits, type RecordUnit } from '../records.js';
import { PLAIN, prettyJson, renderDiff, type Paint } from '../render.js';
import { checkAssertions } from './assertions.js';
import type { TestCase, TestFile } from './spec.js';
import { planStages, type StagePlan } from './stages.js';

/** Options of a test run. */
export interface RunTestsOptions {
  readonly update?: boolean;
  readonly processor?: string;
  readonly pipeline?: string;
  readonly featureGates?: string;
  readonly paint?: Paint;
  /** Where notices go (skipped processors); stderr by default. */
  readonly notice?: (line: string) => void;
}

/** What one test found. */
export interface TestOutcome {
  readonly name: string;
  readonly passed: boolean;
  /** Lines explaining a failure (without indentation), whole-output differences aside. */
  readonly details: readonly string[];
  /** Lines showing how the output differs from the expected output (what `--update` fixes). */
  readonly outputDetails: readonly string[];
  /** The documents after the run (for `--update`), or null when the run failed. */
  readonly output: readonly TelemetryDocument[] | null;
}

/** The lowest-level records, the ones `dropped:` counts. */
const ITEM_CONTEXTS = new Set(['log', 'span', 'datapoint']);

function gatesOf(spec: string | undefined): FeatureGates {
  try {
    return FeatureGates.parse(spec);
  } catch (e) {
    throw new CliError(`ottl test: feature gates: ${(e as Error).message}`, 2);
  }
}

/** Runs one test against a planned set of processors. */
export function runTestCase(test: TestCase, plan: StagePlan, warnings: string[], gates: FeatureGates, paint: Paint = PLAIN): TestOutcome {
  const details: string[] = [];
  let docs: TelemetryDocument[];
  try {
    docs = decodeDocuments(test.input.text, test.input.name);
  } catch (e) {
    if (e instanceof DecodeError) return { name: test.name, passed: false, details: [`input: ${e.message}`], outputDetails: [], output: null };
    throw e;
  }
  const mismatch = plan.signal === null ? undefined : docs.find((d) => d.signal !== plan.signal);
  if (mismatch) return { name: test.name, passed: false, details: [`the pipeline takes ${plan.signal}, but the input holds ${mismatch.signal}`], outputDetails: [], output: null };
  const inputItems = docs.flatMap((d) => recordUnits(d).filter((u) => ITEM_CONTEXTS.has(u.context)));
  warnings.length = 0;
  let failure: string | null = null;
  try {
    for (const doc of docs) for (const s of plan.stages) s.run(doc);
  } catch (e) {
    if (!(e instanceof PropagatedError)) throw e;
    failure = e.message;
  }
  const ruleErrors = failure === null ? [...warnings] : [failure, ...warnings];
  if (test.error !== undefined) {
    const found = test.error === true ? ruleErrors.length > 0 : ruleErrors.some((m) => m.includes(test.error as string));
    if (!found) {
      details.push(test.error === true ? 'expected a rule to fail, but none did' : `expected a rule to fail with ${JSON.stringify(test.error)}`);
      for (const m of ruleErrors) details.push(`  got: ${m}`);
    }
  } else if (failure !== null) {
    details.push(`a rule failed: ${failure}`);
  }
  if (failure !== null) return { name: test.name, passed: details.length === 0, details, outputDetails: [], output: null };

  const outputUnits = docs.map((d) => recordUnits(d));
  if (test.dropped !== undefined) details.push(...checkDropped(test.dropped, inputItems, outputUnits.flat()));
  const failures = checkAssertions(test.expect, outputUnits.flat(), gates);
  for (const f of failures) {
    details.push(`expect ${paint.yellow(f.assertion)}: ${f.problem}`);
    for (const r of f.records.slice(0, 5)) {
      details.push(`  ${paint.bold(r.label)}`);
      for (const field of r.fields) details.push(`    ${field}`);
    }
    if (f.records.length > 5) details.push(`  … and ${f.records.length - 5} more`);
  }
  const outputDetails: string[] = [];
  if (test.output !== undefined) outputDetails.push(...compareOutput(test, docs, outputUnits, paint));
  else if (test.outputFile !== undefined) outputDetails.push(`${relative(process.cwd(), test.outputFile)} does not exist yet; run with --update to write it`);
  return { name: test.name, passed: details.length === 0 && outputDetails.length === 0, details, outputDetails, output: docs };
}

function checkDropped(expected: number | readonly number[], inputItems: readonly RecordUnit[], output: readonly RecordUnit[]): string[] {
  const kept = new Set(output.map((u) => u.item));
  const droppedAt = inputItems.flatMap((u, i) => (kept.has(u.item) ? [] : [i + 1]));
  if (typeof expected === 'number') {
    return droppedAt.length === expected ? [] : [`expected ${expected} records dropped, got ${droppedAt.length}${droppedAt.length ? ` (input records ${droppedAt.join(', ')})` : ''}`];
  }
  const want = [...expected].sort((a, b) => a - b);
  return want.join(',') === droppedAt.join(',') ? [] : [`expected input records [${want.join(', ')}] dropped, got [${droppedAt.join(', ')}]`];
}

function compareOutput(test: TestCase, docs: readonly TelemetryDocument[], actualUnits: readonly RecordUnit[][], paint: Paint): string[] {
  let expected: TelemetryDocument[];
  try {
    expected = test.output!.trim() === '' ? [] : decodeDocuments(test.output!, test.outputFile ?? `${test.name} (output)`);
  } catch (e) {
    if (e instanceof DecodeError) return [`output: ${e.message}`];
    throw e;
  }
  const lines: string[] = [];
  if (expected.length !== docs.length) lines.push(`expected ${expected.length} output documents, got ${docs.length}`);
  for (let i = 0; i < Math.min(expected.length, docs.length); i++) {
    const diffs = diffUnits(recordUnits(expected[i]!), actualUnits[i]!);
    if (diffs.length === 0) continue;
    lines.push(`output differs${docs.length > 1 ? ` in document ${i + 1}` : ''} (expected → actual):`);
    lines.push(...renderDiff(diffs, paint, { beforeOnly: 'expected, but missing', afterOnly: 'not expected' }, '  ').trimEnd().split('\n'));
  }
  return lines;
}

/** Runs every test of a file and prints the report; returns how many passed and failed. */
export function runTestFile(file: TestFile, options: RunTestsOptions, write: (text: string) => void): { passed: number; failed: number } {
  const paint = options.paint ?? PLAIN;
  const gates = gatesOf(options.featureGates ?? file.featureGates);
  const warnings: string[] = [];
  const logger: Logger = { warn: (message, fields) => void warnings.push([message, ...Object.entries(fields).map(([k, v]) => `${k}: ${String(v)}`)].join('; ')) };
  const name = relative(process.cwd(), file.path) || file.path;
  // A selection on the command line replaces the file's, whichever of the two it is.
  const pipeline = options.pipeline ?? (options.processor ? undefined : file.pipeline);
  const processor = options.processor ?? (options.pipeline ? undefined : file.processor);
  write(`${paint.bold(name)} (${relative(process.cwd(), file.config)}${pipeline ? `, pipeline ${pipeline}` : processor ? `, ${processor}` : ''})\n`);
  let plan: StagePlan;
  try {
    const text = readFileSync(file.config, 'utf8');
    plan = planStages(text, relative(process.cwd(), file.config), { ...(processor ? { processor } : {}), ...(pipeline ? { pipeline } : {}) }, { gates, logger });
  } catch (e) {
    const message = e instanceof CliError ? e.message : (e as NodeJS.ErrnoException).code ? `cannot read ${file.config}: ${(e as NodeJS.ErrnoException).code}` : null;
    if (message === null) throw e;
    write(`  ${paint.red('✗')} the config does not load:\n${indent(message, '      ')}\n`);
    return { passed: 0, failed: file.tests.length };
  }
  if (plan.skipped.length > 0) {
    (options.notice ?? ((l) => process.stderr.write(l)))(`notice: pipeline ${pipeline}: not run (only transform and filter processors are): ${plan.skipped.join(', ')}\n`);
  }
  let passed = 0;
  let failed = 0;
  let updated = 0;
  for (const test of file.tests) {
    const outcome = runTestCase(test, plan, warnings, gates, paint);
    const update = options.update === true && outcome.output !== null && wantsUpdate(test, outcome);
    if (update) {
      writeExpected(file, test, outcome.output!);
      updated++;
    }
    const details = update ? outcome.details : [...outcome.details, ...outcome.outputDetails];
    if (details.length === 0) {
      passed++;
      write(`  ${paint.green('✓')} ${test.name}${update ? ' (expected output updated)' : ''}\n`);
    } else {
      failed++;
      write(`  ${paint.red('✗')} ${test.name}\n${details.map((d) => indent(d, '      ')).join('\n')}\n`);
    }
  }
  if (updated > 0) writeFileSync(file.path, file.document.toString());
  return { passed, failed };
}

/** `--update` rewrites a whole expected output that differs, and adds one to a test that expects nothing yet. */
function wantsUpdate(test: TestCase, outcome: TestOutcome): boolean {
  if (outcome.outputDetails.length > 0) return true;
  const expectsNothing = test.expect.length === 0 && test.dropped === undefined && test.error === undefined;
  return expectsNothing && test.output === undefined && test.outputFile === undefined;
}

function writeExpected(file: TestFile, test: TestCase, docs: readonly TelemetryDocument[]): void {
  const texts = docs.map(encodeDocument);
  if (test.outputFile !== undefined) {
    writeFileSync(test.outputFile, texts.length === 1 ? prettyJson(texts[0]!) + '\n' : texts.join('\n') + '\n');
    return;
  }
  const values: unknown[] = texts.map((t) => JSON.parse(t) as unknown);
  file.document.setIn(['tests', test.index, 'output'], file.document.createNode(values.length === 1 ? values[0] : values));
}

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((l) => by + l)
    .join('\n');

/**
 * The `ottl test` file format (documented in docs/testing.md): which config to run, and a list of
 * tests, each an input and what to expect of the output.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { decodeProtobufAnySignal, detectFormat, encodeDocument } from '../../api/index.js';
import { CliError } from '../main.js';
import type { Assertion } from './assertions.js';
import { compactToOtlpJson, isCompact } from './compact.js';

/** One test of a file. */
export interface TestCase {
  /** Position in the file's `tests:` list (for `--update`). */
  readonly index: number;
  readonly name: string;
  /** OTLP/JSON text (one document, or one per line) and the name to report it under. */
  readonly input: { readonly text: string; readonly name: string };
  readonly expect: readonly Assertion[];
  /** `dropped: 2` (how many records) or `dropped: [1, 3]` (which input records, 1-based). */
  readonly dropped?: number | readonly number[];
  /** The whole expected output as OTLP/JSON text, from `output:` or `output_file:`. */
  readonly output?: string;
  /** `output_file:`, resolved; `--update` rewrites this file instead of the test. */
  readonly outputFile?: string;
  /** `error:`: a rule must fail, with a message containing this text (`true`: any message). */
  readonly error?: string | true;
}

/** A loaded test file. */
export interface TestFile {
  readonly path: string;
  readonly config: string;
  readonly processor?: string;
  readonly pipeline?: string;
  readonly featureGates?: string;
  readonly tests: readonly TestCase[];
  /** The parsed YAML, kept with its comments for `--update`. */
  readonly document: Document;
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON text for a value read from YAML, writing bigints as plain integer literals. */
export function toJson(v: unknown): string {
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return `[${v.map(toJson).join(',')}]`;
  if (isPlain(v)) return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${toJson(x)}`).join(',')}}`;
  return JSON.stringify(v ?? null);
}

/** OTLP/JSON text from an inline value: text as is, an object, or a list of objects (one per line). */
function otlpText(v: unknown, where: string): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map((d) => otlpText(d, where)).join('\n');
  if (isPlain(v)) return isCompact(v) ? compactToOtlpJson(v) : toJson(v);
  throw new CliError(`${where}: expected OTLP/JSON (a mapping, a list of them, or text) or the compact form`);
}

const str = (v: unknown, what: string, where: string): string | undefined => {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new CliError(`${where}: ${what} must be a string`);
  return v;
};

const TEST_KEYS = new Set(['name', 'input', 'input_file', 'expect', 'dropped', 'output', 'output_file', 'error']);
const FILE_KEYS = new Set(['config', 'processor', 'pipeline', 'feature_gates', 'tests']);

function assertionsOf(v: unknown, where: string): Assertion[] {
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  return list.map((a) => {
    if (typeof a === 'string') return { that: a };
    if (isPlain(a) && typeof a['that'] === 'string') {
      const record = a['record'] === undefined ? undefined : Number(a['record']);
      return { that: a['that'], ...(record !== undefined ? { record } : {}), ...(typeof a['context'] === 'string' ? { context: a['context'] } : {}) };
    }
    throw new CliError(`${where}: each expect entry is a condition, or { that: CONDITION, record: N, context: NAME }`);
  });
}

function droppedOf(v: unknown, where: string): number | number[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'bigint' || typeof v === 'number') return Number(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'bigint' || typeof x === 'number')) return v.map(Number);
  throw new CliError(`${where}: dropped is a count or a list of 1-based input record numbers`);
}

function testCase(t: unknown, index: number, file: string, dir: string): TestCase {
  const where = `${file}: tests[${index}]`;
  if (!isPlain(t)) throw new CliError(`${where}: each test is a mapping`);
  for (const k of Object.keys(t)) if (!TEST_KEYS.has(k)) throw new CliError(`${where}: unknown key "${k}" (known: ${[...TEST_KEYS].join(', ')})`);
  const name = str(t['name'], 'name', where) ?? `test ${index + 1}`;
  const inputFile = str(t['input_file'], 'input_file', where);
  if ((t['input'] === undefined) === (inputFile === undefined)) throw new CliError(`${where} (${name}): give exactly one of input and input_file`);
  const input = inputFile
    ? { text: inputFileText(resolve(dir, inputFile), where), name: inputFile }
    : { text: otlpText(t['input'], `${where}.input`), name: `${file} (${name})` };
  const outputFile = str(t['output_file'], 'output_file', where);
  const outputPath = outputFile === undefined ? undefined : resolve(dir, outputFile);
  const error = t['error'] === true ? true : str(t['error'], 'error', where);
  return {
    index,
    name,
    input,
    expect: assertionsOf(t['expect'], where),
    ...(t['dropped'] !== undefined ? { dropped: droppedOf(t['dropped'], where) } : {}),
    ...(t['output'] !== undefined && t['output'] !== null ? { output: otlpText(t['output'], `${where}.output`) } : {}),
    ...(outputPath !== undefined ? { outputFile: outputPath, ...optionalOutput(readText(outputPath, where, true)) } : {}),
    ...(error !== undefined ? { error } : {}),
  };
}

/**
 * An input file's OTLP/JSON text: OTLP/JSON as it is, an OTLP/protobuf request (recognised by
 * content, `.pb`/`.binpb` as hints, as `ottl run --input-format auto` does) as its JSON form.
 */
function inputFileText(path: string, where: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new CliError(`${where}: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (detectFormat(bytes, path) !== 'protobuf') return bytes.toString('utf8');
  try {
    return encodeDocument(decodeProtobufAnySignal(bytes, path));
  } catch (e) {
    throw new CliError(`${where}: ${(e as Error).message}`);
  }
}

const optionalOutput = (text: string | null) => (text === null ? {} : { output: text });

function readText(path: string, where: string): string;
function readText(path: string, where: string, missingOk: true): string | null;
function readText(path: string, where: string, missingOk = false): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if (missingOk && (e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CliError(`${where}: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** Reads and checks a test file. @throws CliError naming the file and the test. */
export function loadTestFile(path: string): TestFile {
  const text = readText(path, 'ottl test');
  const document = parseDocument(text, { intAsBigInt: true });
  if (document.errors.length > 0) throw new CliError(`${path}: invalid YAML: ${document.errors[0]!.message.split('\n')[0]}`);
  const root: unknown = document.toJS();
  if (!isPlain(root)) throw new CliError(`${path}: a test file is a mapping with config: and tests:`);
  for (const k of Object.keys(root)) if (!FILE_KEYS.has(k)) throw new CliError(`${path}: unknown key "${k}" (known: ${[...FILE_KEYS].join(', ')})`);
  const config = str(root['config'], 'config', path);
  if (config === undefined) throw new CliError(`${path}: config: (the processor or collector config to test, relative to this file) is required`);
  if (!Array.isArray(root['tests']) || root['tests'].length === 0) throw new CliError(`${path}: tests: must list at least one test`);
  const dir = dirname(path);
  const processor = str(root['processor'], 'processor', path);
  const pipeline = str(root['pipeline'], 'pipeline', path);
  const featureGates = str(root['feature_gates'], 'feature_gates', path);
  return {
    path,
    config: resolve(dir, config),
    ...(processor !== undefined ? { processor } : {}),
    ...(pipeline !== undefined ? { pipeline } : {}),
    ...(featureGates !== undefined ? { featureGates } : {}),
    tests: root['tests'].map((t, i) => testCase(t, i, path, dir)),
    document,
  };
}

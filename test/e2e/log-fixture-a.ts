/**
 * The log records the reference's end-to-end tests (`pkg/ottl/e2e/e2e_test.go`) run against, and a
 * small harness that runs one statement over them through the transform processor.
 *
 * `editorsFixture()` is the reference's `constructLogTransformContextEditors`, `convertersFixture()`
 * its `constructLogTransformContext`. Each call builds a fresh, independent payload, so a row's
 * `want` can edit one freely. Attribute insertion order follows the reference (a second put of an
 * existing key replaces the value in place), though results are compared order-insensitively as
 * the reference's `plogtest.CompareResourceLogs` does.
 */
import { expect } from 'vitest';
import {
  newLogRecord,
  newResource,
  newScope,
  type LogRecord,
  type LogsData,
  type Resource,
} from '../../src/core/model.js';
import { parseStatement } from '../../src/parser/parse.js';
import { TransformProcessor } from '../../src/engine/transform/processor.js';
import type { Value, ValueMap } from '../../src/core/values/types.js';

/** 2020-02-11T20:26:12.000000321Z in Unix nanoseconds. */
export const TEST_LOG_TIME = 1581452772000000321n;
/** 2020-02-11T20:26:13.000000789Z in Unix nanoseconds. */
export const TEST_OBSERVED_TIME = 1581452773000000789n;
export const TRACE_ID = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
export const SPAN_ID = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]);

/** Builds an attribute map from entries, keeping their order (a later duplicate key replaces in place). */
export const map = (entries: [string, Value][]): ValueMap => {
  const m: ValueMap = new Map();
  for (const [k, v] of entries) m.set(k, v);
  return m;
};

/** One record in its resource and scope, and handles on the parts a `want` edits. */
export interface Fixture {
  readonly data: LogsData;
  readonly resource: Resource;
  readonly log: LogRecord;
  /** The log record's attributes (same object as `log.attributes`). */
  readonly attrs: ValueMap;
}

function baseFixture(resourceAttrs: [string, Value][]): Fixture {
  const resource = newResource();
  for (const [k, v] of resourceAttrs) resource.attributes.set(k, v);
  const scope = newScope();
  scope.name = 'scope';
  const log = newLogRecord();
  log.body = 'operationA';
  log.timeUnixNano = TEST_LOG_TIME;
  log.observedTimeUnixNano = TEST_OBSERVED_TIME;
  log.droppedAttributesCount = 1;
  log.flags = 1; // sampled
  log.severityNumber = 1;
  log.traceId = TRACE_ID.slice();
  log.spanId = SPAN_ID.slice();
  const data: LogsData = {
    resourceLogs: [{ resource, schemaUrl: '', scopeLogs: [{ scope, schemaUrl: '', logRecords: [log] }] }],
  };
  return { data, resource, log, attrs: log.attributes };
}

const fooMap = (): ValueMap =>
  map([
    ['bar', 'pass'],
    ['flags', 'pass'],
    ['slice', ['val']],
    ['nested', map([['test', 'pass']])],
  ]);

const things = (): Value[] => [
  map([
    ['name', 'foo'],
    ['value', 2n],
  ]),
  map([
    ['name', 'bar'],
    ['value', 5n],
  ]),
];

/** The record `Test_e2e_editors` runs against (`constructLogTransformContextEditors`). */
export function editorsFixture(): Fixture {
  const f = baseFixture([['host.name', 'localhost']]);
  const a = f.attrs;
  a.set('http.method', 'get');
  a.set('http.path', '/health');
  a.set('http.url', 'http://localhost/health');
  a.set('flags', 'A|B|C');
  a.set('total.string', '123456789');
  a.set('conflict', map([['conflict1', map([['conflict2', 'pass']])]]));
  a.set('conflict.conflict1', map([['conflict2', 'nopass']]));
  a.set('foo', fooMap());
  a.set('things', things());
  return f;
}

/** The record `Test_e2e_converters` runs against (`constructLogTransformContext`). */
export function convertersFixture(): Fixture {
  const f = baseFixture([
    ['host.name', 'localhost'],
    ['A|B|C', 'newValue'],
  ]);
  const a = f.attrs;
  a.set('encoding', 'base64');
  a.set('http.method', 'get');
  a.set('split_delimiter', '|');
  a.set('dynamicprefix', 'operation');
  a.set('dynamicsuffix', 'tionA');
  a.set('http.path', '/health');
  a.set('http.url', 'http://localhost/health');
  a.set('flags', 'A|B|C');
  a.set('total.string', '123456789');
  a.set('A|B|C', 'something');
  a.set('foo', 'foo');
  a.set('slice', 'slice');
  a.set('val', 'val2');
  a.set('int_value', 0n);
  a.set('nil_string', 'nil');
  a.set('array', ['looong']);
  a.set('foo', fooMap()); // replaces the string "foo" in place, as the reference's PutEmptyMap does
  a.set('things', things());
  a.set('slices', ['slice1', 'slice2', map([['name', 'foo']])]);
  a.set('primitiveValuesSlice', ['value1', 42n, true]);
  return f;
}

/** The processor config for one statement in a `context: log` group that propagates errors. */
export const configFor = (statement: string): string =>
  JSON.stringify({ error_mode: 'propagate', log_statements: [{ context: 'log', statements: [statement] }] });

const LOG_CONTEXT_NAMES = new Set(['log', 'resource', 'scope', 'instrumentation_scope']);

/** Start offsets of every path in the AST that does not begin with a context name. */
function unprefixedPathStarts(node: unknown, out: number[]): number[] {
  if (Array.isArray(node)) {
    for (const n of node) unprefixedPathStarts(n, out);
  } else if (node !== null && typeof node === 'object') {
    const o = node as { kind?: string; context?: string | null; span?: { start: number } };
    if (o.kind === 'path' && (o.context === null || !LOG_CONTEXT_NAMES.has(o.context ?? ''))) out.push(o.span!.start);
    for (const [k, v] of Object.entries(o)) if (k !== 'span' && k !== 'nameSpan') unprefixedPathStarts(v, out);
  }
  return out;
}

/**
 * The statement with `log.` before every path that has no context name, as the reference's second
 * run (`ParseStatementsWithContext(..., prependPathsContext=true)`) sees it:
 * `set(attributes["a"], body)` → `set(log.attributes["a"], log.body)`.
 */
export function withLogContextNames(statement: string): string {
  const parsed = parseStatement(statement);
  if (!parsed.ok) throw new Error(`cannot parse ${statement}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  const starts = unprefixedPathStarts(parsed.ast, []).sort((a, b) => b - a);
  let out = statement;
  for (const at of starts) out = `${out.slice(0, at)}log.${out.slice(at)}`;
  return out;
}

/** Runs one statement over the fixture in place; returns the error it raised, if any. */
export function runStatement(statement: string, fixture: Fixture): Error | undefined {
  const processor = TransformProcessor.fromText(configFor(statement), 'e2e.yaml');
  try {
    processor.processLogs(fixture.data);
  } catch (e) {
    return e as Error;
  }
  return undefined;
}

/** One reference row: the statement, the edit that turns a fresh fixture into the expected one, and the expected error text. */
export interface E2eRow {
  readonly statement: string;
  readonly want: (f: Fixture) => void;
  /** A substring of the expected error; absent when the statement must succeed. */
  readonly error?: string;
}

/**
 * Runs a row (or `statement`, a rewriting of it) over a fresh fixture and compares the whole payload
 * with a fresh fixture after `want` (maps compare order-insensitively; Int (bigint) stays distinct
 * from Double (number)). An expected error must be a run-time one: a compile error throws from
 * `TransformProcessor.fromText` and fails the row.
 */
export function checkRow(row: E2eRow, fixture: () => Fixture, statement = row.statement): void {
  const actual = fixture();
  const err = runStatement(statement, actual);
  if (row.error === undefined) {
    expect(err, err ? `${err.message}\ncause: ${String((err as { cause?: unknown }).cause)}` : '').toBeUndefined();
  } else {
    expect(err, 'expected an error').toBeDefined();
    const cause = (err as { cause?: unknown }).cause;
    const text = `${err?.message ?? ''}\n${cause instanceof Error ? cause.message : ''}`;
    expect(text).toContain(row.error);
  }
  const expected = fixture();
  row.want(expected);
  expect(actual.data).toEqual(expected.data);
}

/**
 * The records the reference's end-to-end tests (`pkg/ottl/e2e/e2e_test.go`) run their rows over,
 * rebuilt with our model's factories, plus small helpers to run a statement group over them.
 *
 * Each builder returns a fresh payload, so a row's expected state is "the fixture after the row's
 * `want` edit" and the actual state is "the fixture after running the statement".
 */
import {
  newLogRecord,
  newResource,
  newScope,
  newSpan,
  newSpanEvent,
  type LogRecord,
  type LogsData,
  type Resource,
  type Span,
  type SpanEvent,
  type TracesData,
} from '../../src/core/model.js';
import type { Statement } from '../../src/parser/ast.js';
import { parseStatement } from '../../src/parser/parse.js';
import { printStatement } from '../../src/parser/print.js';
import type { FeatureGates } from '../../src/core/feature-gates.js';
import { TransformProcessor } from '../../src/engine/transform/processor.js';
import type { Value, ValueMap } from '../../src/core/values/types.js';

/** 2020-02-11T20:26:12.000000321Z (the reference's TestLogTime) in unix nanoseconds. */
export const TEST_LOG_TIME = 1581452772000000321n;
/** 2020-02-11T20:26:13.000000789Z (the reference's TestObservedTime). */
export const TEST_OBSERVED_TIME = 1581452773000000789n;
export const TRACE_ID = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
export const SPAN_ID = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]);

/** Builds a map from entries (insertion order kept, as pdata keeps it). */
export const map = (entries: Record<string, Value>): ValueMap => new Map(Object.entries(entries));

function baseRecord(): LogRecord {
  const r = newLogRecord();
  r.body = 'operationA';
  r.timeUnixNano = TEST_LOG_TIME;
  r.observedTimeUnixNano = TEST_OBSERVED_TIME;
  r.droppedAttributesCount = 1;
  r.flags = 1; // DefaultLogRecordFlags.WithIsSampled(true)
  r.severityNumber = 1;
  r.traceId = TRACE_ID.slice();
  r.spanId = SPAN_ID.slice();
  r.attributes.set('http.method', 'get');
  r.attributes.set('http.path', '/health');
  r.attributes.set('http.url', 'http://localhost/health');
  r.attributes.set('flags', 'A|B|C');
  r.attributes.set('total.string', '123456789');
  return r;
}

const things = (withValues: boolean): Value[] => [
  map(withValues ? { name: 'foo', value: 2n } : { name: 'foo' }),
  map(withValues ? { name: 'bar', value: 5n } : { name: 'bar' }),
];

function wrap(resource: Resource, record: LogRecord): LogsData {
  const scope = newScope();
  scope.name = 'scope';
  return { resourceLogs: [{ resource, schemaUrl: '', scopeLogs: [{ scope, schemaUrl: '', logRecords: [record] }] }] };
}

function resourceWith(abc: boolean): Resource {
  const resource = newResource();
  resource.attributes.set('host.name', 'localhost');
  if (abc) resource.attributes.set('A|B|C', 'newValue');
  return resource;
}

/**
 * The reference's `constructLogTransformContext` (converters, features, statement sequences), in
 * its newest form: besides the attributes of the e2e_test.go version we read, it carries
 * `encoding`, `split_delimiter`, `dynamicprefix`, `dynamicsuffix`, `nil_string`, `slices` and
 * `primitiveValuesSlice` (as /work/shared/conformance/fixtures/e2e-logs.json, built from the newest
 * reference, does). Attribute order does not matter: maps compare by content.
 */
export function logFixture(): LogsData {
  const r = baseRecord();
  const a = r.attributes;
  a.set('encoding', 'base64');
  a.set('split_delimiter', '|');
  a.set('dynamicprefix', 'operation');
  a.set('dynamicsuffix', 'tionA');
  a.set('A|B|C', 'something');
  a.set('foo', 'foo');
  a.set('slice', 'slice');
  a.set('val', 'val2');
  a.set('int_value', 0n);
  a.set('nil_string', 'nil');
  a.set('array', ['looong']);
  // Re-putting "foo" replaces the string in place (pdata's PutEmptyMap keeps the key's position).
  a.set('foo', map({ bar: 'pass', flags: 'pass', slice: ['val'], nested: map({ test: 'pass' }) }));
  a.set('things', things(true));
  a.set('slices', ['slice1', 'slice2', map({ name: 'foo' })]);
  a.set('primitiveValuesSlice', ['value1', 42n, true]);
  return wrap(resourceWith(true), r);
}

/**
 * The record of the reference's lambda e2e test (experimental converters): the log fixture plus
 * `int_value_str`, an empty `empty_value` and `server.ip`.
 */
export function lambdaFixture(): LogsData {
  const d = logFixture();
  const a = d.resourceLogs[0].scopeLogs[0].logRecords[0].attributes;
  a.set('int_value_str', '0');
  a.set('empty_value', null);
  a.set('server.ip', '192.168.0.1');
  return d;
}

/** The reference's `constructLogTransformContextEditors`. */
export function editorsFixture(): LogsData {
  const r = baseRecord();
  const a = r.attributes;
  a.set('conflict', map({ conflict1: map({ conflict2: 'pass' }) }));
  a.set('conflict.conflict1', map({ conflict2: 'nopass' }));
  a.set('foo', map({ bar: 'pass', flags: 'pass', slice: ['val'], nested: map({ test: 'pass' }) }));
  a.set('things', things(true));
  return wrap(resourceWith(false), r);
}

/** The reference's `constructLogTransformContextValueExpressions`. */
export function valueExpressionsFixture(): LogsData {
  const r = baseRecord();
  const a = r.attributes;
  a.set('A|B|C', 'something');
  a.set('foo', 'foo');
  a.set('slice', 'slice');
  a.set('val', 'val2');
  a.set('int_value', 0n);
  a.set('array', ['looong']);
  a.set('foo', map({ bar: 'pass' }));
  a.set('foo2', map({ slice: ['val'] }));
  a.set('foo3', map({ nested: map({ test: 'pass' }) }));
  a.set('things', things(false));
  return wrap(resourceWith(true), r);
}

/** The reference's `fillSpanOne` span (name operationB, ids set) in a one-span payload. */
export function spanFixture(events: readonly string[] = []): TracesData {
  const span: Span = newSpan();
  span.name = 'operationB';
  span.spanId = SPAN_ID.slice();
  span.traceId = TRACE_ID.slice();
  for (const name of events) {
    const e: SpanEvent = newSpanEvent();
    e.name = name;
    span.events.push(e);
  }
  const scope = newScope();
  scope.name = 'scope';
  return { resourceSpans: [{ resource: newResource(), schemaUrl: '', scopeSpans: [{ scope, schemaUrl: '', spans: [span] }] }] };
}

/** The one log record of a fixture payload. */
export const recordOf = (d: LogsData): LogRecord => d.resourceLogs[0].scopeLogs[0].logRecords[0];
/** The resource of a fixture payload. */
export const resourceOf = (d: LogsData): Resource => d.resourceLogs[0].resource;
/** The one span of a span fixture payload. */
export const spanOf = (d: TracesData): Span => d.resourceSpans[0].scopeSpans[0].spans[0];

/** How a row's group is configured. */
export interface GroupOptions {
  readonly context?: string;
  readonly errorMode?: 'propagate' | 'ignore' | 'silent';
  readonly gates?: FeatureGates;
}

/** A transform config (JSON, which YAML reads as is) with one group of `statements`. */
export function configFor(signal: 'log' | 'trace', statements: readonly string[], o: GroupOptions = {}): string {
  return JSON.stringify({
    error_mode: o.errorMode ?? 'propagate',
    [`${signal}_statements`]: [{ context: o.context ?? signal, statements }],
  });
}

/** Runs one `context: log` group over `data`, in place; throws what the processor throws. */
export function runLogs(data: LogsData, statements: readonly string[], o: GroupOptions = {}): LogsData {
  TransformProcessor.fromText(configFor('log', statements, o), 'e2e.yaml', { gates: o.gates }).processLogs(data);
  return data;
}

/** Runs one traces group (`context: span` unless told) over `data`, in place. */
export function runTraces(data: TracesData, statements: readonly string[], o: GroupOptions = {}): TracesData {
  TransformProcessor.fromText(configFor('trace', statements, { context: 'span', ...o }), 'e2e.yaml', { gates: o.gates }).processTraces(
    data,
  );
  return data;
}

/** Rewrites every context-less path of an AST to start with `log.`, except lambda parameters. */
function prefixPaths(node: unknown, params: ReadonlySet<string> = new Set()): unknown {
  if (Array.isArray(node)) return node.map((n) => prefixPaths(n, params));
  if (node === null || typeof node !== 'object' || node instanceof Uint8Array) return node;
  const n = node as Record<string, unknown>;
  const inner =
    n.kind === 'lambda' ? new Set([...params, ...(n.params as readonly { name: string }[]).map((p) => p.name)]) : params;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n)) out[k] = prefixPaths(v, inner);
  if (out.kind === 'path' && out.context === null) {
    const fields = out.fields as readonly { name: string }[];
    if (!(fields.length === 1 && params.has(fields[0].name))) out.context = 'log';
  }
  return out;
}

/**
 * The statement with `log.` before every unprefixed path (`attributes["a"]` → `log.attributes["a"]`),
 * as the reference's `ParseStatementsWithContext(..., prependPathsContext=true)` runs each e2e row a
 * second time.
 */
export function withLogPrefix(statement: string): string {
  const r = parseStatement(statement);
  if (!r.ok) throw new Error(`cannot parse ${statement}: ${r.errors.map((e) => e.message).join('; ')}`);
  return printStatement(prefixPaths(r.ast) as Statement);
}

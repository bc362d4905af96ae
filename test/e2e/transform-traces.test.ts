/**
 * The reference's transform processor trace tests
 * (processor/transformprocessor/internal/traces/processor_test.go), row by row: each statement runs
 * against `constructTraces()` and the result must equal the fixture with the row's expected edits.
 */
import { describe, expect, it } from 'vitest';
import type { TracesData } from '../../src/core/model.js';
import { RuleSetError } from '../../src/engine/environment.js';
import { TransformProcessor } from '../../src/engine/transform/processor.js';
import { constructTraces, resetAttrs, spanAt, transformConfig, type Group, ordered } from './transform-fixtures.js';

type Want = (td: TracesData) => void;

/** Rows that cannot pass yet, keyed by `table: statement-or-name`, with the reason. Skipped. */
const KNOWN_DIVERGENCES: Record<string, string> = {};

const unchanged: Want = () => {};
const put =
  (key: string, value: string, ...spans: number[]): Want =>
  (td) => {
    for (const i of spans) spanAt(td, i).attributes.set(key, value);
  };
const all =
  (...ws: Want[]): Want =>
  (td) =>
    ws.forEach((w) => w(td));
const resourceTest: Want = (td) => td.resourceSpans[0].resource.attributes.set('test', 'pass');
const scopeTest =
  (v = 'pass'): Want =>
  (td) =>
    td.resourceSpans[0].scopeSpans[0].scope.attributes.set('test', v);
const eventAttr =
  (span: number, event: number, value: string): Want =>
  (td) =>
    spanAt(td, span).events[event].attributes.set('test', value);

function run(groups: Group[], mode: 'ignore' | 'propagate' = 'ignore'): TracesData {
  const td = constructTraces();
  TransformProcessor.fromText(transformConfig('trace_statements', groups, mode), 'traces.yaml').processTraces(td);
  return td;
}

function expectRow(groups: Group[], want: Want, mode: 'ignore' | 'propagate' = 'ignore'): void {
  const got = run(groups, mode);
  const expected = constructTraces();
  want(expected);
  expect(ordered(got)).toEqual(ordered(expected));
}

const table = (name: string) => (key: string) => (KNOWN_DIVERGENCES[`${name}: ${key}`] ? it.skip : it);

function pairs(name: string, context: string, rows: [string, string, Want][]): void {
  for (const [explicit, inferred, want] of rows) {
    table(name)(explicit)(`context ${context}: ${explicit}`, () => expectRow([{ context, statements: [explicit] }], want));
    table(name)(inferred)(`inferred: ${inferred}`, () => expectRow([{ statements: [inferred] }], want));
  }
}

describe('resource context', () => {
  pairs('resource', 'resource', [
    ['set(attributes["test"], "pass")', 'set(resource.attributes["test"], "pass")', resourceTest],
    [
      'set(attributes["test"], "pass") where attributes["host.name"] == "wrong"',
      'set(resource.attributes["test"], "pass") where resource.attributes["host.name"] == "wrong"',
      unchanged,
    ],
    ['set(schema_url, "test_schema_url")', 'set(resource.schema_url, "test_schema_url")', (td) => void (td.resourceSpans[0].schemaUrl = 'test_schema_url')],
  ]);
});

describe('scope context', () => {
  pairs('scope', 'scope', [
    ['set(attributes["test"], "pass") where name == "scope"', 'set(scope.attributes["test"], "pass") where scope.name == "scope"', scopeTest()],
    ['set(attributes["test"], "pass") where version == 2', 'set(scope.attributes["test"], "pass") where scope.version == 2', unchanged],
    ['set(schema_url, "test_schema_url")', 'set(scope.schema_url, "test_schema_url")', (td) => void (td.resourceSpans[0].scopeSpans[0].schemaUrl = 'test_schema_url')],
  ]);
});

describe('span context', () => {
  const keysRenamed: Want = (td) => {
    resetAttrs(spanAt(td, 0).attributes, {
      'http.method': 'get',
      'http.path': '/health',
      url: 'http://localhost/health',
      flags: 'A|B|C',
      'total.string': '123456789',
    });
    resetAttrs(spanAt(td, 1).attributes, {
      'http.method': 'get',
      'http.path': '/health',
      url: 'http://localhost/health',
      flags: 'C|D',
      'total.string': '345678',
    });
  };
  const abc: Want = (td) => void spanAt(td, 0).attributes.set('test', ['A', 'B', 'C']);
  const statusOk: Want = (td) => {
    spanAt(td, 0).status.code = 1;
    spanAt(td, 1).status.code = 1;
  };
  pairs('span', 'span', [
    ['set(attributes["test"], "pass") where name == "operationA"', 'set(span.attributes["test"], "pass") where span.name == "operationA"', put('test', 'pass', 0)],
    [
      'set(attributes["test"], "pass") where resource.attributes["host.name"] == "localhost"',
      'set(span.attributes["test"], "pass") where resource.attributes["host.name"] == "localhost"',
      put('test', 'pass', 0, 1),
    ],
    [
      'keep_keys(attributes, ["http.method"]) where name == "operationA"',
      'keep_keys(span.attributes, ["http.method"]) where span.name == "operationA"',
      (td) => resetAttrs(spanAt(td, 0).attributes, { 'http.method': 'get' }),
    ],
    ['set(status.code, 1) where attributes["http.path"] == "/health"', 'set(span.status.code, 1) where span.attributes["http.path"] == "/health"', statusOk],
    ['set(attributes["test"], "pass") where dropped_attributes_count == 1', 'set(span.attributes["test"], "pass") where span.dropped_attributes_count == 1', put('test', 'pass', 0)],
    ['set(attributes["test"], "pass") where dropped_events_count == 1', 'set(span.attributes["test"], "pass") where span.dropped_events_count == 1', put('test', 'pass', 0)],
    ['set(attributes["test"], "pass") where dropped_links_count == 1', 'set(span.attributes["test"], "pass") where span.dropped_links_count == 1', put('test', 'pass', 0)],
    [
      'set(attributes["test"], "pass") where span_id == SpanID(0x0102030405060708)',
      'set(span.attributes["test"], "pass") where span.span_id == SpanID(0x0102030405060708)',
      put('test', 'pass', 0),
    ],
    [
      'set(attributes["test"], "pass") where parent_span_id == SpanID(0x0807060504030201)',
      'set(span.attributes["test"], "pass") where span.parent_span_id == SpanID(0x0807060504030201)',
      put('test', 'pass', 0),
    ],
    [
      'set(attributes["test"], "pass") where trace_id == TraceID(0x0102030405060708090a0b0c0d0e0f10)',
      'set(span.attributes["test"], "pass") where span.trace_id == TraceID(0x0102030405060708090a0b0c0d0e0f10)',
      put('test', 'pass', 0),
    ],
    ['set(attributes["test"], "pass") where trace_state == "new"', 'set(span.attributes["test"], "pass") where span.trace_state == "new"', put('test', 'pass', 0)],
    ['replace_pattern(attributes["http.method"], "get", "post")', 'replace_pattern(span.attributes["http.method"], "get", "post")', put('http.method', 'post', 0, 1)],
    ['replace_all_patterns(attributes, "value", "get", "post")', 'replace_all_patterns(span.attributes, "value", "get", "post")', put('http.method', 'post', 0, 1)],
    ['replace_all_patterns(attributes, "key", "http.url", "url")', 'replace_all_patterns(span.attributes, "key", "http.url", "url")', keysRenamed],
    ['set(attributes["test"], "pass") where IsMatch(name, "operation[AC]")', 'set(span.attributes["test"], "pass") where IsMatch(span.name, "operation[AC]")', put('test', 'pass', 0)],
    ['set(attributes["test"], "pass") where attributes["doesnt exist"] == nil', 'set(span.attributes["test"], "pass") where span.attributes["doesnt exist"] == nil', put('test', 'pass', 0, 1)],
    [
      'delete_key(attributes, "http.url") where name == "operationA"',
      'delete_key(span.attributes, "http.url") where span.name == "operationA"',
      (td) => resetAttrs(spanAt(td, 0).attributes, { 'http.method': 'get', 'http.path': '/health', 'total.string': '123456789', flags: 'A|B|C' }),
    ],
    [
      'delete_matching_keys(attributes, "http.*t.*") where name == "operationA"',
      'delete_matching_keys(span.attributes, "http.*t.*") where span.name == "operationA"',
      (td) => resetAttrs(spanAt(td, 0).attributes, { 'http.url': 'http://localhost/health', flags: 'A|B|C', 'total.string': '123456789' }),
    ],
    ['set(attributes["test"], "pass") where kind == SPAN_KIND_INTERNAL', 'set(span.attributes["test"], "pass") where span.kind == SPAN_KIND_INTERNAL', put('test', 'pass', 0)],
    ['set(kind, SPAN_KIND_SERVER) where kind == 1', 'set(span.kind, SPAN_KIND_SERVER) where span.kind == 1', (td) => void (spanAt(td, 0).kind = 2)],
    [
      'set(attributes["test"], Concat([attributes["http.method"], attributes["http.url"]], ": "))',
      'set(span.attributes["test"], Concat([span.attributes["http.method"], span.attributes["http.url"]], ": "))',
      put('test', 'get: http://localhost/health', 0, 1),
    ],
    [
      'set(attributes["test"], Concat([attributes["http.method"], ": ", attributes["http.url"]], ""))',
      'set(span.attributes["test"], Concat([span.attributes["http.method"], ": ", span.attributes["http.url"]], ""))',
      put('test', 'get: http://localhost/health', 0, 1),
    ],
    [
      'set(attributes["test"], Concat([attributes["http.method"], attributes["http.url"]], ": ")) where name == Concat(["operation", "A"], "")',
      'set(span.attributes["test"], Concat([span.attributes["http.method"], span.attributes["http.url"]], ": ")) where span.name == Concat(["operation", "A"], "")',
      put('test', 'get: http://localhost/health', 0),
    ],
    [
      'set(attributes["kind"], Concat(["kind", ": ", kind], "")) where kind == 1',
      'set(span.attributes["kind"], Concat(["kind", ": ", span.kind], "")) where span.kind == 1',
      put('kind', 'kind: 1', 0),
    ],
    [
      'set(attributes["test"], Split(attributes["flags"], "|"))',
      'set(span.attributes["test"], Split(span.attributes["flags"], "|"))',
      (td) => {
        spanAt(td, 0).attributes.set('test', ['A', 'B', 'C']);
        spanAt(td, 1).attributes.set('test', ['C', 'D']);
      },
    ],
    ['set(attributes["test"], Split(attributes["flags"], "|")) where name == "operationA"', 'set(span.attributes["test"], Split(span.attributes["flags"], "|")) where span.name == "operationA"', abc],
    ['set(attributes["test"], Split(attributes["not_exist"], "|"))', 'set(span.attributes["test"], Split(span.attributes["not_exist"], "|"))', unchanged],
    [
      'set(attributes["test"], Substring(attributes["total.string"], 3, 3))',
      'set(span.attributes["test"], Substring(span.attributes["total.string"], 3, 3))',
      all(put('test', '456', 0), put('test', '678', 1)),
    ],
    [
      'set(attributes["test"], Substring(attributes["total.string"], 3, 3)) where name == "operationA"',
      'set(span.attributes["test"], Substring(span.attributes["total.string"], 3, 3)) where span.name == "operationA"',
      put('test', '456', 0),
    ],
    ['set(attributes["test"], Substring(attributes["not_exist"], 3, 3))', 'set(span.attributes["test"], Substring(span.attributes["not_exist"], 3, 3))', unchanged],
    ['set(attributes["test"], ["A", "B", "C"]) where name == "operationA"', 'set(span.attributes["test"], ["A", "B", "C"]) where span.name == "operationA"', abc],
    [
      'set(attributes["entrypoint"], name) where parent_span_id == SpanID(0x0000000000000000)',
      'set(span.attributes["entrypoint"], span.name) where span.parent_span_id == SpanID(0x0000000000000000)',
      put('entrypoint', 'operationB', 1),
    ],
    ['set(attributes["entrypoint-root"], name) where IsRootSpan()', 'set(span.attributes["entrypoint-root"], span.name) where IsRootSpan()', put('entrypoint-root', 'operationB', 1)],
    ['set(attributes["test"], ConvertCase(name, "lower")) where name == "operationA"', 'set(span.attributes["test"], ConvertCase(span.name, "lower")) where span.name == "operationA"', put('test', 'operationa', 0)],
    ['set(attributes["test"], ConvertCase(name, "upper")) where name == "operationA"', 'set(span.attributes["test"], ConvertCase(span.name, "upper")) where span.name == "operationA"', put('test', 'OPERATIONA', 0)],
    ['set(attributes["test"], ConvertCase(name, "snake")) where name == "operationA"', 'set(span.attributes["test"], ConvertCase(span.name, "snake")) where span.name == "operationA"', put('test', 'operation_a', 0)],
    ['set(attributes["test"], ConvertCase(name, "camel")) where name == "operationA"', 'set(span.attributes["test"], ConvertCase(span.name, "camel")) where span.name == "operationA"', put('test', 'OperationA', 0)],
    [
      'merge_maps(attributes, ParseJSON("{\\"json_test\\":\\"pass\\"}"), "insert") where name == "operationA"',
      'merge_maps(span.attributes, ParseJSON("{\\"json_test\\":\\"pass\\"}"), "insert") where span.name == "operationA"',
      put('json_test', 'pass', 0),
    ],
    ['limit(attributes, 0, []) where name == "operationA"', 'limit(span.attributes, 0, []) where span.name == "operationA"', (td) => spanAt(td, 0).attributes.clear()],
    ['set(attributes["test"], Log(1)) where name == "operationA"', 'set(span.attributes["test"], Log(1)) where span.name == "operationA"', (td) => void spanAt(td, 0).attributes.set('test', 0)],
  ]);
});

describe('spanevent context', () => {
  pairs('spanevent', 'spanevent', [
    ['set(attributes["test"], "pass") where name == "eventA"', 'set(spanevent.attributes["test"], "pass") where spanevent.name == "eventA"', eventAttr(0, 0, 'pass')],
  ]);
});

describe('mixed contexts', () => {
  const spanWhereScope = 'set(attributes["test"], "pass") where instrumentation_scope.attributes["test"] == "pass"';
  const spansTest = put('test', 'pass', 0, 1);
  const rows: [string, Group[], Want][] = [
    [
      'set resource and then use',
      [
        { context: 'resource', statements: ['set(attributes["test"], "pass")'] },
        { context: 'span', statements: ['set(attributes["test"], "pass") where resource.attributes["test"] == "pass"'] },
      ],
      all(resourceTest, spansTest),
    ],
    [
      'set scope and then use',
      [
        { context: 'scope', statements: ['set(attributes["test"], "pass")'] },
        { context: 'span', statements: [spanWhereScope] },
      ],
      all(scopeTest(), spansTest),
    ],
    [
      'order matters',
      [
        { context: 'span', statements: [spanWhereScope] },
        { context: 'scope', statements: ['set(attributes["test"], "pass")'] },
      ],
      scopeTest(),
    ],
    [
      'reuse context',
      [
        { context: 'scope', statements: ['set(attributes["test"], "pass")'] },
        { context: 'span', statements: [spanWhereScope] },
        { context: 'scope', statements: ['set(attributes["test"], "fail")'] },
      ],
      all(scopeTest('fail'), spansTest),
    ],
  ];
  for (const [name, groups, want] of rows) table('mixed')(name)(name, () => expectRow(groups, want));
});

describe('error mode', () => {
  it.each(['resource', 'scope', 'span', 'spanevent'])('propagate fails the payload in context %s', (context) => {
    expect(() => run([{ context, statements: ['set(attributes["test"], ParseJSON(1))'] }], 'propagate')).toThrow();
  });

  const rows: [string, Group[], Want | string][] = [
    [
      'span: statements group with error mode',
      [
        { statements: ['set(span.attributes["test"], ParseJSON(1))'], error_mode: 'ignore' },
        { statements: ['set(span.attributes["test"], "pass") where span.name == "operationA" '] },
      ],
      put('test', 'pass', 0),
    ],
    [
      'span: statements group error mode does not affect default',
      [{ statements: ['set(span.attributes["test"], ParseJSON(1))'], error_mode: 'ignore' }, { statements: ['set(span.attributes["test"], ParseJSON(true))'] }],
      'expected string but got bool',
    ],
    [
      'spanevent: statements group with error mode',
      [
        { statements: ['set(spanevent.attributes["test"], ParseJSON(1))'], error_mode: 'ignore' },
        { statements: ['set(spanevent.attributes["test"], "pass") where spanevent.name == "eventA" '] },
      ],
      eventAttr(0, 0, 'pass'),
    ],
    [
      'spanevent: statements group error mode does not affect default',
      [
        { statements: ['set(spanevent.attributes["test"], ParseJSON(1))'], error_mode: 'ignore' },
        { statements: ['set(spanevent.attributes["test"], ParseJSON(true))'] },
      ],
      'expected string but got bool',
    ],
    [
      'resource: statements group with error mode',
      [{ statements: ['set(resource.attributes["pass"], ParseJSON(1))'], error_mode: 'ignore' }, { statements: ['set(resource.attributes["test"], "pass")'] }],
      resourceTest,
    ],
    [
      'resource: statements group error mode does not affect default',
      [{ statements: ['set(resource.attributes["pass"], ParseJSON(1))'], error_mode: 'ignore' }, { statements: ['set(resource.attributes["pass"], ParseJSON(true))'] }],
      'expected string but got bool',
    ],
    [
      'scope: statements group with error mode',
      [{ statements: ['set(scope.attributes["pass"], ParseJSON(1))'], error_mode: 'ignore' }, { statements: ['set(scope.attributes["test"], "pass")'] }],
      scopeTest(),
    ],
    [
      'scope: statements group error mode does not affect default',
      [{ statements: ['set(scope.attributes["pass"], ParseJSON(1))'], error_mode: 'ignore' }, { statements: ['set(scope.attributes["pass"], ParseJSON(true))'] }],
      'expected string but got bool',
    ],
  ];
  for (const [name, groups, want] of rows) {
    table('error mode')(name)(name, () => {
      if (typeof want === 'string') expect(() => run(groups, 'propagate')).toThrow(want);
      else expectRow(groups, want, 'propagate');
    });
  }
});

describe('cache access', () => {
  const rows: [string, Group[], Want][] = [
    ['resource:resource.cache', [{ statements: ['set(resource.cache["test"], "pass")', 'set(resource.attributes["test"], resource.cache["test"])'] }], resourceTest],
    ['resource:cache', [{ context: 'resource', statements: ['set(cache["test"], "pass")', 'set(attributes["test"], cache["test"])'] }], resourceTest],
    ['scope:scope.cache', [{ statements: ['set(scope.cache["test"], "pass")', 'set(scope.attributes["test"], scope.cache["test"])'] }], scopeTest()],
    ['scope:cache', [{ context: 'scope', statements: ['set(cache["test"], "pass")', 'set(attributes["test"], cache["test"])'] }], scopeTest()],
    [
      'span:span.cache',
      [{ statements: ['set(span.cache["test"], "pass")', 'set(span.attributes["test"], span.cache["test"]) where span.name == "operationA"'] }],
      put('test', 'pass', 0),
    ],
    [
      'span:span.cache multiple entries',
      [{ statements: ['set(span.cache["test"], Concat([span.name, "cache"], "-"))', 'set(span.attributes["test"], span.cache["test"])'] }],
      all(put('test', 'operationA-cache', 0), put('test', 'operationB-cache', 1)),
    ],
    ['span:cache', [{ context: 'span', statements: ['set(cache["test"], "pass")', 'set(attributes["test"], cache["test"]) where name == "operationA"'] }], put('test', 'pass', 0)],
    [
      'spanevent:spanevent.cache',
      [
        {
          statements: ['set(spanevent.cache["test"], "pass")', 'set(spanevent.attributes["test"], spanevent.cache["test"]) where spanevent.name == "eventA"'],
        },
      ],
      eventAttr(0, 0, 'pass'),
    ],
    [
      'spanevent:spanevent.cache multiple entries',
      [
        {
          statements: [
            'set(spanevent.cache["test"], Concat([spanevent.name, "cache"], "-"))',
            'set(spanevent.attributes["test"], spanevent.cache["test"]) where span.name == "operationB"',
          ],
        },
      ],
      all(eventAttr(1, 0, 'eventB-cache'), eventAttr(1, 1, 'eventB2-cache')),
    ],
    [
      'spanevent:cache',
      [{ context: 'spanevent', statements: ['set(cache["test"], "pass")', 'set(attributes["test"], cache["test"]) where name == "eventA"'] }],
      eventAttr(0, 0, 'pass'),
    ],
  ];
  for (const [name, groups, want] of rows) table('cache')(name)(name, () => expectRow(groups, want));
});

describe('group conditions parse', () => {
  for (const ctx of ['span', 'spanevent', 'resource', 'scope']) {
    const rows: [string, Group[], string | null][] = [
      ['inferred: condition with context', [{ statements: [`set(${ctx}.cache["test"], "pass")`], conditions: [`${ctx}.cache["test"] == ""`] }], null],
      [
        'inferred: condition without context',
        [{ statements: [`set(${ctx}.cache["test"], "pass")`], conditions: ['cache["test"] == ""'] }],
        'missing context name for path "cache[test]"',
      ],
      ['context defined: condition without context', [{ context: ctx, statements: ['set(cache["test"], "pass")'], conditions: ['cache["test"] == ""'] }], null],
      ['context defined: condition with context', [{ context: ctx, statements: ['set(cache["test"], "pass")'], conditions: [`${ctx}.cache["test"] == ""`] }], null],
    ];
    for (const [name, groups, wantError] of rows) {
      table('conditions parse')(`${ctx}: ${name}`)(`${ctx}: ${name}`, () => {
        const compile = () => TransformProcessor.fromText(transformConfig('trace_statements', groups, 'propagate'), 'traces.yaml');
        if (wantError === null) {
          expect(compile).not.toThrow();
        } else {
          expect(compile).toThrow(RuleSetError);
          expect(compile).toThrow(wantError);
        }
      });
    }
  }
});

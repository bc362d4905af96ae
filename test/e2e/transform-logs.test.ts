/**
 * The reference's transform processor log tests
 * (processor/transformprocessor/internal/logs/processor_test.go), row by row: each statement runs
 * against `constructLogs()` and the result must equal the fixture with the row's expected edits.
 */
import { describe, expect, it } from 'vitest';
import type { LogsData } from '../../src/core/model.js';
import { RuleSetError } from '../../src/engine/environment.js';
import { TransformProcessor } from '../../src/engine/transform/processor.js';
import { constructLogs, logRec, resetAttrs, transformConfig, type Group, ordered } from './transform-fixtures.js';

type Want = (td: LogsData) => void;

/** Rows that cannot pass yet, keyed by table and statement/name, with the reason. Skipped. */
const KNOWN_DIVERGENCES: Record<string, string> = {};

const unchanged: Want = () => {};
const put =
  (key: string, value: string, ...records: number[]): Want =>
  (td) => {
    for (const i of records) logRec(td, i).attributes.set(key, value);
  };

function run(groups: Group[], mode: 'ignore' | 'propagate' = 'ignore'): LogsData {
  const td = constructLogs();
  TransformProcessor.fromText(transformConfig('log_statements', groups, mode), 'logs.yaml').processLogs(td);
  return td;
}

function expectRow(groups: Group[], want: Want): void {
  const got = run(groups);
  const expected = constructLogs();
  want(expected);
  expect(ordered(got)).toEqual(ordered(expected));
}

const table = (name: string) => (key: string) => (KNOWN_DIVERGENCES[`${name}: ${key}`] ? it.skip : it);

describe('resource context', () => {
  const rows: [string, string, Want][] = [
    ['set(attributes["test"], "pass")', 'set(resource.attributes["test"], "pass")', (td) => td.resourceLogs[0].resource.attributes.set('test', 'pass')],
    [
      'set(attributes["test"], "pass") where attributes["host.name"] == "wrong"',
      'set(resource.attributes["test"], "pass") where resource.attributes["host.name"] == "wrong"',
      unchanged,
    ],
    ['set(schema_url, "test_schema_url")', 'set(resource.schema_url, "test_schema_url")', (td) => (td.resourceLogs[0].schemaUrl = 'test_schema_url')],
  ];
  for (const [explicit, inferred, want] of rows) {
    table('resource')(explicit)(`context resource: ${explicit}`, () => expectRow([{ context: 'resource', statements: [explicit] }], want));
    table('resource')(inferred)(`inferred: ${inferred}`, () => expectRow([{ statements: [inferred] }], want));
  }
});

describe('scope context', () => {
  const scopeAttr: Want = (td) => td.resourceLogs[0].scopeLogs[0].scope.attributes.set('test', 'pass');
  const rows: [string, string, Want][] = [
    ['set(attributes["test"], "pass") where name == "scope"', 'set(scope.attributes["test"], "pass") where scope.name == "scope"', scopeAttr],
    ['set(attributes["test"], "pass") where version == 2', 'set(scope.attributes["test"], "pass") where scope.version == 2', unchanged],
    ['set(schema_url, "test_schema_url")', 'set(scope.schema_url, "test_schema_url")', (td) => (td.resourceLogs[0].scopeLogs[0].schemaUrl = 'test_schema_url')],
  ];
  for (const [explicit, inferred, want] of rows) {
    table('scope')(explicit)(`context scope: ${explicit}`, () => expectRow([{ context: 'scope', statements: [explicit] }], want));
    table('scope')(inferred)(`inferred: ${inferred}`, () => expectRow([{ statements: [inferred] }], want));
  }
});

describe('log context', () => {
  const keysRenamed: Want = (td) => {
    resetAttrs(logRec(td, 0).attributes, {
      'http.method': 'get',
      'http.path': '/health',
      url: 'http://localhost/health',
      flags: 'A|B|C',
      'total.string': '123456789',
    });
    resetAttrs(logRec(td, 1).attributes, {
      'http.method': 'get',
      'http.path': '/health',
      url: 'http://localhost/health',
      flags: 'C|D',
      'total.string': '345678',
    });
  };
  const abc: Want = (td) => void logRec(td, 0).attributes.set('test', ['A', 'B', 'C']);
  const rows: [string, string, Want][] = [
    ['set(attributes["test"], "pass") where body == "operationA"', 'set(log.attributes["test"], "pass") where log.body == "operationA"', put('test', 'pass', 0)],
    [
      'set(attributes["test"], "pass") where resource.attributes["host.name"] == "localhost"',
      'set(log.attributes["test"], "pass") where resource.attributes["host.name"] == "localhost"',
      put('test', 'pass', 0, 1),
    ],
    [
      'keep_keys(attributes, ["http.method"]) where body == "operationA"',
      'keep_keys(log.attributes, ["http.method"]) where log.body == "operationA"',
      (td) => resetAttrs(logRec(td, 0).attributes, { 'http.method': 'get' }),
    ],
    [
      'set(severity_text, "ok") where attributes["http.path"] == "/health"',
      'set(log.severity_text, "ok") where log.attributes["http.path"] == "/health"',
      (td) => {
        logRec(td, 0).severityText = 'ok';
        logRec(td, 1).severityText = 'ok';
      },
    ],
    ['replace_pattern(attributes["http.method"], "get", "post")', 'replace_pattern(log.attributes["http.method"], "get", "post")', put('http.method', 'post', 0, 1)],
    ['replace_all_patterns(attributes, "value", "get", "post")', 'replace_all_patterns(log.attributes, "value", "get", "post")', put('http.method', 'post', 0, 1)],
    ['replace_all_patterns(attributes, "key", "http.url", "url")', 'replace_all_patterns(log.attributes, "key", "http.url", "url")', keysRenamed],
    ['set(attributes["test"], "pass") where dropped_attributes_count == 1', 'set(log.attributes["test"], "pass") where log.dropped_attributes_count == 1', put('test', 'pass', 0)],
    ['set(attributes["test"], "pass") where flags == 1', 'set(log.attributes["test"], "pass") where log.flags == 1', put('test', 'pass', 0)],
    [
      'set(attributes["test"], "pass") where severity_number == SEVERITY_NUMBER_TRACE',
      'set(log.attributes["test"], "pass") where log.severity_number == SEVERITY_NUMBER_TRACE',
      put('test', 'pass', 0),
    ],
    [
      'set(severity_number, SEVERITY_NUMBER_TRACE2) where severity_number == 1',
      'set(log.severity_number, SEVERITY_NUMBER_TRACE2) where log.severity_number == 1',
      (td) => void (logRec(td, 0).severityNumber = 2),
    ],
    [
      'set(attributes["test"], "pass") where trace_id == TraceID(0x0102030405060708090a0b0c0d0e0f10)',
      'set(log.attributes["test"], "pass") where log.trace_id == TraceID(0x0102030405060708090a0b0c0d0e0f10)',
      put('test', 'pass', 0),
    ],
    [
      'set(attributes["test"], "pass") where span_id == SpanID(0x0102030405060708)',
      'set(log.attributes["test"], "pass") where log.span_id == SpanID(0x0102030405060708)',
      put('test', 'pass', 0),
    ],
    ['set(attributes["test"], "pass") where IsMatch(body, "operation[AC]")', 'set(log.attributes["test"], "pass") where IsMatch(log.body, "operation[AC]")', put('test', 'pass', 0)],
    [
      'delete_key(attributes, "http.url") where body == "operationA"',
      'delete_key(log.attributes, "http.url") where log.body == "operationA"',
      (td) => resetAttrs(logRec(td, 0).attributes, { 'http.method': 'get', 'http.path': '/health', 'total.string': '123456789', flags: 'A|B|C' }),
    ],
    [
      'delete_matching_keys(attributes, "http.*t.*") where body == "operationA"',
      'delete_matching_keys(log.attributes, "http.*t.*") where log.body == "operationA"',
      (td) => resetAttrs(logRec(td, 0).attributes, { 'http.url': 'http://localhost/health', flags: 'A|B|C', 'total.string': '123456789' }),
    ],
    [
      'set(attributes["test"], Concat([attributes["http.method"], attributes["http.url"]], ": ")) where body == Concat(["operation", "A"], "")',
      'set(log.attributes["test"], Concat([log.attributes["http.method"], log.attributes["http.url"]], ": ")) where log.body == Concat(["operation", "A"], "")',
      put('test', 'get: http://localhost/health', 0),
    ],
    [
      'set(attributes["test"], Split(attributes["flags"], "|"))',
      'set(log.attributes["test"], Split(log.attributes["flags"], "|"))',
      (td) => {
        logRec(td, 0).attributes.set('test', ['A', 'B', 'C']);
        logRec(td, 1).attributes.set('test', ['C', 'D']);
      },
    ],
    ['set(attributes["test"], Split(attributes["flags"], "|")) where body == "operationA"', 'set(log.attributes["test"], Split(log.attributes["flags"], "|")) where log.body == "operationA"', abc],
    ['set(attributes["test"], Split(attributes["not_exist"], "|"))', 'set(log.attributes["test"], Split(log.attributes["not_exist"], "|"))', unchanged],
    [
      'set(attributes["test"], Substring(attributes["total.string"], 3, 3))',
      'set(log.attributes["test"], Substring(log.attributes["total.string"], 3, 3))',
      (td) => {
        logRec(td, 0).attributes.set('test', '456');
        logRec(td, 1).attributes.set('test', '678');
      },
    ],
    [
      'set(attributes["test"], Substring(attributes["total.string"], 3, 3)) where body == "operationA"',
      'set(log.attributes["test"], Substring(log.attributes["total.string"], 3, 3)) where log.body == "operationA"',
      put('test', '456', 0),
    ],
    ['set(attributes["test"], Substring(attributes["not_exist"], 3, 3))', 'set(log.attributes["test"], Substring(log.attributes["not_exist"], 3, 3))', unchanged],
    ['set(attributes["test"], ["A", "B", "C"]) where body == "operationA"', 'set(log.attributes["test"], ["A", "B", "C"]) where log.body == "operationA"', abc],
    ['set(attributes["test"], ConvertCase(body, "lower")) where body == "operationA"', 'set(log.attributes["test"], ConvertCase(log.body, "lower")) where log.body == "operationA"', put('test', 'operationa', 0)],
    ['set(attributes["test"], ConvertCase(body, "upper")) where body == "operationA"', 'set(log.attributes["test"], ConvertCase(log.body, "upper")) where log.body == "operationA"', put('test', 'OPERATIONA', 0)],
    ['set(attributes["test"], ConvertCase(body, "snake")) where body == "operationA"', 'set(log.attributes["test"], ConvertCase(log.body, "snake")) where log.body == "operationA"', put('test', 'operation_a', 0)],
    ['set(attributes["test"], ConvertCase(body, "camel")) where body == "operationA"', 'set(log.attributes["test"], ConvertCase(log.body, "camel")) where log.body == "operationA"', put('test', 'OperationA', 0)],
    [
      'merge_maps(attributes, ParseJSON("{\\"json_test\\":\\"pass\\"}"), "insert") where body == "operationA"',
      'merge_maps(log.attributes, ParseJSON("{\\"json_test\\":\\"pass\\"}"), "insert") where log.body == "operationA"',
      put('json_test', 'pass', 0),
    ],
    ['limit(attributes, 0, []) where body == "operationA"', 'limit(log.attributes, 0, []) where log.body == "operationA"', (td) => logRec(td, 0).attributes.clear()],
    ['set(attributes["test"], Log(1)) where body == "operationA"', 'set(log.attributes["test"], Log(1)) where log.body == "operationA"', (td) => void logRec(td, 0).attributes.set('test', 0)],
    ['replace_match(body["metadata"]["uid"], "*", "12345")', 'replace_match(log.body["metadata"]["uid"], "*", "12345")', unchanged],
  ];
  for (const [explicit, inferred, want] of rows) {
    table('log')(explicit)(`context log: ${explicit}`, () => expectRow([{ context: 'log', statements: [explicit] }], want));
    table('log')(inferred)(`inferred: ${inferred}`, () => expectRow([{ statements: [inferred] }], want));
  }
});

describe('mixed contexts', () => {
  const resourceTest: Want = (td) => td.resourceLogs[0].resource.attributes.set('test', 'pass');
  const scopeTest =
    (v: string): Want =>
    (td) =>
      td.resourceLogs[0].scopeLogs[0].scope.attributes.set('test', v);
  const both = (...ws: Want[]): Want => (td) => ws.forEach((w) => w(td));
  const logsTest = put('test', 'pass', 0, 1);
  const logWhereScope = 'set(attributes["test"], "pass") where instrumentation_scope.attributes["test"] == "pass"';
  const inferredLogWhereScope = 'set(log.attributes["test"], "pass") where instrumentation_scope.attributes["test"] == "pass"';
  const rows: [string, Group[], Want][] = [
    [
      'set resource and then use',
      [
        { context: 'resource', statements: ['set(attributes["test"], "pass")'] },
        { context: 'log', statements: ['set(attributes["test"], "pass") where resource.attributes["test"] == "pass"'] },
      ],
      both(resourceTest, logsTest),
    ],
    [
      'set scope and then use',
      [
        { context: 'scope', statements: ['set(attributes["test"], "pass")'] },
        { context: 'log', statements: [logWhereScope] },
      ],
      both(scopeTest('pass'), logsTest),
    ],
    [
      'order matters',
      [
        { context: 'log', statements: [logWhereScope] },
        { context: 'scope', statements: ['set(attributes["test"], "pass")'] },
      ],
      scopeTest('pass'),
    ],
    [
      'reuse context',
      [
        { context: 'scope', statements: ['set(attributes["test"], "pass")'] },
        { context: 'log', statements: [logWhereScope] },
        { context: 'scope', statements: ['set(attributes["test"], "fail")'] },
      ],
      both(scopeTest('fail'), logsTest),
    ],
    [
      'inferred: set resource and then use',
      [
        { statements: ['set(resource.attributes["test"], "pass")'] },
        { statements: ['set(log.attributes["test"], "pass") where resource.attributes["test"] == "pass"'] },
      ],
      both(resourceTest, logsTest),
    ],
    [
      'inferred: set scope and then use',
      [{ statements: ['set(scope.attributes["test"], "pass")'] }, { statements: [inferredLogWhereScope] }],
      both(scopeTest('pass'), logsTest),
    ],
    ['inferred: order matters', [{ statements: [inferredLogWhereScope] }, { statements: ['set(scope.attributes["test"], "pass")'] }], scopeTest('pass')],
    [
      'inferred: reuse context',
      [
        { statements: ['set(scope.attributes["test"], "pass")'] },
        { statements: [inferredLogWhereScope] },
        { statements: ['set(scope.attributes["test"], "fail")'] },
      ],
      both(scopeTest('fail'), logsTest),
    ],
  ];
  for (const [name, groups, want] of rows) table('mixed')(name)(name, () => expectRow(groups, want));
});

describe('error mode', () => {
  it.each(['resource', 'scope', 'log'])('propagate fails the payload in context %s', (context) => {
    expect(() => run([{ context, statements: ['set(attributes["test"], ParseJSON(1))'] }], 'propagate')).toThrow();
  });

  const rows: [string, Group[], Want | string][] = [
    [
      'log: statements group with error mode',
      [
        { statements: ['set(log.attributes["pass"], ParseJSON(1))'], error_mode: 'ignore' },
        { statements: ['set(log.attributes["test"], "pass") where log.body == "operationA"'] },
      ],
      put('test', 'pass', 0),
    ],
    [
      'log: statements group error mode does not affect default',
      [{ statements: ['set(log.attributes["pass"], ParseJSON(1))'], error_mode: 'ignore' }, { statements: ['set(log.attributes["pass"], ParseJSON(true))'] }],
      'expected string but got bool',
    ],
    [
      'resource: statements group with error mode',
      [{ statements: ['set(resource.attributes["pass"], ParseJSON(1))'], error_mode: 'ignore' }, { statements: ['set(resource.attributes["test"], "pass")'] }],
      (td) => td.resourceLogs[0].resource.attributes.set('test', 'pass'),
    ],
    [
      'resource: statements group error mode does not affect default',
      [{ statements: ['set(resource.attributes["pass"], ParseJSON(1))'], error_mode: 'ignore' }, { statements: ['set(resource.attributes["pass"], ParseJSON(true))'] }],
      'expected string but got bool',
    ],
    [
      'scope: statements group with error mode',
      [{ statements: ['set(scope.attributes["pass"], ParseJSON(1))'], error_mode: 'ignore' }, { statements: ['set(scope.attributes["test"], "pass")'] }],
      (td) => td.resourceLogs[0].scopeLogs[0].scope.attributes.set('test', 'pass'),
    ],
    [
      'scope: statements group error mode does not affect default',
      [{ statements: ['set(scope.attributes["pass"], ParseJSON(1))'], error_mode: 'ignore' }, { statements: ['set(scope.attributes["pass"], ParseJSON(true))'] }],
      'expected string but got bool',
    ],
  ];
  for (const [name, groups, want] of rows) {
    table('error mode')(name)(name, () => {
      if (typeof want === 'string') {
        expect(() => run(groups, 'propagate')).toThrow(want);
      } else {
        const got = run(groups, 'propagate');
        const expected = constructLogs();
        want(expected);
        expect(ordered(got)).toEqual(ordered(expected));
      }
    });
  }
});

describe('cache access', () => {
  const resourceTest: Want = (td) => td.resourceLogs[0].resource.attributes.set('test', 'pass');
  const scopeTest: Want = (td) => td.resourceLogs[0].scopeLogs[0].scope.attributes.set('test', 'pass');
  const rows: [string, Group[], Want][] = [
    [
      'resource:resource.cache',
      [
        { statements: ['set(resource.cache["test"], "pass")'], shared_cache: true },
        { statements: ['set(resource.attributes["test"], resource.cache["test"])'], shared_cache: true },
      ],
      resourceTest,
    ],
    ['resource:cache', [{ context: 'resource', statements: ['set(cache["test"], "pass")', 'set(attributes["test"], cache["test"])'] }], resourceTest],
    [
      'scope:scope.cache',
      [
        { statements: ['set(scope.cache["test"], "pass")'], shared_cache: true },
        { statements: ['set(scope.attributes["test"], scope.cache["test"])'], shared_cache: true },
      ],
      scopeTest,
    ],
    ['scope:cache', [{ context: 'scope', statements: ['set(cache["test"], "pass")', 'set(attributes["test"], cache["test"])'] }], scopeTest],
    [
      'log:log.cache',
      [
        { statements: ['set(log.cache["test"], "pass")'], shared_cache: true },
        { statements: ['set(log.attributes["test"], log.cache["test"])'], shared_cache: true },
      ],
      put('test', 'pass', 0, 1),
    ],
    ['log:cache', [{ context: 'log', statements: ['set(cache["test"], "pass")', 'set(attributes["test"], cache["test"])'] }], put('test', 'pass', 0, 1)],
    [
      'cache isolation',
      [
        { statements: ['set(log.cache["shared"], "fail")'], shared_cache: true },
        {
          statements: [
            'set(log.cache["test"], "pass")',
            'set(log.attributes["test"], log.cache["test"])',
            'set(log.attributes["test"], log.cache["shared"])',
          ],
        },
        {
          context: 'log',
          statements: [
            'set(cache["test"], "pass")',
            'set(attributes["test"], cache["test"])',
            'set(attributes["test"], cache["shared"])',
            'set(attributes["test"], log.cache["shared"])',
          ],
        },
        { statements: ['set(log.attributes["test"], "pass") where log.cache["shared"] == "fail"'], shared_cache: true },
      ],
      put('test', 'pass', 0, 1),
    ],
  ];
  for (const [name, groups, want] of rows) table('cache')(name)(name, () => expectRow(groups, want));
});

describe('group conditions parse', () => {
  for (const ctx of ['log', 'resource', 'scope']) {
    const rows: [string, Group[], string | null][] = [
      ['inferred: condition with context', [{ statements: [`set(${ctx}.cache["test"], "pass")`], conditions: [`${ctx}.cache["test"] == ""`] }], null],
      [
        'inferred: condition without context',
        [{ statements: [`set(${ctx}.cache["test"], "pass")`], conditions: ['cache["test"] == ""'] }],
        'missing context name for path "cache[test]"',
      ],
      ['context defined: condition without context', [{ context: ctx, statements: ['set(cache["test"], "pass")'], conditions: ['cache["test"] == ""'] }], null],
      [
        'context defined: condition with context',
        [{ context: ctx, statements: ['set(attributes["test"], "pass")'], conditions: [`${ctx}.cache["test"] == ""`] }],
        null,
      ],
    ];
    for (const [name, groups, wantError] of rows) {
      table('conditions parse')(`${ctx}: ${name}`)(`${ctx}: ${name}`, () => {
        const compile = () => TransformProcessor.fromText(transformConfig('log_statements', groups, 'propagate'), 'logs.yaml');
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

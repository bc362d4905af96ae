/**
 * The reference's transform processor metric tests
 * (processor/transformprocessor/internal/metrics/processor_test.go), row by row: each statement list
 * runs against `constructMetrics()` and the result must equal the fixture with the row's edits.
 */
import { describe, expect, it } from 'vitest';
import { newMetric, newNumberDataPoint, type Metric, type MetricsData, type NumberDataPoint } from '../../src/core/model.js';
import { RuleSetError } from '../../src/engine/environment.js';
import { TransformProcessor } from '../../src/engine/transform/processor.js';
import type { Value } from '../../src/core/values/types.js';
import {
  constructMetrics,
  fillMetricFour,
  fillMetricTwo,
  metricAt,
  ordered,
  pointsOf,
  resetAttrs,
  START_TIME,
  strAttrs,
  TEST_TIME,
  transformConfig,
  type Group,
} from './transform-fixtures.js';

type Want = (td: MetricsData) => void;

/** Rows that cannot pass yet, keyed by `table: first statement-or-name`, with the reason. Skipped. */
const KNOWN_DIVERGENCES: Record<string, string> = {};

const unchanged: Want = () => {};
const all =
  (...ws: Want[]): Want =>
  (td) =>
    ws.forEach((w) => w(td));
/** Sets `key` on the listed data points, given as [metric, point] pairs. */
const putAt =
  (key: string, value: Value, ...at: [number, number][]): Want =>
  (td) => {
    for (const [m, p] of at) pointsOf(td, m)[p].attributes.set(key, value);
  };
const opA = (key: string, value: Value) => putAt(key, value, [0, 0], [0, 1]);
const everyMetric =
  (f: (m: Metric) => void, ...which: number[]): Want =>
  (td) => {
    for (const i of which.length > 0 ? which : [0, 1, 2, 3, 4]) f(metricAt(td, i));
  };
const resourceTest: Want = (td) => td.resourceMetrics[0].resource.attributes.set('test', 'pass');
const scopeTest =
  (v = 'pass'): Want =>
  (td) =>
    td.resourceMetrics[0].scopeMetrics[0].scope.attributes.set('test', v);
const appendMetric = (td: MetricsData, m: Metric) => td.resourceMetrics[0].scopeMetrics[0].metrics.push(m);
/** Every data point of the fixture, as [metric, point] pairs. */
const EVERY_POINT: [number, number][] = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
  [2, 0],
  [2, 1],
  [3, 0],
  [4, 0],
  [4, 1],
];

function sumPoint(attrs: Map<string, Value>, value: number | bigint, time = 0n): NumberDataPoint {
  const dp = newNumberDataPoint();
  dp.attributes = new Map(attrs);
  dp.value = value;
  dp.startTimeUnixNano = START_TIME;
  dp.timeUnixNano = time;
  return dp;
}

function deltaSum(from: Metric, name: string, unit: string, points: NumberDataPoint[]): Metric {
  const m = newMetric();
  m.name = name;
  m.description = from.description;
  m.unit = unit;
  m.data = { kind: 'sum', aggregationTemporality: 1, isMonotonic: true, dataPoints: points };
  return m;
}

/** extract_sum_metric on operationB: only the first histogram point has a sum. */
const extractedSum =
  (name = 'operationB_sum'): Want =>
  (td) => {
    const h = fillMetricTwo();
    const dp0 = h.data!.dataPoints[0];
    appendMetric(td, deltaSum(h, name, h.unit, [sumPoint(dp0.attributes, 5)]));
  };

const extractedCount: Want = (td) => {
  const h = fillMetricTwo();
  const [dp0, dp1] = h.data!.dataPoints;
  appendMetric(td, deltaSum(h, 'operationB_count', '1', [sumPoint(dp0.attributes, 1n), sumPoint(dp1.attributes, 3n)]));
};

const summaryToSum =
  (which: 'count' | 'sum', unit?: string): Want =>
  (td) => {
    const s = fillMetricFour();
    const dp = s.data!.dataPoints[0];
    const value = which === 'count' ? 1234n : 12.34;
    appendMetric(td, deltaSum(s, `operationD_${which}`, unit ?? s.unit, [sumPoint(dp.attributes, value, TEST_TIME)]));
  };

const copied: Want = (td) => {
  const m = structuredClone(metricAt(td, 0));
  m.name = 'http.request.status_code';
  m.unit = 's';
  appendMetric(td, m);
};

const scaled =
  (unit?: string): Want =>
  (td) => {
    const [dp0, dp1] = metricAt(td, 0).data!.dataPoints as NumberDataPoint[];
    dp0.value = 10.0;
    dp1.value = 37.0;
    if (unit !== undefined) metricAt(td, 0).unit = unit;
  };

const aggregated =
  (metric: number, value: number, attrs: Record<string, string>): Want =>
  (td) => {
    const m = metricAt(td, metric);
    if (m.data?.kind !== 'sum') throw new Error('fixture changed');
    m.data.dataPoints = [sumPoint(strAttrs(attrs), value)];
  };

function run(groups: Group[], mode: 'ignore' | 'propagate' = 'ignore'): MetricsData {
  const td = constructMetrics();
  TransformProcessor.fromText(transformConfig('metric_statements', groups, mode), 'metrics.yaml').processMetrics(td);
  return td;
}

function expectRow(groups: Group[], want: Want, mode: 'ignore' | 'propagate' = 'ignore'): void {
  const got = run(groups, mode);
  const expected = constructMetrics();
  want(expected);
  expect(ordered(got)).toEqual(ordered(expected));
}

const table = (name: string) => (key: string) => (KNOWN_DIVERGENCES[`${name}: ${key}`] ? it.skip : it);

/** Each row: the explicit-context statements, their inferred-context spelling, the expected edit. */
function pairs(name: string, context: string, rows: [string[], string[], Want][]): void {
  for (const [explicit, inferred, want] of rows) {
    table(name)(explicit[0])(`context ${context}: ${explicit.join(' ; ')}`, () => expectRow([{ context, statements: explicit }], want));
    // The reference gives each inferred statement its own group.
    table(name)(inferred[0])(`inferred: ${inferred.join(' ; ')}`, () => expectRow(inferred.map((s) => ({ statements: [s] })), want));
  }
}

describe('resource context', () => {
  pairs('resource', 'resource', [
    [['set(attributes["test"], "pass")'], ['set(resource.attributes["test"], "pass")'], resourceTest],
    [
      ['set(attributes["test"], "pass") where attributes["host.name"] == "wrong"'],
      ['set(resource.attributes["test"], "pass") where resource.attributes["host.name"] == "wrong"'],
      unchanged,
    ],
    [['set(schema_url, "test_schema_url")'], ['set(resource.schema_url, "test_schema_url")'], (td) => void (td.resourceMetrics[0].schemaUrl = 'test_schema_url')],
  ]);
});

describe('scope context', () => {
  pairs('scope', 'scope', [
    [['set(attributes["test"], "pass") where name == "scope"'], ['set(scope.attributes["test"], "pass") where scope.name == "scope"'], scopeTest()],
    [['set(attributes["test"], "pass") where version == 2'], ['set(scope.attributes["test"], "pass") where scope.version == 2'], unchanged],
    [
      ['set(schema_url, "test_schema_url")'],
      ['set(scope.schema_url, "test_schema_url")'],
      (td) => void (td.resourceMetrics[0].scopeMetrics[0].schemaUrl = 'test_schema_url'),
    ],
  ]);
});

describe('metric context', () => {
  pairs('metric', 'metric', [
    [['extract_sum_metric(true) where name == "operationB"'], ['extract_sum_metric(true) where metric.name == "operationB"'], extractedSum()],
    [
      ['extract_sum_metric(true) where name == "operationB"', 'set(name, "new_name") where name == "operationB_sum"'],
      ['extract_sum_metric(true) where metric.name == "operationB"', 'set(metric.name, "new_name") where metric.name == "operationB_sum"'],
      extractedSum('new_name'),
    ],
    [['extract_count_metric(true) where name == "operationB"'], ['extract_count_metric(true) where metric.name == "operationB"'], extractedCount],
    [
      ['copy_metric(name="http.request.status_code", unit="s") where name == "operationA"'],
      ['copy_metric(name="http.request.status_code", unit="s") where metric.name == "operationA"'],
      copied,
    ],
    [['scale_metric(10.0,"s") where name == "operationA"'], ['scale_metric(10.0,"s") where metric.name == "operationA"'], scaled('s')],
    [['scale_metric(10.0) where name == "operationA"'], ['scale_metric(10.0) where metric.name == "operationA"'], scaled()],
    [
      ['aggregate_on_attributes("sum", ["attr1", "attr2"]) where name == "operationA"'],
      ['aggregate_on_attributes("sum", ["attr1", "attr2"]) where metric.name == "operationA"'],
      aggregated(0, 4.7, { attr1: 'test1', attr2: 'test2' }),
    ],
    [
      ['aggregate_on_attributes("min") where name == "operationA"'],
      ['aggregate_on_attributes("min") where metric.name == "operationA"'],
      aggregated(0, 1.0, { attr1: 'test1', attr2: 'test2', attr3: 'test3', flags: 'A|B|C', 'total.string': '123456789' }),
    ],
    [
      ['aggregate_on_attribute_value("sum", "attr1", ["test1", "test2"], "test") where name == "operationE"'],
      ['aggregate_on_attribute_value("sum", "attr1", ["test1", "test2"], "test") where metric.name == "operationE"'],
      aggregated(4, 4.7, { attr1: 'test' }),
    ],
  ]);
});

describe('datapoint context', () => {
  const attr3Renamed: Want = (td) => {
    for (const [m, p] of EVERY_POINT) {
      const attrs = pointsOf(td, m)[p].attributes;
      if (!attrs.has('attr3')) continue;
      const renamed = new Map<string, Value>();
      for (const [k, v] of attrs) renamed.set(k === 'attr3' ? 'attr4' : k, v);
      resetAttrs(attrs, Object.fromEntries(renamed));
    }
  };
  const attr1Pass = putAt('attr1', 'pass', [0, 0], [0, 1], [1, 0], [1, 1], [2, 0], [2, 1], [3, 0], [4, 0]);
  const opAKeys =
    (entries: Record<string, string>): Want =>
    (td) => {
      for (const dp of pointsOf(td, 0)) resetAttrs(dp.attributes, entries);
    };
  const splitAll = all(opA('test', ['A', 'B', 'C']), putAt('test', ['C', 'D'], [1, 0], [1, 1]));
  const convertCase = all(opA('test_lower', 'operationa'), opA('test_upper', 'OPERATIONA'), opA('test_snake', 'operation_a'), opA('test_camel', 'OperationA'));
  const description = (d: string, ...which: number[]) => everyMetric((m) => void (m.description = d), ...which);
  const newUnit = everyMetric((m) => void (m.unit = 'new unit'));
  const temporalityDelta = everyMetric((m) => {
    if (m.data !== null && 'aggregationTemporality' in m.data) m.data.aggregationTemporality = 1;
  }, 0, 2, 4);
  const monotonic = everyMetric((m) => {
    if (m.data?.kind === 'sum') m.data.isMonotonic = true;
  }, 0, 4);
  const caseStatements = (p: string) =>
    ['lower', 'upper', 'snake', 'camel'].map((c) => `set(${p}attributes["test_${c}"], ConvertCase(metric.name, "${c}")) where metric.name == "operationA"`);

  pairs('datapoint', 'datapoint', [
    [['set(attributes["test"], "pass") where metric.name == "operationA"'], ['set(datapoint.attributes["test"], "pass") where metric.name == "operationA"'], opA('test', 'pass')],
    [
      ['set(attributes["test"], "pass") where resource.attributes["host.name"] == "myhost"'],
      ['set(datapoint.attributes["test"], "pass") where resource.attributes["host.name"] == "myhost"'],
      putAt('test', 'pass', ...EVERY_POINT),
    ],
    [['set(attributes["int_value"], Int("2")) where metric.name == "operationA"'], ['set(datapoint.attributes["int_value"], Int("2")) where metric.name == "operationA"'], opA('int_value', 2n)],
    [
      ['set(attributes["int_value"], Int(value_double)) where metric.name == "operationA"'],
      ['set(datapoint.attributes["int_value"], Int(datapoint.value_double)) where metric.name == "operationA"'],
      all(putAt('int_value', 1n, [0, 0]), putAt('int_value', 3n, [0, 1])),
    ],
    [['keep_keys(attributes, ["attr2"]) where metric.name == "operationA"'], ['keep_keys(datapoint.attributes, ["attr2"]) where metric.name == "operationA"'], opAKeys({ attr2: 'test2' })],
    [['set(metric.description, "test") where attributes["attr1"] == "test1"'], ['set(metric.description, "test") where datapoint.attributes["attr1"] == "test1"'], description('test')],
    [['set(metric.unit, "new unit")'], ['set(metric.unit, "new unit")'], newUnit],
    [['set(metric.description, "Sum") where metric.type == METRIC_DATA_TYPE_SUM'], ['set(metric.description, "Sum") where metric.type == METRIC_DATA_TYPE_SUM'], description('Sum', 0, 4)],
    [
      ['set(metric.aggregation_temporality, AGGREGATION_TEMPORALITY_DELTA) where metric.aggregation_temporality == 0'],
      ['set(metric.aggregation_temporality, AGGREGATION_TEMPORALITY_DELTA) where metric.aggregation_temporality == 0'],
      temporalityDelta,
    ],
    [['set(metric.is_monotonic, true) where metric.is_monotonic == false'], ['set(metric.is_monotonic, true) where metric.is_monotonic == false'], monotonic],
    [['set(attributes["test"], "pass") where count == 1'], ['set(datapoint.attributes["test"], "pass") where datapoint.count == 1'], putAt('test', 'pass', [1, 0], [2, 0])],
    [['set(attributes["test"], "pass") where scale == 1'], ['set(datapoint.attributes["test"], "pass") where datapoint.scale == 1'], putAt('test', 'pass', [2, 0])],
    [['set(attributes["test"], "pass") where zero_count == 1'], ['set(datapoint.attributes["test"], "pass") where datapoint.zero_count == 1'], putAt('test', 'pass', [2, 0])],
    [['set(attributes["test"], "pass") where positive.offset == 1'], ['set(datapoint.attributes["test"], "pass") where datapoint.positive.offset == 1'], putAt('test', 'pass', [2, 0])],
    [['set(attributes["test"], "pass") where negative.offset == 1'], ['set(datapoint.attributes["test"], "pass") where datapoint.negative.offset == 1'], putAt('test', 'pass', [2, 0])],
    [['replace_pattern(attributes["attr1"], "test1", "pass")'], ['replace_pattern(datapoint.attributes["attr1"], "test1", "pass")'], attr1Pass],
    [['replace_all_patterns(attributes, "value", "test1", "pass")'], ['replace_all_patterns(datapoint.attributes, "value", "test1", "pass")'], attr1Pass],
    [['replace_all_patterns(attributes, "key", "attr3", "attr4")'], ['replace_all_patterns(datapoint.attributes, "key", "attr3", "attr4")'], attr3Renamed],
    [
      ['convert_summary_count_val_to_sum("delta", true) where metric.name == "operationD"'],
      ['convert_summary_count_val_to_sum("delta", true) where metric.name == "operationD"'],
      summaryToSum('count'),
    ],
    [
      ['convert_summary_sum_val_to_sum("delta", true) where metric.name == "operationD"'],
      ['convert_summary_sum_val_to_sum("delta", true) where metric.name == "operationD"'],
      summaryToSum('sum'),
    ],
    [
      ['convert_summary_sum_val_to_sum("delta", true) where metric.name == "operationD"', 'set(metric.unit, "new unit")'],
      ['convert_summary_sum_val_to_sum("delta", true) where metric.name == "operationD"', 'set(metric.unit, "new unit")'],
      all(newUnit, summaryToSum('sum', 'new unit')),
    ],
    [
      ['set(attributes["test"], "pass") where IsMatch(metric.name, "operation[AC]")'],
      ['set(datapoint.attributes["test"], "pass") where IsMatch(metric.name, "operation[AC]")'],
      putAt('test', 'pass', [0, 0], [0, 1], [2, 0], [2, 1]),
    ],
    [
      ['delete_key(attributes, "attr3") where metric.name == "operationA"'],
      ['delete_key(datapoint.attributes, "attr3") where metric.name == "operationA"'],
      opAKeys({ attr1: 'test1', attr2: 'test2', 'total.string': '123456789', flags: 'A|B|C' }),
    ],
    [
      ['delete_matching_keys(attributes, "[23]") where metric.name == "operationA"'],
      ['delete_matching_keys(datapoint.attributes, "[23]") where metric.name == "operationA"'],
      opAKeys({ attr1: 'test1', flags: 'A|B|C', 'total.string': '123456789' }),
    ],
    [
      ['set(attributes["test"], Concat([attributes["attr1"], attributes["attr2"]], "-")) where metric.name == Concat(["operation", "A"], "")'],
      ['set(datapoint.attributes["test"], Concat([datapoint.attributes["attr1"], datapoint.attributes["attr2"]], "-")) where metric.name == Concat(["operation", "A"], "")'],
      opA('test', 'test1-test2'),
    ],
    [['set(attributes["test"], Split(attributes["flags"], "|"))'], ['set(datapoint.attributes["test"], Split(datapoint.attributes["flags"], "|"))'], splitAll],
    [
      ['set(attributes["test"], Split(attributes["flags"], "|")) where metric.name == "operationA"'],
      ['set(datapoint.attributes["test"], Split(datapoint.attributes["flags"], "|")) where metric.name == "operationA"'],
      opA('test', ['A', 'B', 'C']),
    ],
    [['set(attributes["test"], Split(attributes["not_exist"], "|"))'], ['set(datapoint.attributes["test"], Split(datapoint.attributes["not_exist"], "|"))'], unchanged],
    [
      ['set(attributes["test"], Substring(attributes["total.string"], 3, 3))'],
      ['set(datapoint.attributes["test"], Substring(datapoint.attributes["total.string"], 3, 3))'],
      all(opA('test', '456'), putAt('test', '678', [1, 0], [1, 1])),
    ],
    [
      ['set(attributes["test"], Substring(attributes["total.string"], 3, 3)) where metric.name == "operationA"'],
      ['set(datapoint.attributes["test"], Substring(datapoint.attributes["total.string"], 3, 3)) where metric.name == "operationA"'],
      opA('test', '456'),
    ],
    [['set(attributes["test"], Substring(attributes["not_exist"], 3, 3))'], ['set(datapoint.attributes["test"], Substring(datapoint.attributes["not_exist"], 3, 3))'], unchanged],
    [caseStatements(''), caseStatements('datapoint.'), convertCase],
    [
      ['set(attributes["test"], ["A", "B", "C"]) where metric.name == "operationA"'],
      ['set(datapoint.attributes["test"], ["A", "B", "C"]) where metric.name == "operationA"'],
      opA('test', ['A', 'B', 'C']),
    ],
    [
      ['merge_maps(attributes, ParseJSON("{\\"json_test\\":\\"pass\\"}"), "insert") where metric.name == "operationA"'],
      ['merge_maps(datapoint.attributes, ParseJSON("{\\"json_test\\":\\"pass\\"}"), "insert") where metric.name == "operationA"'],
      opA('json_test', 'pass'),
    ],
    [['limit(attributes, 0, []) where metric.name == "operationA"'], ['limit(datapoint.attributes, 0, []) where metric.name == "operationA"'], opAKeys({})],
    [['set(attributes["test"], Log(1)) where metric.name == "operationA"'], ['set(datapoint.attributes["test"], Log(1)) where metric.name == "operationA"'], opA('test', 0)],
  ]);
});

describe('mixed contexts', () => {
  const dpWhereScope = 'set(attributes["test"], "pass") where instrumentation_scope.attributes["test"] == "pass"';
  const pointsTest = putAt('test', 'pass', ...EVERY_POINT);
  const rows: [string, Group[], Want][] = [
    [
      'set resource and then use',
      [
        { context: 'resource', statements: ['set(attributes["test"], "pass")'] },
        { context: 'datapoint', statements: ['set(attributes["test"], "pass") where resource.attributes["test"] == "pass"'] },
      ],
      all(resourceTest, pointsTest),
    ],
    [
      'set scope and then use',
      [
        { context: 'scope', statements: ['set(attributes["test"], "pass")'] },
        { context: 'datapoint', statements: [dpWhereScope] },
      ],
      all(scopeTest(), pointsTest),
    ],
    [
      'order matters',
      [
        { context: 'datapoint', statements: [dpWhereScope] },
        { context: 'scope', statements: ['set(attributes["test"], "pass")'] },
      ],
      scopeTest(),
    ],
    [
      'reuse context',
      [
        { context: 'scope', statements: ['set(attributes["test"], "pass")'] },
        { context: 'datapoint', statements: [dpWhereScope] },
        { context: 'scope', statements: ['set(attributes["test"], "fail")'] },
      ],
      all(scopeTest('fail'), pointsTest),
    ],
  ];
  for (const [name, groups, want] of rows) table('mixed')(name)(name, () => expectRow(groups, want));
});

describe('error mode', () => {
  it.each([
    ['resource', 'set(attributes["test"], ParseJSON(1))'],
    ['scope', 'set(attributes["test"], ParseJSON(1))'],
    ['metric', 'set(name, ParseJSON(1))'],
    ['datapoint', 'set(attributes["test"], ParseJSON(1))'],
  ])('propagate fails the payload in context %s: %s', (context, statement) => {
    expect(() => run([{ context, statements: [statement] }], 'propagate')).toThrow();
  });

  const rows: [string, Group[], Want | string][] = [
    [
      'metric: statements group with error mode',
      [
        { statements: ['set(metric.name, ParseJSON(1))'], error_mode: 'ignore' },
        { statements: ['set(metric.name, "pass") where metric.name == "operationA" '] },
      ],
      (td) => void (metricAt(td, 0).name = 'pass'),
    ],
    [
      'metric: statements group error mode does not affect default',
      [{ statements: ['set(metric.name, ParseJSON(1))'], error_mode: 'ignore' }, { statements: ['set(metric.name, ParseJSON(true))'] }],
      'expected string but got bool',
    ],
    [
      'datapoint: statements group with error mode',
      [
        { statements: ['set(datapoint.attributes["test"], ParseJSON(1))'], error_mode: 'ignore' },
        { statements: ['set(datapoint.attributes["test"], "pass") where metric.name == "operationA" '] },
      ],
      opA('test', 'pass'),
    ],
    [
      'datapoint: statements group error mode does not affect default',
      [
        { statements: ['set(datapoint.attributes["test"], ParseJSON(1))'], error_mode: 'ignore' },
        { statements: ['set(datapoint.attributes["test"], ParseJSON(true))'] },
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
  const opB = (td: MetricsData) => void (metricAt(td, 1).name = 'pass');
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
      scopeTest(),
    ],
    ['scope:cache', [{ context: 'scope', statements: ['set(cache["test"], "pass")', 'set(attributes["test"], cache["test"])'] }], scopeTest()],
    [
      'metric:metric.cache',
      [
        { statements: ['set(metric.cache["test"], "pass")'], shared_cache: true },
        { statements: ['set(metric.name, metric.cache["test"]) where metric.name == "operationB"'], shared_cache: true },
      ],
      opB,
    ],
    ['metric:cache', [{ context: 'metric', statements: ['set(cache["test"], "pass")', 'set(name, cache["test"]) where name == "operationB"'] }], opB],
    [
      'datapoint:datapoint.cache',
      [
        { statements: ['set(datapoint.cache["test"], "pass")'], shared_cache: true },
        { statements: ['set(datapoint.attributes["test"], datapoint.cache["test"]) where metric.name == "operationA"'], shared_cache: true },
      ],
      opA('test', 'pass'),
    ],
    [
      'datapoint:cache',
      [{ context: 'datapoint', statements: ['set(cache["test"], "pass")', 'set(attributes["test"], cache["test"]) where metric.name == "operationA"'] }],
      opA('test', 'pass'),
    ],
    [
      'cache isolation',
      [
        { statements: ['set(datapoint.cache["shared"], "pass")'], shared_cache: true },
        {
          statements: [
            'set(datapoint.cache["test"], "fail")',
            'set(datapoint.attributes["test"], datapoint.cache["test"])',
            'set(datapoint.cache["shared"], "fail")',
          ],
          conditions: ['metric.name == "operationA"'],
        },
        {
          context: 'datapoint',
          statements: [
            'set(attributes["extra"], cache["test"]) where cache["test"] != nil',
            'set(cache["test"], "fail")',
            'set(attributes["test"], cache["test"])',
            'set(cache["shared"], "fail")',
          ],
          conditions: ['metric.name == "operationA"'],
        },
        {
          statements: ['set(datapoint.attributes["test"], "pass") where datapoint.cache["shared"] == "pass"'],
          shared_cache: true,
          conditions: ['metric.name == "operationA"'],
        },
      ],
      opA('test', 'pass'),
    ],
  ];
  for (const [name, groups, want] of rows) table('cache')(name)(name, () => expectRow(groups, want));
});

describe('group conditions parse', () => {
  for (const ctx of ['metric', 'datapoint', 'resource', 'scope']) {
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
        const compile = () => TransformProcessor.fromText(transformConfig('metric_statements', groups, 'propagate'), 'metrics.yaml');
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

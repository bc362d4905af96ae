/**
 * Filter processor on metrics: rows ported from the reference's metrics_test.go
 * (TestFilterMetricProcessorWithOTTL, Test_ProcessMetrics_DefinedContext,
 * Test_ProcessMetrics_InferredContext).
 */
import { describe, expect, it } from 'vitest';
import type { MetricsData } from '../../../src/core/model.js';
import { constructMetrics, runFilter } from './helpers.js';

const ALL = 'localhost{scope[operationA(2),operationB(2),operationC(2),operationD(2),operationE(1)]}';
const without = (name: string) => ALL.replace(new RegExp(`${name}\\(\\d\\),?`), '').replace(',]', ']');
const withPoints = (name: string, n: number) => ALL.replace(new RegExp(`${name}\\(\\d\\)`), `${name}(${n})`);

const run = (config: string, input: () => MetricsData = constructMetrics) => runFilter(config, { signal: 'metrics', data: input() });

describe('classic keys (metrics.resource, metrics.metric, metrics.datapoint)', () => {
  const metric = (c: string) => `error_mode: ignore\nmetrics: {metric: ['${c}']}`;
  const point = (c: string) => `error_mode: ignore\nmetrics: {datapoint: ['${c}']}`;
  it.each([
    ['drop resource', 'metrics: {resource: [\'attributes["host.name"] == "localhost"\']}', ''],
    ['drop metrics', metric('name == "operationA"'), without('operationA')],
    ['drop everything by dropping all metrics', metric('IsMatch(name, "operation.*")'), ''],
    ['drop sum data point', point('metric.type == METRIC_DATA_TYPE_SUM and value_double == 1.0'), withPoints('operationA', 1)],
    ['drop all sum data points (the metric goes)', point('metric.type == METRIC_DATA_TYPE_SUM'), without('operationA')],
    ['drop gauge data point (none is 1.0)', point('metric.type == METRIC_DATA_TYPE_GAUGE and value_double == 1.0'), ALL],
    ['drop all gauge data points', point('metric.type == METRIC_DATA_TYPE_GAUGE'), without('operationE')],
    ['drop histogram data point', point('metric.type == METRIC_DATA_TYPE_HISTOGRAM and count == 1'), withPoints('operationB', 1)],
    ['drop all histogram data points', point('metric.type == METRIC_DATA_TYPE_HISTOGRAM'), without('operationB')],
    ['drop exponential histogram data point', point('metric.type == METRIC_DATA_TYPE_EXPONENTIAL_HISTOGRAM and count == 1'), withPoints('operationC', 1)],
    ['drop all exponential histogram data points', point('metric.type == METRIC_DATA_TYPE_EXPONENTIAL_HISTOGRAM'), without('operationC')],
    ['drop summary data point', point('metric.type == METRIC_DATA_TYPE_SUMMARY and sum == 43.21'), withPoints('operationD', 1)],
    ['drop all summary data points', point('metric.type == METRIC_DATA_TYPE_SUMMARY'), without('operationD')],
    ['multiple conditions', metric('resource.attributes["not real"] == "unknown"\', \'type != nil'), ''],
    ['with error conditions', metric('Substring("", 0, 100) == "test"'), ALL],
    ['HasAttrOnDatapoint', metric('HasAttrOnDatapoint("attr1", "test1")'), ''],
    ['HasAttrKeyOnDatapoint', metric('HasAttrKeyOnDatapoint("attr1")'), ''],
    ['HasAttrOnDatapoint (no match)', metric('HasAttrOnDatapoint("attr1", "nope")'), ALL],
  ])('%s', (_name, config, want) => {
    const out = run(config);
    expect(out.error).toBeUndefined();
    expect(out.shape).toBe(want);
  });

  it('a metric dropped by a metric condition is not searched for data points', () => {
    const out = run('error_mode: propagate\nmetrics:\n  metric: ["true"]\n  datapoint: [\'Substring("", 0, 100) == "x"\']');
    expect([out.error, out.shape]).toEqual([undefined, '']);
  });

  it('a metric without data is kept by data point conditions; one with no points goes', () => {
    const md = () => {
      const d = constructMetrics();
      const metrics = d.resourceMetrics[0].scopeMetrics[0].metrics;
      metrics[0].data = null;
      metrics[1].data = { kind: 'gauge', dataPoints: [] };
      return d;
    };
    const out = run('metrics: {datapoint: ["false"]}', md);
    expect(out.shape).toBe('localhost{scope[operationA(-),operationC(2),operationD(2),operationE(1)]}');
    expect(out.result?.dropped).toMatchObject({ metrics: 1, dataPoints: 0 });
  });

  it('counts dropped metrics and data points', () => {
    const out = run("metrics: {datapoint: ['metric.type == METRIC_DATA_TYPE_SUMMARY or count == 1']}");
    expect(out.result?.dropped).toMatchObject({ resources: 0, scopes: 0, metrics: 1, dataPoints: 4 });
  });
});

describe('metric_conditions', () => {
  const group = (context: string, condition: string) => `  - context: ${context}\n    conditions: ['${condition}']`;
  const cfg = (...groups: string[]) => `metric_conditions:\n${groups.join('\n')}`;
  const flat = (...conditions: string[]) => `metric_conditions:\n${conditions.map((c) => `  - '${c}'`).join('\n')}`;
  it.each([
    ['resource: drop everything', cfg(group('resource', 'schema_url == "test_schema_url"')), ''],
    ['scope: drop by attribute', cfg(group('scope', 'attributes["lib"] == "awesomelib"')), ALL],
    ['scope: drop by name', cfg(group('scope', 'name == "scope"')), ''],
    ['metric: drop by name', cfg(group('metric', 'name == "operationA"')), without('operationA')],
    ['metric: drop by enum', cfg(group('metric', 'type == METRIC_DATA_TYPE_SUM')), without('operationA')],
    ['datapoint: drop by sum', cfg(group('datapoint', 'metric.type == METRIC_DATA_TYPE_SUM and value_double == 1.0')), withPoints('operationA', 1)],
    ['datapoint: drop by summary', cfg(group('datapoint', 'metric.type == METRIC_DATA_TYPE_SUMMARY and sum == 43.21')), withPoints('operationD', 1)],
    ['mixed', cfg(group('resource', 'attributes["unknown"] == "unknown"'), group('metric', 'type == METRIC_DATA_TYPE_SUMMARY')), without('operationD')],
    ['inferred: resource', flat('resource.schema_url == "test_schema_url"'), ''],
    ['inferred: metrics by function', flat('IsMatch(metric.name, "operation.*")'), ''],
    ['inferred: metric by name', flat('metric.name == "operationA"'), without('operationA')],
    ['inferred: datapoint', flat('metric.type == METRIC_DATA_TYPE_SUM and datapoint.value_double == 1.0'), withPoints('operationA', 1)],
    ['inferred: HasAttrKeyOnDatapoint needs a metric prefix to infer', flat('metric.name != "" and HasAttrKeyOnDatapoint("attr1")'), ''],
  ])('%s', (_name, config, want) => {
    const out = run(config);
    expect(out.error).toBeUndefined();
    expect(out.shape).toBe(want);
  });
});

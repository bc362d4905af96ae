/**
 * The transform/filter processor functions' declarations checked through the compiler against the
 * reference's `*Arguments` structs: `float64` parameters need a float literal (`10` is an int and
 * the reference answers "must be a float"), `string`/`bool`/`[]string` parameters need literals,
 * and the factories' validations fail at compile time.
 */
import { describe, expect, it } from 'vitest';
import { compileStatements } from '../../../src/engine/rules/standalone.js';
import { evalContext } from '../../../src/testing/index.js';
import { gauge, metric, numberPoint } from './fixtures.js';

const compile = (statement: string) => compileStatements([statement], { context: 'metric' });

describe('processor function parameters through the compiler', () => {
  it.each([
    // float64 / []float64: float literals only.
    ['scale_metric(10)', /float literal/],
    ['extract_percentile_metric(50)', /float literal/],
    ['convert_exponential_histogram_to_histogram("upper", [1, 2.0])', /float literal/],
    ['scale_metric(metric.attributes["m"])', /float literal/],
    // string / bool / []string: literals only.
    ['convert_gauge_to_sum(metric.name, false)', /string literal/],
    ['convert_gauge_to_sum("delta", "false")', /bool literal/],
    ['aggregate_on_attributes("sum", metric.name)', /list literal/],
    ['aggregate_on_attribute_value("sum", "a", ["x", metric.name], "y")', /string literal/],
    // Factory validations.
    ['convert_gauge_to_sum("weekly", false)', 'unknown aggregation temporality'],
    ['extract_percentile_metric(100.0)', 'percentile must be greater than 0 and less than 100'],
    ['aggregate_on_attributes("avg")', "invalid aggregation function: 'unsupported function: 'avg''"],
    ['convert_exponential_histogram_to_histogram("upper", [2.0, 1.0])', /bounds/],
    ['convert_exponential_histogram_to_histogram("sideways", [1.0])', /distribution/],
    // Arity.
    ['convert_sum_to_gauge(1)', /argument/],
    ['copy_metric("a", "b", "c", "d")', /argument/],
  ])('%s does not compile', (statement, message) => {
    expect(() => compile(statement)).toThrow(message);
  });

  it('merge_histogram_buckets (datapoint context) wants a literal method and checks it', () => {
    const dp = (statement: string) => () => compileStatements([statement], { context: 'datapoint' });
    expect(dp('merge_histogram_buckets(1.0, metric.name)')).toThrow(/string literal/);
    expect(dp('merge_histogram_buckets(1.0, "sideways")')).toThrow(/method/);
    // TargetValue is a FloatLikeGetter: an int, or any expression, is accepted.
    expect(dp('merge_histogram_buckets(1)')).not.toThrow();
    expect(dp('merge_histogram_buckets(datapoint.attributes["b"], "limit_buckets")')).not.toThrow();
  });

  it('scale_metric(10.0) scales, with copy_metric named arguments', () => {
    const m = metric('m', gauge([numberPoint(2), numberPoint(3n)]));
    const metrics = [m];
    const ctx = evalContext({ metric: m, metrics });
    compileStatements(['scale_metric(10.0, unit = "ms")', 'copy_metric(name = "m.copy", unit = "s")'], { context: 'metric' }).execute(ctx);
    expect(m.unit).toBe('ms');
    expect(m.data?.kind === 'gauge' && m.data.dataPoints.map((p) => p.value)).toEqual([20, 30n]);
    expect(metrics.map((x) => [x.name, x.unit])).toEqual([
      ['m', 'ms'],
      ['m.copy', 's'],
    ]);
  });

  it('copy_metric takes StringGetters (not literals) and rejects a non-string', () => {
    const m = metric('m', gauge([numberPoint(1)]));
    const metrics = [m];
    compile('copy_metric(name = Concat([metric.name, "x"], "_"))').execute(evalContext({ metric: m, metrics }));
    expect(metrics.map((x) => x.name)).toEqual(['m', 'm_x']);
    expect(() => compile('copy_metric(name = 1)').execute(evalContext({ metric: m, metrics }))).toThrow(
      'expected string but got int64',
    );
  });
});

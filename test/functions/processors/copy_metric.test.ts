import { afterEach, describe, expect, it } from 'vitest';
import { copyMetric } from '../../../src/functions/processors/copy_metric.js';
import { newResource, newScope, type Metric, type TelemetryDocument } from '../../../src/core/model.js';
import { OttlRuntimeError } from '../../../src/core/errors.js';
import { PropagatedError } from '../../../src/engine/error-mode.js';
import { TransformProcessor } from '../../../src/engine/transform/processor.js';
import { DEFAULT_FUNCTION_LIMITS, resetFunctionLimits, setFunctionLimits } from '../../../src/functions/internal/limits.js';
import { histogram, histogramPoint, k, metric, numberPoint, run, sum, testAttributes } from './fixtures.js';

const original = (): Metric =>
  metric('operationA', sum([numberPoint(1.5, { attributes: testAttributes() })], 2, true), {
    description: 'desc',
    unit: 'ms',
    metadata: new Map([['m', 'v']]),
  });

describe('copy_metric', () => {
  const cases: { name: string; args: Record<string, unknown>; want: (m: Metric) => Metric }[] = [
    { name: 'plain copy', args: {}, want: (m) => m },
    { name: 'new name', args: { name: k('new') }, want: (m) => ({ ...m, name: 'new' }) },
    { name: 'new description', args: { description: k('d2') }, want: (m) => ({ ...m, description: 'd2' }) },
    { name: 'new unit', args: { unit: k('s') }, want: (m) => ({ ...m, unit: 's' }) },
    { name: 'all three', args: { name: k('n'), description: k('d'), unit: k('u') }, want: (m) => ({ ...m, name: 'n', description: 'd', unit: 'u' }) },
  ];
  it.each(cases)('$name', ({ args, want }) => {
    const metrics = [original()];
    run(copyMetric, args, metrics);
    expect(metrics).toEqual([original(), want(original())]);
  });

  it('makes a deep copy', () => {
    const metrics = [metric('h', histogram([histogramPoint({ bucketCounts: [1n], attributes: testAttributes() })]))];
    run(copyMetric, {}, metrics);
    const copy = metrics[1].data as { dataPoints: { bucketCounts: bigint[]; attributes: Map<string, unknown> }[] };
    copy.dataPoints[0].bucketCounts[0] = 9n;
    copy.dataPoints[0].attributes.set('test', 'changed');
    expect(metrics[0]).toEqual(metric('h', histogram([histogramPoint({ bucketCounts: [1n], attributes: testAttributes() })])));
  });

  it('appends the copy before evaluating arguments', () => {
    const metrics = [original()];
    const failing = () => {
      throw new Error('boom');
    };
    expect(() => run(copyMetric, { name: failing }, metrics)).toThrow('boom');
    expect(metrics).toEqual([original(), original()]);
  });
});

/**
 * Found by the runtime fuzz: copies are visited by the same walk (as in the reference), so an
 * unguarded `copy_metric()` copied its own copies until the process ran out of memory. Appending
 * stops at `maxMetricsPerScope` with a runtime error, which the error mode handles.
 */
describe('copy_metric without a where clause', () => {
  const config = (mode: string) => `error_mode: ${mode}\nmetric_statements:\n  - context: metric\n    statements:\n      - copy_metric()\n`;
  const doc = (): TelemetryDocument => ({ signal: 'metrics', data: { resourceMetrics: [{ resource: newResource(), schemaUrl: '', scopeMetrics: [{ scope: newScope(), schemaUrl: '', metrics: [original()] }] }] } });
  const metricsOf = (d: TelemetryDocument) => (d.signal === 'metrics' ? d.data.resourceMetrics[0].scopeMetrics[0].metrics : []);
  afterEach(() => resetFunctionLimits());

  it('stops at maxMetricsPerScope under ignore, and the batch completes', () => {
    setFunctionLimits({ maxMetricsPerScope: 50 });
    const d = doc();
    TransformProcessor.fromText(config('ignore'), 'c.yaml', { logger: { warn: () => {} } }).process(d);
    expect(metricsOf(d)).toHaveLength(50);
  });

  it('fails the batch with a runtime error naming the limit under propagate', () => {
    setFunctionLimits({ maxMetricsPerScope: 50 });
    const e = (() => {
      try {
        TransformProcessor.fromText(config('propagate'), 'c.yaml').process(doc());
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(PropagatedError);
    expect((e as PropagatedError).cause).toBeInstanceOf(OttlRuntimeError);
    expect(String((e as PropagatedError).cause)).toMatch(/holds 50 metrics \(maxMetricsPerScope\)/);
  });

  it('stops at the default limit (100,000) too', () => {
    const d = doc();
    TransformProcessor.fromText(config('silent'), 'c.yaml').process(d);
    expect(metricsOf(d)).toHaveLength(DEFAULT_FUNCTION_LIMITS.maxMetricsPerScope);
  });
});

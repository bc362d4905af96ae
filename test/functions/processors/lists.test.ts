import { describe, expect, it } from 'vitest';
import { FILTER_FUNCTIONS, TRANSFORM_FUNCTIONS } from '../../../src/functions/lists/processors.js';

const TRANSFORM_CONTEXTS: Record<string, string> = {
  convert_sum_to_gauge: 'metric',
  convert_gauge_to_sum: 'metric',
  extract_count_metric: 'metric',
  extract_sum_metric: 'metric',
  extract_percentile_metric: 'metric',
  convert_summary_quantile_val_to_gauge: 'metric',
  copy_metric: 'metric',
  scale_metric: 'metric',
  aggregate_on_attributes: 'metric',
  aggregate_on_attribute_value: 'metric',
  convert_exponential_histogram_to_histogram: 'metric',
  convert_summary_count_val_to_sum: 'datapoint',
  convert_summary_sum_val_to_sum: 'datapoint',
  merge_histogram_buckets: 'datapoint',
  ParseCEF: 'log',
  ParseCLF: 'log',
  ParseELF: 'log',
  ParseLEEF: 'log',
  set_semconv_span_name: 'span',
};

describe('processor function lists', () => {
  it('registers every transform processor function in its context', () => {
    expect(Object.fromEntries(TRANSFORM_FUNCTIONS.map((f) => [f.name, f.contexts]))).toEqual(
      Object.fromEntries(Object.entries(TRANSFORM_CONTEXTS).map(([n, c]) => [n, [c]])),
    );
  });

  it('registers the filter processor converters in the metric context', () => {
    expect(FILTER_FUNCTIONS.map((f) => [f.name, f.kind, f.contexts])).toEqual([
      ['HasAttrKeyOnDatapoint', 'converter', ['metric']],
      ['HasAttrOnDatapoint', 'converter', ['metric']],
    ]);
  });

  it.each([...TRANSFORM_FUNCTIONS, ...FILTER_FUNCTIONS].map((f) => [f.name, f] as const))('%s: kind matches the name case', (name, f) => {
    expect(f.kind).toBe(/^[A-Z]/.test(name) ? 'converter' : 'editor');
    expect(new Set(f.params.map((p: { name: string }) => p.name)).size).toBe(f.params.length);
  });
});

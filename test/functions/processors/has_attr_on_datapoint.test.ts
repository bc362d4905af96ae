import { describe, expect, it } from 'vitest';
import { hasAttrKeyOnDatapoint } from '../../../src/functions/processors/has_attr_key_on_datapoint.js';
import { hasAttrOnDatapoint } from '../../../src/functions/processors/has_attr_on_datapoint.js';
import type { Metric } from '../../../src/core/model.js';
import type { Value } from '../../../src/core/values/types.js';
import { expHistogram, expPoint, gauge, histogram, histogramPoint, metric, numberPoint, run, sum, summary, summaryPoint } from './fixtures.js';

const at = (entries: [string, Value][]) => new Map<string, Value>(entries);

const metrics: Record<string, () => Metric> = {
  gauge: () => metric('g', gauge([numberPoint(1n, { attributes: at([['attr1', 'test1']]) })])),
  sum: () => metric('s', sum([numberPoint(1, { attributes: at([['attr1', 'test1']]) })])),
  histogram: () => metric('h', histogram([histogramPoint({ attributes: at([['attr1', 'test1']]) })])),
  exponential: () => metric('e', expHistogram([expPoint({ attributes: at([['attr1', 'test1']]) })])),
  summary: () => metric('m', summary([summaryPoint({ attributes: at([['attr1', 'test1']]) })])),
};

describe('HasAttrKeyOnDatapoint', () => {
  it.each(Object.entries(metrics))('%s: present key', (_kind, make) => {
    expect(run(hasAttrKeyOnDatapoint, { key: 'attr1' }, [make()])).toBe(true);
    expect(run(hasAttrKeyOnDatapoint, { key: 'attr2' }, [make()])).toBe(false);
  });

  it('looks at every point', () => {
    const m = metric('g', gauge([numberPoint(1n), numberPoint(2n, { attributes: at([['k', 1n]]) })]));
    expect(run(hasAttrKeyOnDatapoint, { key: 'k' }, [m])).toBe(true);
  });

  it('is false without points and errors without data', () => {
    expect(run(hasAttrKeyOnDatapoint, { key: 'k' }, [metric('g', gauge([]))])).toBe(false);
    expect(() => run(hasAttrKeyOnDatapoint, { key: 'k' }, [metric('g', null)])).toThrow('unknown metric type');
  });
});

describe('HasAttrOnDatapoint', () => {
  it.each(Object.entries(metrics))('%s: matching value', (_kind, make) => {
    expect(run(hasAttrOnDatapoint, { key: 'attr1', expected_val: 'test1' }, [make()])).toBe(true);
    expect(run(hasAttrOnDatapoint, { key: 'attr1', expected_val: 'test2' }, [make()])).toBe(false);
    expect(run(hasAttrOnDatapoint, { key: 'attr2', expected_val: 'test1' }, [make()])).toBe(false);
  });

  const cases: { name: string; points: Map<string, Value>[]; want: boolean }[] = [
    { name: 'only the first point with the key decides', points: [at([['attr1', 'other']]), at([['attr1', 'test1']])], want: false },
    { name: 'points without the key are skipped', points: [at([]), at([['attr1', 'test1']])], want: true },
    { name: 'a non-string value never matches', points: [at([['attr1', 1n]])], want: false },
  ];
  it.each(cases)('$name', ({ points, want }) => {
    const m = metric('g', gauge(points.map((attributes) => numberPoint(1n, { attributes }))));
    expect(run(hasAttrOnDatapoint, { key: 'attr1', expected_val: 'test1' }, [m])).toBe(want);
  });

  it('a non-string value equals "" (pcommon Str())', () => {
    const m = metric('g', gauge([numberPoint(1n, { attributes: at([['attr1', 1n]]) })]));
    expect(run(hasAttrOnDatapoint, { key: 'attr1', expected_val: '' }, [m])).toBe(true);
  });
});

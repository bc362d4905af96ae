import { describe, expect, it } from 'vitest';
import { ConvertCase } from '../../src/functions/convert_case.js';
import { ArgumentError } from '../../src/functions/signature.js';
import { newContext, str } from './text-helpers.js';

describe('ConvertCase', () => {
  const cases: [string, string, string][] = [
    ['My_Metric_Name', 'lower', 'my_metric_name'],
    ['my_metric_name', 'upper', 'MY_METRIC_NAME'],
    ['myMetricName', 'snake', 'my_metric_name'],
    ['my_metric_name', 'camel', 'MyMetricName'],
    ['', 'snake', ''],
    ['', 'camel', ''],
  ];
  it.each(cases)('%j to %s', (input, toCase, want) => {
    expect(ConvertCase.create({ target: str(input), to_case: toCase }, { context: 'log' })(newContext())).toBe(want);
  });

  it.each(['Lower', 'kebab', 'toString', ''])('rejects case %j at compile time', (toCase) => {
    expect(() => ConvertCase.create({ target: str('x'), to_case: toCase }, { context: 'log' })).toThrow(ArgumentError);
  });

  it('errors on a non-string target', () => {
    expect(() => ConvertCase.create({ target: str(1n), to_case: 'lower' }, { context: 'log' })(newContext())).toThrow('expected string but got int64');
  });
});

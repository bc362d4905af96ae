import { describe, expect, it } from 'vitest';
import { ToCamelCase } from '../../src/functions/to_camel_case.js';
import type { Value } from '../../src/core/values/types.js';
import { newContext, str } from './text-helpers.js';

const run = (def: typeof ToCamelCase, s: Value): Value => def.create({ target: str(s) }, { context: 'log' })(newContext());

describe('ToCamelCase (strcase.ToCamel)', () => {
  const cases: [string, string][] = [
    ['simple_string', 'SimpleString'],
    ['SimpleString', 'SimpleString'],
    ['simple-string', 'SimpleString'],
    ['', ''],
    ['my_metric_name', 'MyMetricName'],
    ['CPU_load', 'CpuLoad'],
    ['http.server.duration', 'HttpServerDuration'],
    ['test2case', 'Test2Case'],
    ['  spaced words  ', 'SpacedWords'],
    // Only ASCII letters and digits survive.
    ['größe_wert', 'GreWert'],
    ['a🎉b', 'Ab'],
  ];
  it.each(cases)('%j → %j', (input, want) => {
    expect(run(ToCamelCase, input)).toBe(want);
  });
});


describe('ToCamelCase errors', () => {
  it.each([10n, null] as Value[])('on a target of %s', (v) => {
    expect(() => run(ToCamelCase, v)).toThrow('expected string but got');
  });
});

import { describe, expect, it } from 'vitest';
import { ToSnakeCase } from '../../src/functions/to_snake_case.js';
import type { Value } from '../../src/core/values/types.js';
import { newContext, str } from './text-helpers.js';

const run = (def: typeof ToSnakeCase, s: Value): Value => def.create({ target: str(s) }, { context: 'log' })(newContext());

describe('ToSnakeCase (strcase.ToSnake)', () => {
  const cases: [string, string][] = [
    ['simpleString', 'simple_string'],
    ['simple_string', 'simple_string'],
    ['CPUUtilizationMetric', 'cpu_utilization_metric'],
    ['simple-string', 'simple_string'],
    ['', ''],
    ['MyMetricName', 'my_metric_name'],
    ['JSONData', 'json_data'],
    ['ID', 'id'],
    ['version2Build', 'version_2_build'],
    ['http.server.duration', 'http_server_duration'],
    ['  padded Name  ', 'padded_name'],
    ['AnyKind of_string', 'any_kind_of_string'],
    ['numbers2and55with000', 'numbers_2_and_55_with_000'],
    // Non-ASCII bytes are copied as they are (no case change, no word break).
    ['größeÜber', 'größeÜber'],
  ];
  it.each(cases)('%j → %j', (input, want) => {
    expect(run(ToSnakeCase, input)).toBe(want);
  });
});


describe('ToSnakeCase errors', () => {
  it.each([10n, null] as Value[])('on a target of %s', (v) => {
    expect(() => run(ToSnakeCase, v)).toThrow('expected string but got');
  });
});

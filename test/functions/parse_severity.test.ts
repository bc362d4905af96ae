import { describe, expect, it } from 'vitest';

import { ParseSeverity } from '../../src/functions/parse_severity.js';
import type { Value } from '../../src/core/values/types.js';
import { constant, failing } from '../support/getters.js';
import { call, m } from './call.js';

const range = (min: Value, max: Value) => m({ range: m({ min, max }) });
const standard = () =>
  m({
    error: [range(400n, 499n)],
    debug: [range(100n, 199n)],
    info: [m({ equals: ['inf', 'info'] }), m({ range: '2xx' })],
    warn: [range(300n, 399n)],
    fatal: [range(500n, 599n)],
  });

const cases: { name: string; target: Value; mapping: Map<string, Value>; want?: string; error?: string }[] = [
  { name: 'status code - error level', target: 400n, mapping: standard(), want: 'error' },
  { name: 'status code - debug level', target: 100n, mapping: standard(), want: 'debug' },
  { name: 'range placeholder 2xx (conformance)', target: 200n, mapping: m({ info: [m({ range: '2xx' })] }), want: 'info' },
  { name: 'log level string', target: 'inf', mapping: standard(), want: 'info' },
  { name: 'code in http range', target: 200n, mapping: standard(), want: 'info' },
  {
    name: 'multiple criteria of mixed types',
    target: 'inf',
    mapping: m({ error: [m({ min: 400n, max: 599n })], info: [m({ equals: ['info', 'inf'] })] }),
    want: 'info',
  },
  { name: 'range bounds are inclusive', target: 499n, mapping: standard(), want: 'error' },
  { name: '5xx placeholder', target: 503n, mapping: m({ fatal: [m({ range: '5xx' })] }), want: 'fatal' },
  { name: 'invalid mapping format', target: 'foo', mapping: m({ info: ['info', 'inf'] }), error: 'severity mapping criteria items must be map[string]any' },
  { name: 'unexpected type in criteria', target: 400n, mapping: m({ error: 'invalid' }), error: 'severity mapping criteria must be []any' },
  { name: 'min not an int', target: 400n, mapping: m({ error: [range('foo', 599n)] }), error: 'invalid severity mapping criteria: min must be an int64' },
  { name: 'max not an int (conformance)', target: 400n, mapping: m({ error: [range(400n, 'foo')] }), error: 'invalid severity mapping criteria: max must be an int64' },
  { name: 'missing min', target: 400n, mapping: m({ error: [m({ range: m({ max: 599n }) })] }), error: 'range must have a min value' },
  { name: 'missing max', target: 400n, mapping: m({ error: [m({ range: m({ min: 400n }) })] }), error: 'range must have a max value' },
  { name: 'unknown placeholder', target: 400n, mapping: m({ error: [m({ range: '6xx' })] }), error: 'unknown range placeholder: 6xx' },
  {
    name: 'map target (conformance target-map)',
    target: m({ foo: 'bar' }),
    mapping: m({ warn: [range(400n, 499n)] }),
    error: "could not map log level: could not evaluate log level of value 'map[foo:bar]'",
  },
  { name: 'no matching level', target: 700n, mapping: standard(), error: "no matching log level found for value '700'" },
  { name: 'float target is unsupported', target: 400.0, mapping: standard(), error: 'unsupported value type: float64' },
];

describe('ParseSeverity', () => {
  it.each(cases)('$name', ({ target, mapping, want, error }) => {
    const run = () => call(ParseSeverity, { target: constant(target), mapping: constant(mapping) });
    if (error !== undefined) expect(run).toThrow(error);
    else expect(run()).toBe(want);
  });
  it('wraps a failing target', () => {
    expect(() => call(ParseSeverity, { target: failing('oops'), mapping: constant(standard()) })).toThrow('could not get log level: oops');
  });
});

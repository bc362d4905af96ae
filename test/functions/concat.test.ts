import { describe, expect, it } from 'vitest';
import { Concat } from '../../src/functions/concat.js';
import { resetFunctionLimits, setFunctionLimits } from '../../src/functions/internal/limits.js';
import type { Value } from '../../src/core/values/types.js';
import { toStringLike } from '../../src/core/values/coerce.js';
import { failing } from '../support/getters.js';
import { compileErrorOf, runOnLog } from './statement-support.js';
import { map, newContext, str } from './text-helpers.js';

// Rows of the reference's Test_concat, the conformance rows, and edge cases.
const cases: { name: string; vals: Value[]; delimiter: string; want: string }[] = [
  { name: 'concat strings', vals: ['hello', 'world'], delimiter: ' ', want: 'hello world' },
  { name: 'nil', vals: ['hello', null, 'world'], delimiter: '', want: 'hello<nil>world' },
  { name: 'integers', vals: ['hello', 1n], delimiter: '', want: 'hello1' },
  { name: 'floats (conformance)', vals: ['hello', 3.14159], delimiter: '', want: 'hello3.14159' },
  { name: 'scalar paths (conformance)', vals: [42n, 3.5, true], delimiter: '|', want: '42|3.5|true' },
  { name: 'byte slices as hex', vals: [new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])], delimiter: '', want: '00000000000000000000000000000001' },
  { name: 'maps as JSON', vals: [map({ a: 1n })], delimiter: '', want: '{"a":1}' },
  { name: 'slices as JSON', vals: [['a', 1n]], delimiter: '', want: '["a",1]' },
  { name: 'non-byte delimiter', vals: ['a', 'b'], delimiter: ' → ', want: 'a → b' },
  { name: 'no arguments, empty delimiter (conformance)', vals: [], delimiter: '', want: '' },
  { name: 'single value, no delimiter added', vals: ['x'], delimiter: ',', want: 'x' },
  { name: 'empty strings', vals: ['', ''], delimiter: '-', want: '-' },
];

// The compiler hands each item over already converted, as the StringLikeGetter does.
const items = (vals: Value[]) => vals.map((v) => () => toStringLike(v));

describe('Concat', () => {
  it.each(cases)('$name', ({ vals, delimiter, want }) => {
    const fn = Concat.create({ vals: items(vals), delimiter: str(delimiter) }, { context: 'log' });
    expect(fn(newContext())).toBe(want);
  });

  it('propagates a value error', () => {
    const fn = Concat.create({ vals: [failing('bad')], delimiter: str(',') }, { context: 'log' });
    expect(() => fn(newContext())).toThrow('bad');
  });

  it('errors on a non-string delimiter', () => {
    const fn = Concat.create({ vals: items(['a']), delimiter: str(1n) }, { context: 'log' });
    expect(() => fn(newContext())).toThrow('expected string but got int64');
  });
});

describe('Concat through the compiler', () => {
  it('coerces each list item as a StringLikeGetter (int path, bytes as hex, nil as <nil>)', () => {
    const attrs = runOnLog('set(log.attributes["r"], Concat([log.attributes["n"], log.attributes["b"], log.attributes["missing"]], "-"))', {
      attributes: { n: 7n, b: new Uint8Array([1, 255]) },
    });
    expect(attrs.get('r')).toBe('7-01ff-<nil>');
  });

  it('a path instead of a list literal fails to compile (the dynamic-slice gate is off by default)', () => {
    expect(compileErrorOf('set(log.attributes["r"], Concat(log.attributes["parts"], ","))')).toMatch(/list/);
  });
});

describe('Concat output bound (issue 14 item 6)', () => {
  it('fails with the limit error before building a result over maxStringLength', () => {
    setFunctionLimits({ maxStringLength: 100 });
    try {
      const concat = (vals: Value[], d: string) => Concat.create({ vals: items(vals), delimiter: str(d) }, { context: 'log' })(newContext());
      expect(() => concat(['x'.repeat(60), 'y'.repeat(60)], '')).toThrow(
        'Concat: the result would exceed the output limit of 100 characters (maxStringLength)',
      );
      expect(concat(['x'.repeat(40), 'y'.repeat(40)], '-')).toBe(`${'x'.repeat(40)}-${'y'.repeat(40)}`);
    } finally {
      resetFunctionLimits();
    }
  });
});

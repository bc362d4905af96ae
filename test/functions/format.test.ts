import { describe, expect, it } from 'vitest';
import { Format } from '../../src/functions/format.js';
import { goSprintf } from '../../src/functions/internal/text-sprintf.js';
import { OttlDuration, type Value } from '../../src/core/values/types.js';
import { constant, failing } from '../support/getters.js';
import { map, newContext } from './text-helpers.js';

// Rows of the reference's Test_Format, then Go fmt behaviour (values as OTTL passes them: int64,
// float64, string, bool, nil, bytes, maps, slices).
const cases: [string, Value[], string][] = [
  ['test', [], 'test'],
  ['test-%04d', [2n], 'test-0002'],
  ['test-%04d-%4s', [2n, 'te'], 'test-0002-  te'],
  ['%s/%s/%04d-%02d-%02d.log', ['host', 'app', 2024n, 3n, 7n], 'host/app/2024-03-07.log'],
  ['%v %v %v %v', ['s', 1n, 1.5, true], 's 1 1.5 true'],
  ['%d', [-42n], '-42'],
  ['%+d|% d', [5n, 5n], '+5| 5'],
  ['%-5d|', [5n], '5    |'],
  ['%05d', [-42n], '-0042'],
  ['%x %X %#x %o %#o %O %b', [255n, 255n, 255n, 8n, 8n, 8n, 5n], 'ff FF 0xff 10 010 0o10 101'],
  ['%x', [-255n], '-ff'],
  ['%c%c %U %q', [72n, 105n, 0x1f600n, 65n], "Hi U+1F600 'A'"],
  ['%.3d', [7n], '007'],
  ['%5.2f|%-8.3f|%08.2f', [3.14159, 2.5, -1.5], ' 3.14|2.500   |-0001.50'],
  ['%.0f %.0f %.0f %.2f', [0.5, 1.5, 2.5, 0.125], '0 2 2 0.12'],
  ['%f', [1e21], '1000000000000000000000.000000'],
  ['%f', [0.1], '0.100000'],
  ['%.20f', [0.1], '0.10000000000000000555'],
  ['%e %E', [1234.5678, 0.00012], '1.234568e+03 1.200000E-04'],
  ['%.2e', [0], '0.00e+00'],
  ['%g %g %g %g', [1234.5678, 1e21, 1e-7, 100000], '1234.5678 1e+21 1e-07 100000'],
  ['%v %v', [1e6, 123456789.0], '1e+06 1.23456789e+08'],
  ['%.3g %.3g %.10g', [1234.5678, 0.00001234, 1 / 3], '1.23e+03 1.23e-05 0.3333333333'],
  ['%G', [1e-10], '1E-10'],
  ['%f %v %f', [Infinity, -Infinity, NaN], '+Inf -Inf NaN'],
  ['%5s|%-5s|%.2s|%05s', ['ab', 'ab', 'hello', 'ab'], '   ab|ab   |he|000ab'],
  ['%q %x %X', ['hi"\n', 'hi', 'hi'], '"hi\\"\\n" 6869 6869'],
  ['%s %v', ['日本', '🎉'], '日本 🎉'],
  ['%3s|', ['é'], '  é|'],
  ['%t %v', [true, false], 'true false'],
  ['%s %v %x', [new Uint8Array([104, 105]), new Uint8Array([1, 2]), new Uint8Array([255])], 'hi [1 2] ff'],
  ['%v', [map({ b: 1n, a: 'x' })], 'map[a:x b:1]'],
  ['%v', [['a', 1n]], '[a 1]'],
  ['%v %s', [new OttlDuration(1_500_000_000n), new OttlDuration(90_000_000_000n)], '1.5s 1m30s'],
  ['%%d %d%%', [3n], '%d 3%'],
  ['%[2]d %[1]d', [1n, 2n], '2 1'],
  ['%*d|%-*d|', [5n, 42n, 4n, 7n], '   42|7   |'],
  ['%.*f', [2n, 3.14159], '3.14'],
  // Go's inline error texts.
  ['%d', ['hello'], '%!d(string=hello)'],
  ['%d', [1.5], '%!d(float64=1.5)'],
  ['%s', [1n], '%!s(int64=1)'],
  ['%f', [1n], '%!f(int64=1)'],
  ['%d', [true], '%!d(bool=true)'],
  ['%t', ['x'], '%!t(string=x)'],
  ['%z', [1n], '%!z(int64=1)'],
  ['%s', [], '%!s(MISSING)'],
  ['%d %d', [1n], '1 %!d(MISSING)'],
  ['a', [1n, 'x'], 'a%!(EXTRA int64=1, string=x)'],
  ['%s', [null], '%!s(<nil>)'],
  ['%v', [null], '<nil>'],
  ['%d', [null], '%!d(<nil>)'],
  ['a', [null], 'a%!(EXTRA <nil>)'],
  ['%', [], '%!(NOVERB)'],
  ['abc%', [1n], 'abc%!(NOVERB)%!(EXTRA int64=1)'],
  ['%[3]d', [1n], '%!d(BADINDEX)'],
  ['%*d', ['x', 1n], '%!(BADWIDTH)1'],
];

describe('Format', () => {
  it.each(cases.map(([f, a, w]) => [f, w, a] as const))('Format(%j) = %j', (format, want, args) => {
    const fn = Format.create({ format, vals: args.map((a) => constant(a)) }, { context: 'log' });
    expect(fn(newContext())).toBe(want);
  });

  it('propagates an argument error', () => {
    const fn = Format.create({ format: 'test-%d', vals: [failing('failed to get')] }, { context: 'log' });
    expect(() => fn(newContext())).toThrow('failed to get');
  });

  it('never throws on arbitrary format strings', () => {
    for (const f of ['%', '%%%', '%-', '%.', '%[', '%[x]d', '%9999999999d', '%.-1f', '%*', '%.*', '\u{1F600}%\u{1F600}']) {
      expect(typeof goSprintf(f, [1n, 'a'])).toBe('string');
    }
  });
});

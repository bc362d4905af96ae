import { describe, expect, it } from 'vitest';
import { Len } from '../../src/functions/len.js';
import { newLogRecord } from '../../src/core/model.js';
import { compileStatements } from '../../src/engine/rules/standalone.js';
import { evalContext } from '../../src/testing/index.js';
import { OttlDuration, type Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { map, newContext } from './text-helpers.js';

const run = (v: Value): Value => Len.create({ target: constant(v) }, { context: 'log' })(newContext());

const cases: { name: string; value: Value; want: bigint }[] = [
  { name: 'string', value: 'a string', want: 8n },
  { name: 'empty string', value: '', want: 0n },
  { name: 'string counts UTF-8 bytes', value: 'héllo', want: 6n },
  { name: 'emoji is 4 bytes', value: '🎉', want: 4n },
  { name: 'CJK', value: '一二三', want: 9n },
  { name: 'slice', value: ['a', 'b', 'c'], want: 3n },
  { name: 'empty slice', value: [], want: 0n },
  { name: 'map literal (conformance)', value: map({ k: 'v' }), want: 1n },
  { name: 'empty map', value: new Map(), want: 0n },
  { name: 'huge string', value: 'x'.repeat(1_000_000), want: 1_000_000n },
  // Go's []byte is a reflect.Slice: the reference counts its bytes.
  { name: 'bytes', value: new Uint8Array(3), want: 3n },
];

describe('Len', () => {
  it.each(cases)('$name', ({ value, want }) => {
    expect(run(value)).toBe(want);
  });

  it.each([24n, 1.5, true, null, new OttlDuration(1n)] as Value[])('errors on %s (conformance: int)', (v) => {
    expect(() => run(v)).toThrow('target arg must be of type string, []any, map[string]any, pcommon.Map');
  });

  it('statement: counts attribute bytes and errors on a missing key', () => {
    const log = newLogRecord();
    log.attributes.set('raw', new Uint8Array([1, 2, 3, 4]));
    compileStatements(['set(log.attributes["n"], Len(log.attributes["raw"]))'], { context: 'log' }).execute(evalContext({ log }));
    expect(log.attributes.get('n')).toBe(4n);
    const missing = compileStatements(['set(log.attributes["n"], Len(log.attributes["nope"]))'], { context: 'log' });
    expect(() => missing.execute(evalContext({ log }))).toThrow('target arg must be of type string');
  });
});

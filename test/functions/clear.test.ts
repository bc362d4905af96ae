import { describe, expect, it } from 'vitest';
import { clear } from '../../src/functions/clear.js';
import type { GetSetter } from '../../src/core/getters.js';
import { OttlDuration, SpanID, TraceID, type Value } from '../../src/core/values/types.js';
import { box, failing, newContext } from '../support/getters.js';
import { map } from './text-helpers.js';

// Rows of the reference's Test_clear (func_clear_test.go, PR #50020), then the id/bytes/nil rows its
// conformance cases pin (span.parent_span_id, attributes["bytes"], a missing attribute).
const cases: { name: string; initial: Value; want: Value }[] = [
  { name: 'string', initial: 'test string', want: '' },
  { name: 'int64', initial: 42n, want: 0n },
  { name: 'float64', initial: 3.14, want: 0 },
  { name: 'bool', initial: true, want: false },
  { name: 'slice', initial: ['a', 'b'], want: [] },
  { name: 'map', initial: map({ key: 'value' }), want: new Map() },
  { name: 'bytes', initial: new Uint8Array([1, 2, 3]), want: new Uint8Array(0) },
  { name: 'pcommon.SpanID', initial: new SpanID(new Uint8Array(8).fill(7)), want: new SpanID(new Uint8Array(8)) },
  { name: 'pcommon.TraceID', initial: new TraceID(new Uint8Array(16).fill(7)), want: new TraceID(new Uint8Array(16)) },
  { name: 'duration', initial: new OttlDuration(5n), want: new OttlDuration(0n) },
  { name: 'nil (missing) passes nil to the setter', initial: null, want: null },
];

describe('clear', () => {
  it.each(cases)('$name', ({ initial, want }) => {
    const b = box(initial);
    let calls = 0;
    const target: GetSetter = { get: b.get, set: (ctx, v) => (calls++, b.set(ctx, v)) };
    expect(clear.create({ target }, { context: 'log' })(newContext())).toBeNull();
    expect(b.value).toEqual(want);
    expect(calls).toBe(1);
  });

  it('wraps a getter error (Test_clear_error_getter)', () => {
    const target: GetSetter = { get: failing('getter error'), set: () => undefined };
    expect(() => clear.create({ target }, { context: 'log' })(newContext())).toThrow(
      'error getting target value to infer zero value in clear: getter error',
    );
  });

  it('propagates a setter error (Test_clear_error_setter)', () => {
    const target: GetSetter = {
      get: () => 'initial value',
      set: () => {
        throw new Error('setter error');
      },
    };
    expect(() => clear.create({ target }, { context: 'log' })(newContext())).toThrow('setter error');
  });
});

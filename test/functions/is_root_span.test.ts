import { describe, expect, it } from 'vitest';

import { IsRootSpan } from '../../src/functions/is_root_span.js';
import { newSpan } from '../../src/core/model.js';
import { newContext } from '../support/getters.js';
import { run } from './conv-support.js';

describe('IsRootSpan', () => {
  const cases: [string, Uint8Array, boolean][] = [
    ['empty parent id', new Uint8Array(8), true],
    ['parent id set', Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8), false],
    ['only the last byte set', Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 1), false],
  ];
  it.each(cases)('%s', (_name, parent, want) => {
    const ctx = newContext();
    const span = newSpan();
    span.parentSpanId = parent;
    ctx.span = span;
    expect(run(IsRootSpan, [], ctx)).toBe(want);
  });
  it('is limited to the span context', () => {
    expect(IsRootSpan.contexts).toEqual(['span']);
  });
  it('fails without a span', () => {
    expect(() => run(IsRootSpan, [])).toThrow('IsRootSpan requires a span');
  });
});

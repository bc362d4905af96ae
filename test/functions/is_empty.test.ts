import { describe, expect, it } from 'vitest';

import { IsEmpty } from '../../src/functions/is_empty.js';
import { OttlDuration, OttlTime, SpanID, TraceID } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

describe('IsEmpty', () => {
  const cases: [string, unknown[], unknown][] = [
    ['nil', [null], true],
    ['empty string', [''], true],
    ['string', ['a'], false],
    ['zero int64', [0n], true],
    ['non-zero int', [42n], false],
    ['zero float64', [0.0], true],
    ['negative zero float is not Go zero bits', [-0.0], false],
    ['float', [0.5], false],
    ['false', [false], true],
    ['true', [true], false],
    ['empty map', [new Map()], true],
    ['map', [new Map([['a', 1n]])], false],
    ['empty slice', [[]], true],
    ['slice', [[null]], false],
    ['empty bytes', [new Uint8Array(0)], true],
    ['bytes', [new Uint8Array(1)], false],
    ['zero span id', [new SpanID(new Uint8Array(8))], true],
    ['set span id', [new SpanID(Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8))], false],
    ['zero trace id', [new TraceID(new Uint8Array(16))], true],
    ['zero duration', [new OttlDuration(0n)], true],
    ['duration', [new OttlDuration(1n)], false],
    ['epoch is not the zero time', [new OttlTime(0n)], false],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(IsEmpty, args)).toEqual(want);
  });
});

/**
 * Issue 14 item 3: no function produces an Int outside int64. Each row is Go's own result for the
 * conversion the reference performs (int64 arithmetic wraps silently; `int64(float64)` out of range
 * is math.MinInt64 on amd64; Duration accessors truncate).
 */
import { describe, expect, it } from 'vitest';
import { Double } from '../../src/functions/double.js';
import { Int } from '../../src/functions/int.js';
import { Microseconds } from '../../src/functions/microseconds.js';
import { Milliseconds } from '../../src/functions/milliseconds.js';
import { Nanoseconds } from '../../src/functions/nanoseconds.js';
import { Time } from '../../src/functions/time.js';
import { Unix } from '../../src/functions/unix.js';
import { UnixMicro } from '../../src/functions/unix_micro.js';
import { UnixMilli } from '../../src/functions/unix_milli.js';
import { UnixNano } from '../../src/functions/unix_nano.js';
import { UnixSeconds } from '../../src/functions/unix_seconds.js';
import { GO_ZERO_TIME_NANOS } from '../../src/functions/internal/zero-value.js';
import { INT64_MAX, INT64_MIN, OttlDuration, OttlTime, type Value } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const inInt64 = (v: Value) => typeof v === 'bigint' && v >= INT64_MIN && v <= INT64_MAX;
const year9999 = () => run(Time, ['9999-12-31', '%Y-%m-%d', 'UTC']) as OttlTime;
const unixMax = () => run(Unix, [INT64_MAX]) as OttlTime;

describe('Int results stay within int64, as Go computes them', () => {
  it.each([
    // 9999-12-31T00:00:00Z is second 253402214400; Go's UnixNano wraps sec*1e9.
    ['UnixNano(Time("9999-12-31"))', () => run(UnixNano, [year9999()]), -4852202631933722624n],
    ['UnixMicro(Time("9999-12-31"))', () => run(UnixMicro, [year9999()]), 253402214400000000n],
    ['UnixMilli(Time("9999-12-31"))', () => run(UnixMilli, [year9999()]), 253402214400000n],
    ['UnixSeconds(Time("9999-12-31"))', () => run(UnixSeconds, [year9999()]), 253402214400n],
    // time.Unix(MaxInt64, 0): the nanosecond count wraps to -1e9.
    ['UnixNano(Unix(9223372036854775807))', () => run(UnixNano, [unixMax()]), -1000000000n],
    ['UnixMicro(Unix(9223372036854775807))', () => run(UnixMicro, [unixMax()]), -1000000n],
    ['UnixMilli(Unix(9223372036854775807))', () => run(UnixMilli, [unixMax()]), -1000n],
    ['UnixSeconds(Unix(9223372036854775807))', () => run(UnixSeconds, [unixMax()]), INT64_MAX],
    // time.Unix carries nanoseconds into the seconds in int64: MaxInt64 + 2 wraps.
    ['UnixSeconds(Unix(9223372036854775807, 2000000000))', () => run(UnixSeconds, [run(Unix, [INT64_MAX, 2_000_000_000n])]), -9223372036854775807n],
    ['UnixNano(Unix(9223372036854775807, 2000000000))', () => run(UnixNano, [run(Unix, [INT64_MAX, 2_000_000_000n])]), 1000000000n],
    // Go's zero time (what clear() writes to a time): the documented -6795364578871345152.
    ['UnixNano(time.Time{})', () => run(UnixNano, [new OttlTime(GO_ZERO_TIME_NANOS)]), -6795364578871345152n],
    // int64(float64) out of range or NaN: math.MinInt64 (amd64).
    ['Int(1e300)', () => run(Int, [1e300]), INT64_MIN],
    ['Int(-1e300)', () => run(Int, [-1e300]), INT64_MIN],
    ['Int(Double("NaN"))', () => run(Int, [run(Double, ['NaN'])]), INT64_MIN],
    ['Int(9.3e18)', () => run(Int, [9.3e18]), INT64_MIN],
    // Duration accessors: int64 in, int64 out (truncating toward zero).
    ['Nanoseconds(max duration)', () => run(Nanoseconds, [new OttlDuration(INT64_MAX)]), INT64_MAX],
    ['Microseconds(min duration)', () => run(Microseconds, [new OttlDuration(INT64_MIN)]), -9223372036854775n],
    ['Milliseconds(-1ns)', () => run(Milliseconds, [new OttlDuration(-1n)]), 0n],
  ])('%s', (_name, call, want) => {
    const got = call();
    expect(got).toBe(want);
    expect(inInt64(got)).toBe(true);
  });

  it('UnixMicro of an instant before the epoch floors, as Go splits seconds and nanoseconds', () => {
    expect(run(UnixMicro, [new OttlTime(-1n)])).toBe(-1n);
    expect(run(UnixMilli, [new OttlTime(-1n)])).toBe(-1n);
  });
});

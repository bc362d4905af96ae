import { describe, expect, it } from 'vitest';

import { Now } from '../../src/functions/now.js';
import { OttlTime } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

describe('Now', () => {
  it('returns the current time', () => {
    const before = BigInt(Date.now()) * 1_000_000n;
    const t = run(Now, []) as OttlTime;
    const after = BigInt(Date.now()) * 1_000_000n;
    expect(t).toBeInstanceOf(OttlTime);
    expect(t.unixNano >= before && t.unixNano <= after).toBe(true);
  });
});

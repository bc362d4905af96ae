import { describe, expect, it } from 'vitest';

import { newUuidV7, UUIDv7 } from '../../src/functions/uuidv7.js';
import { run } from './conv-support.js';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('UUIDv7', () => {
  it('is a version 7 UUID', () => {
    expect(run(UUIDv7, [])).toMatch(V7);
  });
  it('starts with the Unix milliseconds', () => {
    // Later than any id made so far (ids never go backwards).
    const ms = Date.now() + 1_000_000_000;
    expect(newUuidV7(ms).replace('-', '').slice(0, 12)).toBe(ms.toString(16).padStart(12, '0'));
  });
  it('increases within one millisecond', () => {
    const ms = Date.now() + 2_000_000_000;
    const ids = Array.from({ length: 50 }, () => newUuidV7(ms));
    for (const id of ids) expect(id).toMatch(V7);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

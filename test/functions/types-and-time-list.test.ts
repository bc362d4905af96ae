import { describe, expect, it } from 'vitest';

import { TYPE_AND_TIME_FUNCTIONS } from '../../src/functions/lists/types-and-time.js';

describe('TYPE_AND_TIME_FUNCTIONS', () => {
  it('lists every converter of the family once', () => {
    const names = TYPE_AND_TIME_FUNCTIONS.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(50);
    expect(TYPE_AND_TIME_FUNCTIONS.every((d) => d.kind === 'converter')).toBe(true);
  });
  it('uses snake_case parameter names', () => {
    for (const d of TYPE_AND_TIME_FUNCTIONS) {
      for (const p of d.params) expect(p.name).toMatch(/^[a-z][a-z_]*$/);
    }
  });
});

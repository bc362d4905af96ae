import { describe, expect, it } from 'vitest';

import { UUID } from '../../src/functions/uuid.js';
import { run } from './conv-support.js';

describe('UUID', () => {
  it('is a version 4 UUID', () => {
    expect(run(UUID, [])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  it('differs per call', () => {
    const f = UUID.create({}, { context: 'log' });
    expect(f(undefined as never)).not.toBe(f(undefined as never));
  });
});

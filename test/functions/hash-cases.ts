/** Shared driver for the single-argument hash converter tables. */
import { describe, expect, it } from 'vitest';

import type { AnyFunctionDefinition } from '../../src/functions/signature.js';
import type { Value } from '../../src/core/values/types.js';
import { constant, newContext } from '../support/getters.js';

export interface HashCase {
  readonly name: string;
  readonly input: Value;
  readonly want?: Value;
  readonly error?: string;
}

/** Runs `cases` against `def` called as `NAME(target)`. */
export function runHashCases(def: AnyFunctionDefinition, cases: readonly HashCase[]): void {
  describe(def.name, () => {
    it.each(cases)('$name', ({ input, want, error }) => {
      const run = () => def.create({ target: constant(input) }, { context: 'log' })(newContext());
      if (error !== undefined) expect(run).toThrow(error);
      else expect(run()).toEqual(want);
    });
  });
}

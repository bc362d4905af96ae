/** Shared driver for the XML converter tables. */
import { describe, expect, it } from 'vitest';

import type { AnyFunctionDefinition } from '../../src/functions/signature.js';
import type { Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { call } from './call.js';

export interface XmlCase {
  readonly name: string;
  readonly document: string;
  readonly args?: Record<string, unknown>;
  readonly want?: Value;
  readonly error?: string;
}

/** Runs each case as `def(target = document, ...args)`. */
export function runXmlCases(def: AnyFunctionDefinition, cases: readonly XmlCase[]): void {
  describe(def.name, () => {
    it.each(cases)('$name', ({ document, args, want, error }) => {
      const run = () => call(def, { target: constant(document), ...args });
      if (error !== undefined) expect(run).toThrow(error);
      else expect(run()).toEqual(want);
    });
  });
}

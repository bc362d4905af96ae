/**
 * String literals are swapped for the engine's internalized copies (issue #13, a speed fix). The
 * swap goes through an object key, so it must give back the same text for strings that are special
 * as keys: `__proto__`, array indices, inherited names, the empty string, lone surrogates.
 */
import { describe, expect, it } from 'vitest';
import { newLogRecord } from '../../src/core/model.js';
import { EvalContext } from '../../src/core/eval-context.js';
import { compileCondition } from '../../src/engine/rules/standalone.js';
import { intern } from '../../src/compiler/intern.js';

const awkward = ['', '__proto__', 'constructor', 'toString', '0', '4294967295', '-0', '1e3', '\ud800', 'a\u0000b', 'x'.repeat(10_000)];

describe('intern', () => {
  it.each(awkward.map((s) => [JSON.stringify(s).slice(0, 20), s]))('keeps %s as it is', (_, s) => {
    expect(intern(s)).toBe(s);
  });
});

describe('conditions on keys and values that are special as object keys', () => {
  const keys = ['__proto__', 'constructor', '0', '4294967295', ''];
  it.each(keys)('attributes[%j] == its own name', (key) => {
    const record = newLogRecord();
    record.attributes.set(key, key);
    const ctx = new EvalContext();
    ctx.log = record;
    const quoted = JSON.stringify(key);
    expect(compileCondition(`log.attributes[${quoted}] == ${quoted}`, { context: 'log' })(ctx)).toBe(true);
    expect(compileCondition(`log.attributes[${quoted}] == "other"`, { context: 'log' })(ctx)).toBe(false);
    expect(compileCondition(`log.attributes["missing"] == ${quoted}`, { context: 'log' })(ctx)).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseValueExpression } from '../../src/parser/parse.js';
import { CONTEXT_NAMES, contextPaths } from '../../src/contexts/index.js';
import { compileConditions } from '../../src/engine/rules/standalone.js';
import { pathTextArb } from '../../src/testing/index.js';

describe('pathTextArb', () => {
  it.each(CONTEXT_NAMES)('generates path texts that parse and resolve in the %s context', (context) => {
    const texts = fc.sample(pathTextArb(context), { seed: 1, numRuns: 60 });
    for (const text of texts) {
      const parsed = parseValueExpression(text);
      expect(parsed.ok, text).toBe(true);
      expect(parsed.ok && parsed.ast.kind, text).toBe('path');
    }
    // One compile for all of them: resolution errors would name the bad path.
    expect(() => compileConditions(texts.map((t) => `${t} == nil`), { context })).not.toThrow();
  });

  it('covers both plain and keyed paths, with escaped and chained keys', () => {
    const texts = fc.sample(pathTextArb('log'), { seed: 3, numRuns: 400 });
    expect(texts).toContain('log.severity_text');
    expect(texts.some((t) => /^log\.attributes\["[^"]*"\]$/.test(t))).toBe(true);
    expect(texts.some((t) => /\]\[/.test(t))).toBe(true);
    expect(texts.some((t) => /^log\.body\[\d\]/.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('\\'))).toBe(true);
  });

  it('only draws from the context’s own paths', () => {
    const known = new Set(contextPaths('span').map((p) => p.replace(/\[\]$/, '')));
    for (const t of fc.sample(pathTextArb('span'), { seed: 5, numRuns: 200 })) expect(known.has(t.replace(/\[.*$/s, ''))).toBe(true);
  });

  it('keyedOnly gives paths into maps and slices', () => {
    expect(fc.sample(pathTextArb('datapoint', { keyedOnly: true }), { seed: 9, numRuns: 100 }).every((t) => t.includes('['))).toBe(true);
  });
});

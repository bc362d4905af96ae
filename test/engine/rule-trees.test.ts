/**
 * Compiling a config again reuses the syntax trees of its unchanged rules, however many rules it
 * has: the tree caches grow to hold a whole config (and otherwise stay small, see `keepTreesFor`).
 */
import { describe, expect, it } from 'vitest';
import { createEnvironment } from '../../src/engine/environment.js';
import { ruleTrees } from '../../src/engine/rules/compile-group.js';

/** 1,500 rules, a fifth of which change with `edit`; the texts are this file's own. */
const rules = (edit: number, rule: (i: number, value: string) => string): string =>
  Array.from({ length: 1500 }, (_, i) => `    - '${rule(i, i % 5 === 0 ? `edited ${edit}` : 'kept')}'\n`).join('');

/** Rules parsed (not found in the cache) while `compile` runs. */
function parsedBy(compile: () => boolean): number {
  const before = ruleTrees.parsed;
  expect(compile()).toBe(true);
  return ruleTrees.parsed - before;
}

describe('syntax trees of a recompiled config', () => {
  const env = createEnvironment();

  it('a 1,500-statement transform config is reparsed only where it changed', () => {
    const config = (edit: number) => 'log_statements:\n  - context: log\n    statements:\n' + rules(edit, (i, v) => `set(log.attributes["rule-trees ${i}"], "${v}")`);
    expect(parsedBy(() => env.compileTransform(config(1)).ok)).toBe(1500);
    expect(parsedBy(() => env.compileTransform(config(2)).ok)).toBe(300);
  });

  it('a 1,500-condition filter config is reparsed only where it changed', () => {
    const config = (edit: number) => 'logs:\n  log_record:\n' + rules(edit, (i, v) => `log.attributes["rule-trees ${i}"] == "${v}"`);
    expect(parsedBy(() => env.compileFilter(config(1)).ok)).toBe(1500);
    expect(parsedBy(() => env.compileFilter(config(2)).ok)).toBe(300);
  });
});

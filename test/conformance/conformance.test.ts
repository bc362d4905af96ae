/**
 * The shared conformance sample (cases translated from the reference's own tests), run in-process
 * through the library rather than the CLI so the whole sample takes seconds. The CLI path is covered
 * by `node ../shared/conformance/run.mjs --project .` and by the CLI tests.
 *
 * Cases we do not pass yet are listed in `known-failures.ts`, each with the reason.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KNOWN_FAILURES } from './known-failures.js';
import { runConformanceCase, type ConformanceCase } from './run-case.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../shared/conformance');
const available = existsSync(path.join(root, 'run.mjs'));

function loadCases(): { suite: string; c: ConformanceCase }[] {
  if (!available) return [];
  const dir = path.join(root, 'cases');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const list = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as ConformanceCase[];
      return list.map((c) => ({ suite: f.replace(/\.json$/, ''), c }));
    });
}

const cases = loadCases();

describe.skipIf(!available)('conformance sample', () => {
  const bySuite = new Map<string, ConformanceCase[]>();
  for (const { suite, c } of cases) {
    if (c.skip) continue;
    bySuite.set(suite, [...(bySuite.get(suite) ?? []), c]);
  }
  for (const [suite, list] of bySuite) {
    describe(suite, () => {
      for (const c of list) {
        const known = KNOWN_FAILURES[c.id];
        it.skipIf(known !== undefined)(c.id, async () => {
          const result = await runConformanceCase(c, root);
          expect(result.diffs, result.reason).toEqual([]);
          expect(result.ok, result.reason).toBe(true);
        });
      }
    });
  }

  it('lists no known failure that no longer exists', () => {
    const ids = new Set(cases.map(({ c }) => c.id));
    expect(Object.keys(KNOWN_FAILURES).filter((id) => !ids.has(id))).toEqual([]);
  });
});

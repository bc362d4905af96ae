/**
 * Path blocks are declared as data (`defineBlock`): the listed paths come from the resolver table,
 * so every path a context lists resolves, and nothing outside the table does.
 */
import { describe, expect, it } from 'vitest';
import { CONTEXT_NAMES, CONTEXTS } from '../../src/contexts/index.js';
import { createEnvironment } from '../../src/engine/environment.js';

const env = createEnvironment();

describe('path blocks as data', () => {
  it.each(CONTEXT_NAMES)('every path the %s context lists resolves', (context) => {
    const paths = CONTEXTS.get(context)!.paths.map((p) => (p.endsWith('[]') ? `${p.slice(0, -2)}["k"]` : p));
    const problems = paths.flatMap((p) => env.compileConditions([`${p} == nil`], { context }).diagnostics).filter((d) => d.code === 'unknown-path');
    expect(problems).toEqual([]);
  });

  it('a path outside the tables is unknown, with the listed names as suggestions', () => {
    const r = env.compileConditions(['log.attributez == nil'], { context: 'log' });
    expect(r.diagnostics).toMatchObject([{ code: 'unknown-path', suggestions: ['log.attributes'] }]);
  });
});

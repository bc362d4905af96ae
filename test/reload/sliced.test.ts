/**
 * Reloading compiles in slices between turns of the event loop, so a large config never blocks
 * the process for the whole compile; the sliced compile gives the same result and problems.
 */
import { describe, expect, it } from 'vitest';
import { createEnvironment, ReloadableProcessor } from '../../src/api/index.js';

const config = (n: number, bad = false) =>
  'log_statements:\n' +
  Array.from({ length: n }, (_, i) => `  - set(log.attributes["k${i}"], Concat([log.body, "${i}"], "-")) where log.severity_number > ${i}\n`).join('') +
  (bad ? '  - set(log.attributes["x"], Nope())\n' : '');

describe('sliced compile', () => {
  it('lets timers run while a 200-statement config compiles, and gives the same program', async () => {
    const env = createEnvironment();
    // Counts turns of the event loop: a callback that re-queues itself runs once per turn, so it
    // runs between slices only if the compile gives the loop back (a timer could miss fast turns).
    let turns = 0;
    let counting = true;
    const turn = (): void => {
      turns++;
      if (counting) setImmediate(turn);
    };
    setImmediate(turn);
    const sliced = await env.compileTransformAsync(config(200), { sliceMs: 0 });
    counting = false;
    expect(sliced.ok).toBe(true);
    expect(turns).toBeGreaterThan(10);
    const whole = env.compileTransform(config(200));
    expect(whole.ok && sliced.ok && sliced.program.size).toBe(whole.ok && whole.program.size);
  });

  it('reports the same problems as the synchronous compile', async () => {
    const env = createEnvironment();
    const sliced = await env.compileTransformAsync(config(3, true), { file: 'c.yaml', sliceMs: 0 });
    expect(sliced.diagnostics).toEqual(env.compileTransform(config(3, true), { file: 'c.yaml' }).diagnostics);
    expect(sliced.ok).toBe(false);
  });

  it('ReloadableProcessor.update uses the sliced compile', async () => {
    const reloadable = ReloadableProcessor.create(config(1));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const result = await reloadable.update(config(300));
    clearInterval(timer);
    expect(result.status).toBe('applied');
    expect(ticks).toBeGreaterThan(0);
  });
});

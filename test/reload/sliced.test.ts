/**
 * Reloading compiles in slices between turns of the event loop, so a large config never blocks
 * the process for the whole compile; the sliced compile gives the same result and problems.
 */
import { describe, expect, it, vi } from 'vitest';
import { createEnvironment, ReloadableProcessor } from '../../src/api/index.js';
import type { LoadedConfig } from '../../src/engine/config/yaml.js';
import { runStepsSliced, type Steps } from '../../src/engine/rules/compile-group.js';
import { transformCompiler } from '../../src/reload/index.js';

const config = (n: number, bad = false) =>
  'log_statements:\n' +
  Array.from({ length: n }, (_, i) => `  - set(log.attributes["k${i}"], Concat([log.body, "${i}"], "-")) where log.severity_number > ${i}\n`).join('') +
  (bad ? '  - set(log.attributes["x"], Nope())\n' : '');

/** Counts turns of the event loop from now on (a callback that re-queues itself runs once per turn). */
function turnCounter(): { readonly turns: number; stop: () => void } {
  const state = { turns: 0, stop: () => void (state.counting = false), counting: true };
  const tick = (): void => {
    state.turns++;
    if (state.counting) setImmediate(tick);
  };
  setImmediate(tick);
  return state;
}

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

  it('by default gives the loop back after about 2 ms of work', async () => {
    // A clock that advances 0.25 ms each time it is read: the runner reads it once per step.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 0.25));
    const loop = turnCounter();
    const turnOfStep: number[] = [];
    function* steps(): Steps<string> {
      for (let i = 0; i < 100; i++) {
        turnOfStep.push(loop.turns);
        yield;
      }
      return 'done';
    }
    try {
      expect(await runStepsSliced(steps())).toBe('done');
    } finally {
      clock.mockRestore();
      loop.stop();
    }
    const perTurn = new Map<number, number>();
    for (const t of turnOfStep) perTurn.set(t, (perTurn.get(t) ?? 0) + 1);
    // 2 ms of steps is 8 reads of the clock; a 3 ms budget would run 12 steps per turn.
    expect(Math.max(...perTurn.values())).toBe(8);
    expect(perTurn.size).toBe(13);
  });

  it('ReloadableProcessor.update reads the config and starts compiling it on different turns', async () => {
    const base = transformCompiler();
    const loop = turnCounter();
    let readOn = -1;
    let compileOn = -1;
    const compiler = Object.assign((loaded: LoadedConfig) => base(loaded), {
      sliced: (loaded: LoadedConfig) => {
        compileOn = loop.turns;
        return base.sliced(loaded);
      },
    });
    const reloadable = ReloadableProcessor.create(config(1), { compiler });
    // A config object is read when the update starts; its getter marks the turn it was read on.
    const source = {
      get log_statements() {
        readOn = loop.turns;
        return ['set(log.attributes["k"], "v")'];
      },
    };
    const result = await reloadable.update(source);
    loop.stop();
    expect(result.status).toBe('applied');
    expect(readOn).toBeGreaterThanOrEqual(0);
    expect(compileOn).toBeGreaterThan(readOn);
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

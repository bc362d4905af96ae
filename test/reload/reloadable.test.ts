/** ReloadableProcessor: first compile, build-then-swap, last-known-good, ordering of updates. */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/engine/config/yaml.js';
import { PropagatedError } from '../../src/engine/error-mode.js';
import type { FilterResult } from '../../src/engine/filter/processor.js';
import {
  filterCompiler,
  ReloadableProcessor,
  transformCompiler,
  type RuleSetCompiler,
  type UpdateResult,
} from '../../src/reload/index.js';
import { RuleSetError } from '../../src/engine/environment.js';
import type { TransformProcessor } from '../../src/engine/transform/processor.js';
import { INVALID, logsDoc, stamp, stamps } from './helpers.js';

const processed = (r: ReloadableProcessor): (number | null)[] => {
  const doc = logsDoc(1);
  r.process(doc);
  return stamps(doc);
};

/** A transform compiler that counts its calls and can be held until released. */
function gatedCompiler() {
  const base = transformCompiler();
  const gates: (() => void)[] = [];
  const calls: string[] = [];
  let hold = false;
  const compiler: RuleSetCompiler<TransformProcessor> = async (loaded) => {
    calls.push(loaded.file);
    if (hold) await new Promise<void>((release) => gates.push(release));
    return base(loaded);
  };
  return {
    compiler,
    calls,
    hold: (on: boolean) => void (hold = on),
    releaseAll: () => gates.splice(0).forEach((g) => g()),
  };
}

describe('ReloadableProcessor.create', () => {
  it('compiles the first set as version 1', () => {
    const r = ReloadableProcessor.create(stamp(7), { name: 'c.yaml' });
    expect(r.version).toBe(1);
    expect(r.current).toMatchObject({ version: 1, name: 'c.yaml' });
    expect(processed(r)).toEqual([7]);
  });

  it('throws a RuleSetError with every diagnostic when the first set is invalid', () => {
    let error: unknown;
    try {
      ReloadableProcessor.create(INVALID[2](1), { name: 'c.yaml' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleSetError);
    const diagnostics = (error as RuleSetError).diagnostics;
    expect(diagnostics.map((d) => [d.file, d.line])).toEqual([
      ['c.yaml', 2],
      ['c.yaml', 3],
    ]);
    expect((error as Error).message).toMatch(/^c\.yaml:2:/);
  });

  it('throws a ConfigError for invalid YAML', () => {
    expect(() => ReloadableProcessor.create(INVALID[0](1), { name: 'c.yaml' })).toThrow(ConfigError);
  });

  it('accepts a config object from an embedding program, locating errors by path', () => {
    const r = ReloadableProcessor.create({ log_statements: ['set(log.attributes["v"], 3)'] });
    expect(processed(r)).toEqual([3]);
    let error: unknown;
    try {
      ReloadableProcessor.create({ log_statements: ['set(log.attributes["v"], 1)', 'set(log.attributes["v"], nope())'] }, { name: 'rules' });
    } catch (e) {
      error = e;
    }
    expect((error as RuleSetError).diagnostics).toMatchObject([{ file: 'rules.log_statements[1]', line: 1, column: 26, code: 'syntax', message: expect.stringMatching(/nope/) }]);
  });

  it('rejects object values that are not config data', () => {
    expect(() => ReloadableProcessor.create({ log_statements: [1n] })).toThrow(/log_statements\[0\]: a bigint is not config data/);
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() => ReloadableProcessor.create(cyclic)).toThrow(/cycle/);
    expect(() => ReloadableProcessor.create({ when: new Date(0) })).toThrow(/plain objects/);
  });

  it('refuses an async compiler (createAsync is for that)', async () => {
    const { compiler } = gatedCompiler();
    expect(() => ReloadableProcessor.create(stamp(1), { compiler })).toThrow(TypeError);
    const r = await ReloadableProcessor.createAsync(stamp(1), { compiler });
    expect(processed(r as ReloadableProcessor)).toEqual([1]);
  });
});

describe('update', () => {
  it('applies a valid config: the next version, an applied event, new output', async () => {
    const r = ReloadableProcessor.create(stamp(1));
    const events: number[][] = [];
    r.on('applied', (e) => events.push([e.previous.version, e.current.version]));
    const result = await r.update(stamp(2), { name: 'next.yaml' });
    expect(result).toMatchObject({ status: 'applied', current: { version: 2, name: 'next.yaml' }, previous: { version: 1 } });
    expect(events).toEqual([[1, 2]]);
    expect(processed(r)).toEqual([2]);
  });

  it.each(INVALID.map((make, i) => ({ i, config: make(99) })))('keeps the last good set on invalid config #$i', async ({ config }) => {
    const r = ReloadableProcessor.create(stamp(1));
    const rejected: string[][] = [];
    r.on('rejected', (e) => rejected.push([...e.diagnostics]));
    const result = await r.update(config);
    expect(result.status).toBe('rejected');
    expect(result.current.version).toBe(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].length).toBeGreaterThan(0);
    expect(processed(r)).toEqual([1]);
  });

  it('reports every diagnostic of a rejected config', async () => {
    const r = ReloadableProcessor.create(stamp(1), { name: 'c.yaml' });
    const result = await r.update(INVALID[2](5));
    expect(result.status === 'rejected' && result.diagnostics).toEqual([expect.stringMatching(/^c\.yaml:2:/), expect.stringMatching(/^c\.yaml:3:/)]);
  });

  it('a batch in flight finishes on the version it started with', async () => {
    const r = ReloadableProcessor.create(stamp(1));
    const snapshot = r.current;
    const first = logsDoc(1);
    snapshot.ruleSet.process(first);
    await r.update(stamp(2));
    const second = logsDoc(1);
    snapshot.ruleSet.process(second);
    expect([...stamps(first), ...stamps(second)]).toEqual([1, 1]);
    expect(processed(r)).toEqual([2]);
  });

  it('processBatch runs a whole batch on one version and says which', async () => {
    const r = ReloadableProcessor.create(stamp(4));
    const docs = [logsDoc(1), logsDoc(2)];
    expect(r.processBatch(docs).version).toBe(1);
    expect(docs.flatMap(stamps)).toEqual([4, 4, 4]);
  });

  it('a burst compiles only the newest request; older ones are superseded', async () => {
    const gated = gatedCompiler();
    const r = await ReloadableProcessor.createAsync(stamp(0), { compiler: gated.compiler, name: 'c0' });
    gated.calls.length = 0;
    const results = await Promise.all([1, 2, 3].map((n) => r.update(stamp(n), { name: `c${n}` })));
    expect(results.map((x) => x.status)).toEqual(['superseded', 'superseded', 'applied']);
    expect(gated.calls).toEqual(['c3']);
    expect(r.version).toBe(2);
    expect(processed(r as ReloadableProcessor)).toEqual([3]);
  });

  it('when the newest request is invalid, the newest valid one wins', async () => {
    const gated = gatedCompiler();
    const r = await ReloadableProcessor.createAsync(stamp(0), { compiler: gated.compiler });
    const results = await Promise.all([r.update(stamp(1)), r.update(stamp(2)), r.update(INVALID[1](3))]);
    expect(results.map((x) => x.status)).toEqual(['superseded', 'applied', 'rejected']);
    expect(processed(r as ReloadableProcessor)).toEqual([2]);
  });

  it('a request made while another compiles is compiled next', async () => {
    const gated = gatedCompiler();
    const r = await ReloadableProcessor.createAsync(stamp(0), { compiler: gated.compiler });
    gated.hold(true);
    const first = r.update(stamp(1));
    while (gated.calls.length < 2) await new Promise((ok) => setImmediate(ok));
    const second = r.update(stamp(2));
    gated.hold(false);
    gated.releaseAll();
    expect((await first).status).toBe('applied');
    expect((await second).status).toBe('applied');
    expect(r.version).toBe(3);
    expect(processed(r as ReloadableProcessor)).toEqual([2]);
  });

  it('a stale compile never overwrites a newer version (updateSync overtaking update)', async () => {
    const base = transformCompiler();
    let release!: () => void;
    const held = new Promise<void>((ok) => (release = ok));
    let calls = 0;
    // Async only for the first update, so updateSync can run while it is held.
    const compiler: RuleSetCompiler<TransformProcessor> = (loaded) => (++calls === 2 ? held.then(() => base(loaded)) : base(loaded));
    const r = ReloadableProcessor.create(stamp(0), { compiler });
    const slow = r.update(stamp(1));
    while (calls < 2) await new Promise((ok) => setImmediate(ok));
    expect(r.updateSync(stamp(2)).status).toBe('applied');
    release();
    const result: UpdateResult<TransformProcessor> = await slow;
    expect(result).toMatchObject({ status: 'superseded', current: { version: 2 } });
    expect(processed(r)).toEqual([2]);
  });

  it('updateSync drops older pending updates', async () => {
    const r = ReloadableProcessor.create(stamp(0));
    const pending = r.update(stamp(1));
    expect(r.updateSync(stamp(2)).status).toBe('applied');
    expect((await pending).status).toBe('superseded');
    await r.idle();
    expect(r.busy).toBe(false);
    expect(processed(r)).toEqual([2]);
  });

  it('listeners can be removed', async () => {
    const r = ReloadableProcessor.create(stamp(0));
    let seen = 0;
    const off = r.on('applied', () => seen++);
    await r.update(stamp(1));
    off();
    await r.update(stamp(2));
    expect(seen).toBe(1);
  });

  it('errors at run time are the rule set’s own (PropagatedError under propagate)', () => {
    const r = ReloadableProcessor.create(`error_mode: propagate\nlog_statements: ['set(log.attributes["x"], Int("nope") + 1)']`);
    expect(() => r.process(logsDoc(1))).toThrow(PropagatedError);
  });
});

describe('generic over rule set kinds', () => {
  it('reloads a filter processor', async () => {
    const r = ReloadableProcessor.create('log_conditions: [\'log.attributes["drop"] == true\']', { compiler: filterCompiler() });
    const doc = () => {
      const d = logsDoc(2);
      if (d.signal === 'logs') d.data.resourceLogs[0].scopeLogs[0].logRecords[0].attributes.set('drop', true);
      return d;
    };
    const before: FilterResult = r.process(doc());
    expect(before.dropped.logRecords).toBe(1);
    expect((await r.update("log_conditions: ['log.severity_number >= 0']")).status).toBe('applied');
    expect(r.process(doc()).dropped.logRecords).toBe(2);
    expect((await r.update("log_conditions: ['Nope()']")).status).toBe('rejected');
    expect(r.process(doc()).dropped.logRecords).toBe(2);
  });
});

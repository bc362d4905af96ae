/**
 * Model test: random interleavings of valid updates, invalid updates, synchronous updates and
 * batches (some spanning several event-loop turns), with compiles finishing in a random order
 * chosen by fast-check's scheduler. Every config stamps its own number on each log record, so an
 * output tells which version processed it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LocatedText, type LoadedConfig } from '../../src/engine/config/yaml.js';
import { ReloadableProcessor, transformCompiler, type RuleSetCompiler, type UpdateResult } from '../../src/reload/index.js';
import type { TransformProcessor } from '../../src/engine/transform/processor.js';
import { INVALID, logsDoc, stamp, stamps } from './helpers.js';

type Op =
  | { readonly kind: 'valid' }
  | { readonly kind: 'invalid'; readonly variant: number }
  | { readonly kind: 'sync' }
  | { readonly kind: 'batch'; readonly docs: number }
  | { readonly kind: 'asyncBatch'; readonly docs: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.constant({ kind: 'valid' as const }),
  fc.nat({ max: INVALID.length - 1 }).map((variant) => ({ kind: 'invalid' as const, variant })),
  fc.constant({ kind: 'sync' as const }),
  fc.integer({ min: 1, max: 3 }).map((docs) => ({ kind: 'batch' as const, docs })),
  fc.integer({ min: 1, max: 3 }).map((docs) => ({ kind: 'asyncBatch' as const, docs })),
);

/**
 * Compiling is not under test here, and compiled sets are immutable, so equal configs share one
 * compiled set across runs (failures are remembered too) to keep the test fast.
 */
const base = transformCompiler();
const memo = new Map<string, TransformProcessor | { error: unknown }>();
const memoCompiler: RuleSetCompiler<TransformProcessor> = (loaded: LoadedConfig) => {
  const key = JSON.stringify(loaded.root, (_k, v: unknown) => (v instanceof LocatedText ? `${v.text}@${v.line}` : v));
  let entry = memo.get(key);
  if (entry === undefined) {
    try {
      entry = base(loaded);
    } catch (error) {
      entry = { error };
    }
    memo.set(key, entry);
  }
  if ('error' in entry) throw entry.error;
  return entry;
};

const stampOf = (ruleSet: TransformProcessor): number | null => {
  const probe = logsDoc(1);
  ruleSet.process(probe);
  return stamps(probe)[0];
};

type Event =
  | { readonly type: 'request'; readonly seq: number; readonly n: number; readonly valid: boolean }
  | { readonly type: 'applied'; readonly version: number; readonly n: number | null }
  /** A batch starts: logged when it reads the version it will run on. */
  | { readonly type: 'start'; readonly version: number }
  /** A batch ends, with the stamps of its output. */
  | { readonly type: 'batch'; readonly startVersion: number; readonly outputs: (number | null)[] };

describe('ReloadableProcessor model', () => {
  it('every batch runs on exactly the latest version applied before it started; invalid configs never apply', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 14 }), fc.scheduler(), async (ops, s) => {
        let asyncCompiles = false;
        let syncCompile = false;
        const compiler: RuleSetCompiler<TransformProcessor> = (loaded) => {
          if (!asyncCompiles || syncCompile) return memoCompiler(loaded);
          // Each compile ends at a moment of the scheduler's choosing.
          return s.schedule(Promise.resolve(), 'compile').then(() => memoCompiler(loaded));
        };
        const schedule = (start: () => void) => void s.schedule(Promise.resolve(), 'drain').then(start);
        const r = ReloadableProcessor.create(stamp(0), { compiler, schedule });
        asyncCompiles = true;

        const log: Event[] = [];
        r.on('applied', (e) => log.push({ type: 'applied', version: e.current.version, n: stampOf(e.current.ruleSet) }));
        const results: { seq: number; valid: boolean; result: UpdateResult<TransformProcessor> }[] = [];
        const work: Promise<unknown>[] = [];
        let seq = 0;

        const run = (op: Op): void => {
          switch (op.kind) {
            case 'valid':
            case 'invalid': {
              const n = ++seq;
              const valid = op.kind === 'valid';
              log.push({ type: 'request', seq: n, n, valid });
              const config = op.kind === 'valid' ? stamp(n) : INVALID[op.variant](n);
              work.push(r.update(config).then((result) => results.push({ seq: n, valid, result })));
              return;
            }
            case 'sync': {
              const n = ++seq;
              log.push({ type: 'request', seq: n, n, valid: true });
              syncCompile = true;
              try {
                results.push({ seq: n, valid: true, result: r.updateSync(stamp(n)) });
              } finally {
                syncCompile = false;
              }
              return;
            }
            case 'batch': {
              const docs = Array.from({ length: op.docs }, () => logsDoc(2));
              const { version } = r.processBatch(docs);
              log.push({ type: 'start', version }, { type: 'batch', startVersion: version, outputs: docs.flatMap(stamps) });
              return;
            }
            case 'asyncBatch': {
              // The documented pattern for work spanning turns: read `current` once at the start.
              const snapshot = r.current;
              log.push({ type: 'start', version: snapshot.version });
              const outputs: (number | null)[] = [];
              const steps = (async () => {
                for (let i = 0; i < op.docs; i++) {
                  await s.schedule(Promise.resolve(), 'batch step');
                  const doc = logsDoc(2);
                  snapshot.ruleSet.process(doc);
                  outputs.push(...stamps(doc));
                }
                log.push({ type: 'batch', startVersion: snapshot.version, outputs });
              })();
              work.push(steps);
              return;
            }
          }
        };

        const sequence = s.scheduleSequence(ops.map((op) => ({ label: op.kind, builder: async () => run(op) })));
        await s.waitFor(sequence.task);
        await s.waitFor(Promise.all(work));
        await s.waitFor(r.idle());

        // Versions go up by one per applied update, and only valid requests apply, newest last.
        const requests = new Map<number, { seq: number; valid: boolean }>();
        const nOfVersion = new Map<number, number | null>([[1, 0]]);
        let version = 1;
        let lastAppliedSeq = 0;
        for (const e of log) {
          if (e.type === 'request') requests.set(e.n, e);
          if (e.type === 'applied') {
            expect(e.version).toBe(++version);
            const request = requests.get(e.n ?? -1);
            expect(request?.valid).toBe(true);
            expect(request!.seq).toBeGreaterThan(lastAppliedSeq);
            lastAppliedSeq = request!.seq;
            nOfVersion.set(e.version, e.n);
          }
          // A batch starts on the latest version applied before it…
          if (e.type === 'start') expect(e.version).toBe(version);
          // …and every output it makes, even after later swaps, comes from that one version.
          if (e.type === 'batch') expect(new Set(e.outputs)).toEqual(new Set([nOfVersion.get(e.startVersion)]));
        }
        // The newest valid request wins in the end.
        const valid = [...requests.values()].filter((q) => q.valid);
        const newestValid = valid.length === 0 ? 0 : Math.max(...valid.map((q) => q.seq));
        expect(stampOf(r.current.ruleSet)).toBe(newestValid);
        expect(r.version).toBe(version);
        // Each result agrees: invalid configs are rejected or skipped, skipped ones lost to a newer one.
        for (const { seq: q, valid: ok, result } of results) {
          expect(ok ? ['applied', 'superseded'] : ['rejected', 'superseded']).toContain(result.status);
          if (result.status === 'superseded') expect(lastAppliedSeq).toBeGreaterThan(q);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('synchronous batches see exactly the latest applied version', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 20 }), (ops) => {
        const r = ReloadableProcessor.create(stamp(0), { compiler: memoCompiler });
        let n = 0;
        let expected = { version: 1, stamp: 0 };
        for (const op of ops) {
          n++;
          if (op.kind === 'valid' || op.kind === 'sync') {
            const result = r.updateSync(stamp(n));
            expected = { version: expected.version + 1, stamp: n };
            expect(result).toMatchObject({ status: 'applied', current: { version: expected.version } });
          } else if (op.kind === 'invalid') {
            expect(r.updateSync(INVALID[op.variant](n))).toMatchObject({ status: 'rejected', current: { version: expected.version } });
          } else {
            const docs = Array.from({ length: op.docs }, () => logsDoc(2));
            expect(r.processBatch(docs).version).toBe(expected.version);
            expect(new Set(docs.flatMap(stamps))).toEqual(new Set([expected.stamp]));
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});

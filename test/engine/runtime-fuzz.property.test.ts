/**
 * Issue 14, fuzzing the runtime: generated documents × generated rule sets under each error mode,
 * for the transform processor (`set` in the log context; every editor in every signal's contexts)
 * and the filter processor.
 * The only exceptions are the library's own types: `ignore` and `silent` never abort a batch, and
 * `propagate` fails it with a PropagatedError whose cause is a runtime error.
 *
 * Bounded here (2,000 cases); `FUZZ_RUNS=N npm run fuzz` runs N (see test/support/fuzz.ts).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OttlRuntimeError } from '../../src/core/errors.js';
import { FeatureGates } from '../../src/core/feature-gates.js';
import { createEnvironment } from '../../src/engine/environment.js';
import { PropagatedError, type ErrorMode } from '../../src/engine/error-mode.js';
import { STANDARD_FUNCTIONS, TRANSFORM_FUNCTIONS } from '../../src/functions/index.js';
import type { ContextName } from '../../src/core/contexts.js';
import type { TelemetryDocument } from '../../src/core/model.js';
import { logsDataArb, metricsDataArb, pathTextArb, tracesDataArb } from '../../src/testing/index.js';
import { fuzzFamily, fuzzTimeout } from '../support/fuzz.js';
import { resetFunctionLimits, setFunctionLimits } from '../../src/functions/internal/limits.js';

const runs = fuzzFamily(2000);

const VALUES = [
  'log.body', 'log.attributes["a"]', 'log.attributes', 'log.time', 'log.severity_number', 'log.trace_id', 'resource.attributes',
  'scope.name', 'log.cache["c"]', '"x"', '"1"', '""', '1', '-2', '1.5', 'true', 'nil', '0x0102', '["a", 1]', '{"k": 1}',
  'log.attributes["a"] + 1', 'log.body.string', 'SEVERITY_NUMBER_WARN',
];
const TARGETS = ['log.body', 'log.attributes["a"]', 'log.attributes["n"]["m"]', 'log.severity_number', 'log.time', 'log.cache["c"]', 'log.trace_id'];
const converters = STANDARD_FUNCTIONS.filter((f) => f.kind === 'converter' && f.params.length <= 3);
const value: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...VALUES) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...converters), fc.array(fc.constantFrom(...VALUES), { maxLength: 3 }))
      .map(([f, args]) => `${f.name}(${args.join(', ')})`),
  },
);
const condition = fc.tuple(value, fc.constantFrom('==', '!=', '<', '>='), value).map(([a, op, b]) => `${a} ${op} ${b}`);
const statement = fc
  .tuple(fc.constantFrom(...TARGETS), value, fc.option(condition, { nil: undefined }))
  .map(([t, v, where]) => `set(${t}, ${v})${where ? ` where ${where}` : ''}`);
const ruleSet = fc.array(statement, { minLength: 1, maxLength: 3 });
const mode = fc.constantFrom<ErrorMode>('ignore', 'silent', 'propagate');
/** A signal, how its config keys start, its contexts and its documents. */
interface SignalSpec {
  readonly signal: TelemetryDocument['signal'];
  readonly prefix: string;
  readonly contexts: readonly ContextName[];
  readonly data: fc.Arbitrary<unknown>;
}
const SIGNALS: readonly SignalSpec[] = [
  { signal: 'logs', prefix: 'log', contexts: ['resource', 'scope', 'log'], data: logsDataArb() },
  { signal: 'traces', prefix: 'trace', contexts: ['resource', 'scope', 'span', 'spanevent'], data: tracesDataArb() },
  { signal: 'metrics', prefix: 'metric', contexts: ['resource', 'scope', 'metric', 'datapoint'], data: metricsDataArb() },
];

const LITERALS = ['"x"', '"a.b"', '""', '1', '-2', '0', '1.5', 'true', 'nil', '0x0102', '["a", 1]', '{"k": 1}', '"*"', '".*"', '"upsert"', '[]', '["k"]', '2', '"_"'];
const transformEditors = [...STANDARD_FUNCTIONS, ...TRANSFORM_FUNCTIONS].filter((f) => f.kind === 'editor');

/** A value in `ctx`: one of its paths, a literal, or a converter over those. */
function valueIn(ctx: ContextName): fc.Arbitrary<string> {
  const leaf = fc.oneof({ weight: 3, arbitrary: pathTextArb(ctx) }, { weight: 2, arbitrary: fc.constantFrom(...LITERALS) });
  const call = fc.tuple(fc.constantFrom(...converters), fc.array(leaf, { maxLength: 3 })).map(([f, args]) => `${f.name}(${args.join(', ')})`);
  return fc.oneof({ weight: 4, arbitrary: leaf }, { weight: 1, arbitrary: call });
}
function conditionIn(ctx: ContextName): fc.Arbitrary<string> {
  return fc.oneof(
    fc.tuple(valueIn(ctx), fc.constantFrom('==', '!=', '<', '>='), valueIn(ctx)).map(([a, op, b]) => `${a} ${op} ${b}`),
    valueIn(ctx).map((v) => `IsMatch(String(${v}), "^[a-f0-9]")`),
  );
}
const whereIn = (ctx: ContextName): fc.Arbitrary<string> => fc.option(conditionIn(ctx), { nil: undefined }).map((c) => (c ? ` where ${c}` : ''));
const setIn = (ctx: ContextName): fc.Arbitrary<string> => fc.tuple(pathTextArb(ctx), valueIn(ctx), whereIn(ctx)).map(([t, v, w]) => `set(${t}, ${v})${w}`);
/** Any editor, its first argument a path of `ctx` without keys (editors edit a path), the rest values. */
const editorIn = (ctx: ContextName): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(...transformEditors), pathTextArb(ctx).map((p) => p.replace(/\[.*$/, '')), fc.array(valueIn(ctx), { maxLength: 3 }), whereIn(ctx))
    .map(([f, target, rest, w]) => `${f.name}(${[target, ...rest].join(', ')})${w}`);

/** A generated document of one signal, a context of it, and statements and conditions for that context. */
const signalCase = fc
  .constantFrom(...SIGNALS)
  .chain((spec) => fc.record({ spec: fc.constant(spec), data: spec.data, context: fc.constantFrom(...spec.contexts) }))
  .chain(({ spec, data, context }) =>
    fc.record({
      spec: fc.constant(spec),
      data: fc.constant(data),
      context: fc.constant(context),
      asFilter: fc.boolean(),
      statements: fc.array(fc.oneof(setIn(context), editorIn(context)), { minLength: 1, maxLength: 3 }),
      conditions: fc.array(conditionIn(context), { minLength: 1, maxLength: 3 }),
    }),
  );


const env = createEnvironment({ featureGates: FeatureGates.parse('pkg.ottl.functions.enableExperimental') });

describe('runtime fuzz', () => {
  // An unguarded copy_metric appends until this limit (test/functions/processors/copy_metric.test.ts
  // covers the default); a small one keeps such cases as fast as the others.
  beforeAll(() => void setFunctionLimits({ maxMetricsPerScope: 1000 }));
  afterAll(() => resetFunctionLimits());

  it('documents × rule sets × error modes: only the library\'s error types, as each mode promises', { timeout: fuzzTimeout }, () => {
    let compiled = 0;
    let failed = 0;
    fc.assert(
      fc.property(logsDataArb(), ruleSet, mode, (data, rules, errorMode) => {
        const yaml = `error_mode: ${errorMode}\nlog_statements:\n  - context: log\n    statements:\n${rules.map((s) => `      - ${JSON.stringify(s)}\n`).join('')}`;
        const processor = env.compileTransform(yaml);
        if (!processor.ok) return;
        compiled++;
        try {
          processor.program.process({ signal: 'logs', data });
        } catch (e) {
          failed++;
          expect(errorMode, `${errorMode} must not abort: ${rules.join('; ')}: ${String(e)}`).toBe('propagate');
          expect(e).toBeInstanceOf(PropagatedError);
          expect((e as PropagatedError).cause, rules.join('; ')).toBeInstanceOf(OttlRuntimeError);
        }
      }),
      runs(1000),
    );
    // The generators must exercise the interesting paths, not only compile errors.
    expect(compiled).toBeGreaterThan(100);
    expect(failed).toBeGreaterThan(0);
  });

  it('every signal: editors and sets in each context, and filter conditions, as each mode promises', { timeout: fuzzTimeout }, () => {
    const seen = { transformRan: 0, filterRan: 0, failed: 0 };
    fc.assert(
      fc.property(signalCase, mode, (c, errorMode) => {
        const rules = c.asFilter ? c.conditions : c.statements;
        const list = c.asFilter ? 'conditions' : 'statements';
        const yaml = `error_mode: ${errorMode}\n${c.spec.prefix}_${list}:\n  - context: ${c.context}\n    ${list}:\n${rules.map((r) => `      - ${JSON.stringify(r)}\n`).join('')}`;
        const compiled = c.asFilter ? env.compileFilter(yaml) : env.compileTransform(yaml);
        if (!compiled.ok) return;
        seen[c.asFilter ? 'filterRan' : 'transformRan']++;
        try {
          compiled.program.process({ signal: c.spec.signal, data: c.data } as TelemetryDocument);
        } catch (e) {
          seen.failed++;
          expect(errorMode, `${errorMode} must not abort: ${rules.join('; ')}: ${String(e)}`).toBe('propagate');
          expect(e).toBeInstanceOf(PropagatedError);
          expect((e as PropagatedError).cause, `${rules.join('; ')}: ${String((e as PropagatedError).cause)}`).toBeInstanceOf(OttlRuntimeError);
        }
      }),
      runs(1000),
    );
    expect(seen.transformRan).toBeGreaterThan(50);
    expect(seen.filterRan).toBeGreaterThan(50);
    expect(seen.failed).toBeGreaterThan(0);
  });
});

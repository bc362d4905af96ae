/**
 * Issue 14, fuzzing the runtime: generated documents × generated rule sets under each error mode.
 * The only exceptions are the library's own types: `ignore` and `silent` never abort a batch, and
 * `propagate` fails it with a PropagatedError whose cause is a runtime error.
 *
 * Bounded here (1,000 cases); `FUZZ_RUNS=N npm run fuzz` runs N (see test/support/fuzz.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OttlRuntimeError } from '../../src/core/errors.js';
import { FeatureGates } from '../../src/core/feature-gates.js';
import { createEnvironment } from '../../src/engine/environment.js';
import { PropagatedError, type ErrorMode } from '../../src/engine/error-mode.js';
import { STANDARD_FUNCTIONS } from '../../src/functions/index.js';
import { logsDataArb } from '../../src/testing/index.js';
import { fuzzFamily, fuzzTimeout } from '../support/fuzz.js';

const runs = fuzzFamily(1000);

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

const env = createEnvironment({ featureGates: FeatureGates.parse('pkg.ottl.functions.enableExperimental') });

describe('runtime fuzz', () => {
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
});

/**
 * Property: compiling any statement built from real function names and a pool of argument shapes
 * either succeeds or fails with positioned diagnostics (RuleSetError) — never with another error —
 * and a compiled statement run on a record fails, if at all, only with a runtime error the error
 * mode handles.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANDARD_FUNCTIONS } from '../../src/functions/index.js';
import { newLogRecord, newResource, newScope } from '../../src/core/model.js';
import { PropagatedError } from '../../src/engine/error-mode.js';
import { OttlRuntimeError } from '../../src/core/errors.js';
import { FeatureGates } from '../../src/core/feature-gates.js';
import { RuleSetError } from '../../src/engine/environment.js';
import { TransformProcessor } from '../../src/engine/transform/processor.js';

const ARGS = [
  'log.body',
  'log.attributes["a"]',
  'log.attributes["m"]',
  'log.attributes',
  'log.time',
  'log.severity_number',
  '"x"',
  '"a,b"',
  '"%Y-%m-%d"',
  '""',
  '1',
  '-2',
  '1.5',
  'true',
  'nil',
  '0x0102',
  '["a", "b"]',
  '[1, 2]',
  '{"k": "v"}',
  'SEVERITY_NUMBER_INFO',
  'SHA256',
  'Now()',
  'Duration("1h")',
  '(_, v) => v != nil',
  'log.attributes["a"] + 1',
];

const names = STANDARD_FUNCTIONS.map((f) => f.name);
const editors = STANDARD_FUNCTIONS.filter((f) => f.kind === 'editor').map((f) => f.name);
const converters = names.filter((n) => !editors.includes(n));

const argList = fc.array(fc.constantFrom(...ARGS), { maxLength: 4 }).map((a) => a.join(', '));
const converterCall = fc.tuple(fc.constantFrom(...converters), argList).map(([n, a]) => `${n}(${a})`);
const editorCall = fc
  .tuple(fc.constantFrom(...editors), fc.array(fc.oneof(fc.constantFrom(...ARGS), converterCall), { maxLength: 4 }))
  .map(([e, args]) => `${e}(${args.join(', ')})`);
// Converters whose result is stored, so that more statements compile and run.
const setCall = converterCall.map((c) => `set(log.attributes["r"], ${c})`);
const statement = fc.oneof(editorCall, setCall);

function logs() {
  const r = newLogRecord();
  r.body = 'hello';
  r.attributes.set('a', 'x');
  r.attributes.set('m', new Map([['k', 'v']]));
  return { resourceLogs: [{ resource: newResource(), schemaUrl: '', scopeLogs: [{ scope: newScope(), schemaUrl: '', logRecords: [r] }] }] };
}

const gates = FeatureGates.parse('pkg.ottl.functions.enableExperimental,ottl.functions.enableLambda');

describe('compiling arbitrary statements', () => {
  it('fails only with positioned diagnostics, and fails at run time only with runtime errors', () => {
    fc.assert(
      fc.property(statement, (text) => {
        const yaml = `error_mode: propagate\nlog_statements:\n  - context: log\n    statements:\n      - ${JSON.stringify(text)}\n`;
        let processor: TransformProcessor;
        try {
          processor = TransformProcessor.fromText(yaml, 'p.yaml', { gates });
        } catch (e) {
          expect(e, text).toBeInstanceOf(RuleSetError);
          expect((e as Error).message, text).toMatch(/^p\.yaml:\d+:\d+: /);
          return;
        }
        try {
          processor.processLogs(logs());
        } catch (e) {
          // A failing statement is fine; a failure that is not a runtime error is a bug.
          expect(e, text).toBeInstanceOf(PropagatedError);
          const cause = (e as PropagatedError).cause;
          expect(cause instanceof OttlRuntimeError ? 'runtime error' : String((cause as Error)?.stack ?? cause), text).toBe(
            'runtime error',
          );
        }
      }),
      { numRuns: Number(process.env.OTTL_FUZZ_RUNS ?? 400) },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { newLogRecord } from '../../src/core/model.js';
import { EvalContext } from '../../src/core/eval-context.js';
import { compileCondition } from '../../src/engine/rules/standalone.js';

/** Evaluates `condition` on a log record with the given severity number and flags. */
function holds(condition: string, severityNumber: number, flags = 0): boolean {
  const ctx = new EvalContext();
  const record = newLogRecord();
  record.severityNumber = severityNumber;
  record.flags = flags;
  ctx.log = record;
  return compileCondition(condition, { context: 'log' })(ctx);
}

// 32-bit fields compared with an Int literal read the stored number; the results must be those of
// the Int comparison for every operator, at and around the boundary.
describe('comparing a 32-bit integer field with an Int literal', () => {
  const cases: [string, number, boolean][] = [
    ['log.severity_number >= SEVERITY_NUMBER_ERROR', 17, true],
    ['log.severity_number >= SEVERITY_NUMBER_ERROR', 16, false],
    ['log.severity_number > 17', 17, false],
    ['log.severity_number > 17', 18, true],
    ['log.severity_number <= 9', 9, true],
    ['log.severity_number < 9', 9, false],
    ['log.severity_number == 9', 9, true],
    ['log.severity_number != 9', 9, false],
    ['log.severity_number == -1', -1, true],
    // Beyond the safe range the bigint comparison applies; the answer is the same.
    ['log.severity_number < 9223372036854775807', 24, true],
    ['log.severity_number > -9223372036854775807', 1, true],
    // A Double literal keeps the mixed Int/Double rules.
    ['log.severity_number > 8.5', 9, true],
  ];
  it.each(cases)('%s with %d is %s', (condition, severity, want) => {
    expect(holds(condition, severity)).toBe(want);
  });

  it('reads uint32 flags as their unsigned value', () => {
    expect(holds('log.flags == 4294967295', 0, 4294967295)).toBe(true);
    expect(holds('log.flags > 2147483647', 0, 4294967295)).toBe(true);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OttlRuntimeError } from '../../../src/core/errors.js';
import { applyMath, negateValue, type MathOp } from '../../../src/core/values/math.js';
import { OttlDuration, OttlTime, type Value } from '../../../src/core/values/types.js';
import { edgyInt64 } from './arbitrary.js';

const MAX = (1n << 63n) - 1n;
const MIN = -(1n << 63n);
const BIG = 1.7976931348623157e308;

/** Folds a left-associative chain `a op b op c …` the way the evaluator does. */
function chain(first: Value, ...rest: Array<[MathOp, Value]>): Value {
  return rest.reduce<Value>((acc, [op, v]) => applyMath(op, acc, v), first);
}

describe('applyMath: math_test.go Test_evaluateMathExpression', () => {
  const cases: Array<[string, () => Value, Value]> = [
    ['simple subtraction: 1000 - 600', () => applyMath('-', 1000n, 600n), 400n],
    ['simple division: 1 / 1', () => applyMath('/', 1n, 1n), 1n],
    ['subtraction and addition: 1000 - 600 + 1', () => chain(1000n, ['-', 600n], ['+', 1n]), 401n],
    ['order of operations: 10 - 6 * 2 + 2', () => chain(10n, ['-', applyMath('*', 6n, 2n)], ['+', 2n]), 0n],
    ['parentheses: 30 - 6 * (2 + 2)', () => applyMath('-', 30n, applyMath('*', 6n, applyMath('+', 2n, 2n))), 6n],
    [
      'complex: (4 * 2) + 1 + 1 - 3 / 3 + ( 2 + 1 - (6 / 3))',
      () =>
        chain(applyMath('*', 4n, 2n), ['+', 1n], ['+', 1n], ['-', applyMath('/', 3n, 3n)], [
          '+',
          chain(2n, ['+', 1n], ['-', applyMath('/', 6n, 3n)]),
        ]),
      10n,
    ],
    ['floats: .5 + 2.6', () => applyMath('+', 0.5, 2.6), 3.1],
    ['complex floats: (.5 * 4.0) / .1 + 3.9', () => applyMath('+', applyMath('/', applyMath('*', 0.5, 4.0), 0.1), 3.9), 23.9],
    ['int division: 10 / 3', () => applyMath('/', 10n, 3n), 3n],
    ['multiply large ints', () => applyMath('*', MAX, MAX), 1n],
    ['division by large ints', () => applyMath('/', MAX, MAX), 1n],
    ['add large ints', () => applyMath('+', MAX, MAX), -2n],
    ['subtraction by large ints', () => applyMath('-', MAX, MAX), 0n],
    ['multiply large floats', () => applyMath('*', BIG, BIG), Infinity],
    ['division by large floats', () => applyMath('/', BIG, BIG), 1],
    ['add large numbers', () => applyMath('+', BIG, BIG), Infinity],
    ['subtraction by large numbers', () => applyMath('-', BIG, BIG), 0],
    ['x is float, y is int: 4.0 / 2', () => applyMath('/', 4.0, 2n), 2.0],
    ['x is int, y is float: 4 / 2.0', () => applyMath('/', 4n, 2.0), 2.0],
    // Go integer semantics.
    ['division truncates toward zero', () => applyMath('/', -7n, 2n), -3n],
    ['MinInt64 / -1 wraps', () => applyMath('/', MIN, -1n), MIN],
    ['MaxInt64 + 1 wraps', () => applyMath('+', MAX, 1n), MIN],
    ['int plus float is a float', () => applyMath('+', 1n, 0.5), 1.5],
  ];
  it.each(cases)('%s', (_name, run, expected) => {
    expect(run()).toEqual(expected);
  });
});

describe('applyMath: time and duration', () => {
  const t = new OttlTime(1_000_000_000n, 'Europe/Paris');
  const d = new OttlDuration(500n);
  const cases: Array<[string, () => Value, Value]> = [
    ['time + duration keeps the zone', () => applyMath('+', t, d), new OttlTime(1_000_000_500n, 'Europe/Paris')],
    ['duration + time', () => applyMath('+', d, t), new OttlTime(1_000_000_500n, 'Europe/Paris')],
    ['time - duration', () => applyMath('-', t, d), new OttlTime(999_999_500n, 'Europe/Paris')],
    ['time - time', () => applyMath('-', t, new OttlTime(400n)), new OttlDuration(999_999_600n)],
    ['time - time saturates', () => applyMath('-', new OttlTime(MAX), new OttlTime(MIN)), new OttlDuration(MAX)],
    ['duration + duration wraps', () => applyMath('+', new OttlDuration(MAX), new OttlDuration(1n)), new OttlDuration(MIN)],
    ['duration - duration', () => applyMath('-', d, new OttlDuration(600n)), new OttlDuration(-100n)],
  ];
  it.each(cases)('%s', (_name, run, expected) => {
    expect(run()).toEqual(expected);
  });
});

describe('applyMath: errors', () => {
  const t = new OttlTime(0n);
  const d = new OttlDuration(1_500_000_000n);
  const cases: Array<[string, () => Value, string]> = [
    ['divide by 0 is gracefully handled: 1 / 0', () => applyMath('/', 1n, 0n), 'attempted to divide by 0'],
    ['float division by zero', () => applyMath('/', 1.5, 0.0), 'attempted to divide by 0'],
    ['float divided by int zero', () => applyMath('/', 1.5, 0n), 'attempted to divide by 0'],
    ['string right operand', () => applyMath('+', 1n, 'hello'), 'hello must be int64 or float64'],
    ['nil right operand', () => applyMath('*', 2.5, null), '<nil> must be int64 or float64'],
    ['string left operand', () => applyMath('+', 'hello', 1n), 'hello must be int64, float64, time.Time or time.Duration'],
    ['bool left operand', () => applyMath('-', true, 1n), 'true must be int64, float64, time.Time or time.Duration'],
    ['time + int', () => applyMath('+', t, 1n), 'time.Time must be added to time.Duration; found 1 instead'],
    ['time - string', () => applyMath('-', t, 'x'), 'time.Time or time.Duration must be subtracted from time.Time; found x instead'],
    ['time * duration', () => applyMath('*', t, d), 'only addition and subtraction supported for time.Time and time.Duration'],
    ['duration + float', () => applyMath('+', d, 1.5), 'time.Duration must be added to time.Duration or time.Time; found 1.5 instead'],
    ['duration - time', () => applyMath('-', d, t), 'time.Duration must be subtracted from time.Duration; found 1970-01-01 00:00:00 +0000 UTC instead'],
    ['duration / duration', () => applyMath('/', d, d), 'only addition and subtraction supported for time.Time and time.Duration'],
    ['int + duration', () => applyMath('+', 1n, d), '1.5s must be int64 or float64'],
  ];
  it.each(cases)('%s', (_name, run, message) => {
    expect(run).toThrow(OttlRuntimeError);
    expect(run).toThrow(message);
  });
});

describe('negateValue', () => {
  it('negates numbers', () => {
    expect(negateValue(5n)).toBe(-5n);
    expect(negateValue(MIN)).toBe(MIN);
    expect(negateValue(1.5)).toBe(-1.5);
  });
  it('rejects other types', () => {
    expect(() => negateValue('x')).toThrow('unsupported unary minus operation on type string');
    expect(() => negateValue(null)).toThrow('unsupported unary minus operation on type <nil>');
  });
});

describe('int64 math matches a BigInt.asIntN(64) model', () => {
  const model: Record<MathOp, (x: bigint, y: bigint) => bigint> = {
    '+': (x, y) => x + y,
    '-': (x, y) => x - y,
    '*': (x, y) => x * y,
    '/': (x, y) => x / y,
  };
  it.each(['+', '-', '*', '/'] as const)('%s', (op) => {
    fc.assert(
      fc.property(edgyInt64, edgyInt64, (x, y) => {
        fc.pre(op !== '/' || y !== 0n);
        const got = applyMath(op, x, y);
        expect(got).toBe(BigInt.asIntN(64, model[op](x, y)));
        expect(typeof got).toBe('bigint');
      }),
    );
  });

  it('mixed int and float operands give the float result', () => {
    fc.assert(
      fc.property(edgyInt64, fc.double({ noNaN: true }), fc.constantFrom<MathOp>('+', '-', '*'), (x, y, op) => {
        const expected = op === '+' ? Number(x) + y : op === '-' ? Number(x) - y : Number(x) * y;
        expect(Object.is(applyMath(op, x, y), expected)).toBe(true);
      }),
    );
  });
});

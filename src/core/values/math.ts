/**
 * OTTL arithmetic (`+`, `-`, `*`, `/`, unary `-`) with the reference's rules (`pkg/ottl/math.go`):
 *
 * - int64 op int64 → int64, wrapping on overflow like Go; `/` truncates toward zero.
 * - int64 mixed with float64 → both as float64 (the reference promotes; `4 / 2.0` is `2.0`).
 * - Division by zero (int or float, including `0.0`) is an error: `attempted to divide by 0`.
 * - time + duration, duration + time → time; time - time → duration (saturating like Go's
 *   `Time.Sub`); time - duration → time; duration ± duration → duration (wrapping).
 *   `*` and `/` on them are errors.
 * - Anything else is an error whose text quotes the offending value with Go's `%v`.
 */
import { OttlRuntimeError } from '../errors.js';
import { goFormatV, goTypeName } from './go-text.js';
import { INT64_MAX, INT64_MIN, OttlDuration, OttlTime, wrapInt64, type Value } from './types.js';

/** An arithmetic operator as written in OTTL. */
export type MathOp = '+' | '-' | '*' | '/';

const DIVIDE_BY_ZERO = 'attempted to divide by 0';
const ONLY_ADD_SUB = 'only addition and subtraction supported for time.Time and time.Duration';

function fail(message: string): never {
  throw new OttlRuntimeError(message);
}

function intOp(op: MathOp, x: bigint, y: bigint): bigint {
  switch (op) {
    case '+':
      return wrapInt64(x + y);
    case '-':
      return wrapInt64(x - y);
    case '*':
      return wrapInt64(x * y);
    case '/':
      // BigInt division truncates toward zero like Go; MinInt64 / -1 wraps back to MinInt64.
      return y === 0n ? fail(DIVIDE_BY_ZERO) : wrapInt64(x / y);
  }
}

function floatOp(op: MathOp, x: number, y: number): number {
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? fail(DIVIDE_BY_ZERO) : x / y;
  }
}

/** Go's `Time.Sub`: the difference clamped to the int64 duration range. */
function saturatingSub(x: bigint, y: bigint): bigint {
  const d = x - y;
  if (d > INT64_MAX) return INT64_MAX;
  if (d < INT64_MIN) return INT64_MIN;
  return d;
}

function timeOp(op: MathOp, x: OttlTime, y: Value): Value {
  if (op === '+') {
    if (y instanceof OttlDuration) return new OttlTime(x.unixNano + y.nanos, x.zone);
    return fail(`time.Time must be added to time.Duration; found ${goFormatV(y)} instead`);
  }
  if (op === '-') {
    if (y instanceof OttlTime) return new OttlDuration(saturatingSub(x.unixNano, y.unixNano));
    if (y instanceof OttlDuration) return new OttlTime(x.unixNano - y.nanos, x.zone);
    return fail(`time.Time or time.Duration must be subtracted from time.Time; found ${goFormatV(y)} instead`);
  }
  return fail(ONLY_ADD_SUB);
}

function durationOp(op: MathOp, x: OttlDuration, y: Value): Value {
  if (op === '+') {
    if (y instanceof OttlDuration) return new OttlDuration(wrapInt64(x.nanos + y.nanos));
    if (y instanceof OttlTime) return new OttlTime(y.unixNano + x.nanos, y.zone);
    return fail(`time.Duration must be added to time.Duration or time.Time; found ${goFormatV(y)} instead`);
  }
  if (op === '-') {
    if (y instanceof OttlDuration) return new OttlDuration(wrapInt64(x.nanos - y.nanos));
    return fail(`time.Duration must be subtracted from time.Duration; found ${goFormatV(y)} instead`);
  }
  return fail(ONLY_ADD_SUB);
}

/**
 * Evaluates `a op b`.
 *
 * @throws OttlRuntimeError `attempted to divide by 0`; `<y> must be int64 or float64`;
 *   `<x> must be int64, float64, time.Time or time.Duration`; the time/duration messages above.
 */
export function applyMath(op: MathOp, a: Value, b: Value): Value {
  switch (typeof a) {
    case 'bigint':
      if (typeof b === 'bigint') return intOp(op, a, b);
      if (typeof b === 'number') return floatOp(op, Number(a), b);
      return fail(`${goFormatV(b)} must be int64 or float64`);
    case 'number':
      if (typeof b === 'number') return floatOp(op, a, b);
      if (typeof b === 'bigint') return floatOp(op, a, Number(b));
      return fail(`${goFormatV(b)} must be int64 or float64`);
    default:
      break;
  }
  if (a instanceof OttlTime) return timeOp(op, a, b);
  if (a instanceof OttlDuration) return durationOp(op, a, b);
  return fail(`${goFormatV(a)} must be int64, float64, time.Time or time.Duration`);
}

/**
 * Unary minus on a non-literal operand (`-attributes["n"]`, `-(a + b)`): int64 wraps
 * (`-MinInt64` is `MinInt64`), float64 negates.
 *
 * @throws OttlRuntimeError `unsupported unary minus operation on type <type>`.
 */
export function negateValue(v: Value): Value {
  if (typeof v === 'bigint') return wrapInt64(-v);
  if (typeof v === 'number') return -v;
  return fail(`unsupported unary minus operation on type ${v === null ? '<nil>' : goTypeName(v)}`);
}

/**
 * OTTL comparisons (`==`, `!=`, `<`, `<=`, `>`, `>=`) with the reference's rules
 * (`pkg/ottl/internal/runtime/compare.go`). Comparisons never throw.
 *
 * - int64 vs int64 natively; int64 vs float64 as float64; float64 vs float64 (NaN: only `!=`).
 * - string vs string in UTF-8 byte order; bool vs bool with `false < true`.
 * - bytes vs bytes: byte-wise equality and lexicographic order.
 * - nil == nil (so `<=`, `>=` hold too); nil vs anything else is "not equal".
 * - time vs time by instant (zone ignored), all six operators; duration vs duration likewise.
 * - map vs map, slice vs slice: deep equality for `==` / `!=`; ordering is false.
 * - ids: equal when the same id type with the same bytes; ordering is false.
 * - Any other pairing: `!=` is true and everything else false (`1 == "1"` is false).
 */
import { assertNeverValue, ModelObject, OttlDuration, OttlTime, ProfileID, SpanID, TraceID, type Value } from './types.js';
import { compareUtf8 } from './utf8.js';

/** A comparison operator as written in OTTL. */
export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** Applies `op` to the result of a three-way comparison (-1, 0, 1). */
function fromOrder(op: CompareOp, c: number): boolean {
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
  }
}

// One monomorphic function per primitive type keeps the hot paths fast in V8.

function compareBigints(op: CompareOp, a: bigint, b: bigint): boolean {
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}

/** Float comparison; NaN compares false except for `!=`, as in Go. */
function compareNumbers(op: CompareOp, a: number, b: number): boolean {
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}

function compareStrings(op: CompareOp, a: string, b: string): boolean {
  if (op === '==') return a === b;
  if (op === '!=') return a !== b;
  return fromOrder(op, compareUtf8(a, b));
}

/** Bools are ordered `false < true`. */
function compareBools(op: CompareOp, a: boolean, b: boolean): boolean {
  return fromOrder(op, a === b ? 0 : a ? 1 : -1);
}

/** The answer for a pair that cannot be compared: only "not equal" holds. */
function invalid(op: CompareOp): boolean {
  return op === '!=';
}

/** Equality-only comparison (maps, slices, ids). */
function equalityOnly(op: CompareOp, equal: boolean): boolean {
  if (op === '==') return equal;
  if (op === '!=') return !equal;
  return false;
}

/**
 * Compares two values with OTTL's rules. Fast paths first: int64/int64 and string/string are
 * decided after two `typeof` checks.
 */
export function compareValues(op: CompareOp, a: Value, b: Value): boolean {
  switch (typeof a) {
    case 'bigint':
      if (typeof b === 'bigint') return compareBigints(op, a, b);
      return typeof b === 'number' ? compareNumbers(op, Number(a), b) : invalid(op);
    case 'string':
      return typeof b === 'string' ? compareStrings(op, a, b) : invalid(op);
    case 'number':
      if (typeof b === 'number') return compareNumbers(op, a, b);
      return typeof b === 'bigint' ? compareNumbers(op, a, Number(b)) : invalid(op);
    case 'boolean':
      return typeof b === 'boolean' ? compareBools(op, a, b) : invalid(op);
    default:
      break;
  }
  if (a === null) return b === null ? op === '==' || op === '<=' || op === '>=' : invalid(op);
  return compareObjects(op, a, b);
}

/** The values represented by JavaScript objects. */
type ObjectValue = Exclude<Value, null | string | bigint | number | boolean>;

function compareObjects(op: CompareOp, a: ObjectValue, b: Value): boolean {
  if (a instanceof Uint8Array) return b instanceof Uint8Array ? fromOrder(op, compareBytes(a, b)) : invalid(op);
  if (a instanceof Map) return b instanceof Map ? equalityOnly(op, deepEqual(a, b)) : invalid(op);
  if (Array.isArray(a)) return Array.isArray(b) ? equalityOnly(op, deepEqual(a, b)) : invalid(op);
  if (a instanceof OttlTime) {
    if (!(b instanceof OttlTime)) return invalid(op);
    return fromOrder(op, a.unixNano < b.unixNano ? -1 : a.unixNano > b.unixNano ? 1 : 0);
  }
  if (a instanceof OttlDuration) {
    return b instanceof OttlDuration ? compareBigints(op, a.nanos, b.nanos) : invalid(op);
  }
  // Ids and model structures fall to the reference's generic `a == b`: for ids the same dynamic
  // type and bytes; for a pdata wrapper the same pointers, i.e. the same structure of the record.
  if (a instanceof ModelObject) return equalityOnly(op, sameModel(a, b));
  if (a instanceof TraceID || a instanceof SpanID || a instanceof ProfileID) {
    return equalityOnly(op, sameIdType(a, b) && bytesEqual(a.bytes, (b as TraceID).bytes));
  }
  return assertNeverValue(a);
}

function sameModel(a: ModelObject, b: Value): boolean {
  return b instanceof ModelObject && a.goType === b.goType && a.ref === b.ref;
}

function sameIdType(a: TraceID | SpanID | ProfileID, b: Value): boolean {
  if (a instanceof TraceID) return b instanceof TraceID;
  if (a instanceof SpanID) return b instanceof SpanID;
  return b instanceof ProfileID;
}

/** Lexicographic byte order (Go `bytes.Compare`). */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Equality of nested values as pdata's `Value.Equal` / Go's `reflect.DeepEqual` see it: the same
 * type is required (an int64 1 is not a float64 1 inside a map), floats compare with `==` (NaN is
 * never equal), times need the same instant and zone. Maps are equal when they have the same keys
 * (in any order) with deeply equal values.
 *
 * Iterative (pairs still to compare wait on an explicit stack), so values of any depth compare
 * without reaching the JS stack limit.
 */
function deepEqual(first: Value, second: Value): boolean {
  const pending: Value[] = [first, second];
  while (pending.length > 0) {
    const b = pending.pop() as Value;
    const a = pending.pop() as Value;
    if (a === b) {
      if (typeof a === 'number' && Number.isNaN(a)) return false;
      continue;
    }
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (a instanceof Map) {
      if (!(b instanceof Map) || a.size !== b.size) return false;
      for (const [k, v] of a) {
        const w = b.get(k);
        if (w === undefined) return false;
        pending.push(v, w);
      }
    } else if (Array.isArray(a)) {
      if (!Array.isArray(b) || a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) pending.push(a[i], b[i]);
    } else if (!leafEqual(a, b)) return false;
  }
  return true;
}

/** Equality of two non-container object values (bytes, time, duration, ids). */
function leafEqual(a: ObjectValue, b: ObjectValue): boolean {
  if (a instanceof Uint8Array) return b instanceof Uint8Array && bytesEqual(a, b);
  if (a instanceof OttlTime) return b instanceof OttlTime && a.unixNano === b.unixNano && a.zone === b.zone;
  if (a instanceof OttlDuration) return b instanceof OttlDuration && a.nanos === b.nanos;
  if (a instanceof Map || Array.isArray(a)) return false;
  if (a instanceof ModelObject) return sameModel(a, b);
  if (a instanceof TraceID || a instanceof SpanID || a instanceof ProfileID) {
    return sameIdType(a, b) && bytesEqual(a.bytes, (b as TraceID).bytes);
  }
  return assertNeverValue(a);
}

/** `a == b` with OTTL's rules (used by `ContainsValue`, `Index`, …). Never throws. */
export function valuesEqual(a: Value, b: Value): boolean {
  return compareValues('==', a, b);
}

/**
 * A comparison specialised for one operator, for compile time: `comparator('<')(a, b)`.
 */
export function comparator(op: CompareOp): (a: Value, b: Value) => boolean {
  return (a, b) => compareValues(op, a, b);
}

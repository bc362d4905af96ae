/**
 * Conversions shared by the SDK adapters: the SDK's `HrTime` ↔ bigint nanoseconds, hex ids ↔
 * bytes, and the SDK's attribute values ↔ OTLP AnyValues, following exactly what the OTLP
 * exporters' serializer (`@opentelemetry/otlp-transformer`) sends for the same SDK data: an
 * integral JavaScript number is an int (bigint), any other number a double, `null`/`undefined`
 * the empty value, plain objects key/value lists.
 *
 * Going back, a bigint becomes a JavaScript number (the SDK has no other integer type; ints beyond
 * ±2^53 lose precision there, and a double with an integral value is sent as an int by the SDK's
 * serializer), maps become plain objects (a `__proto__` key stays an own property).
 */
import type { Value, ValueMap } from '../api/index.js';

/** The SDK's `[seconds, nanoseconds]` time. */
export type HrTime = [number, number];

const NS = 1_000_000_000n;

/** HrTime → nanoseconds since the epoch, as the exporters compute it. */
export function hrTimeToNanos(t: HrTime): bigint {
  return BigInt(Math.trunc(t[0])) * NS + BigInt(Math.trunc(t[1]));
}

/** Nanoseconds → HrTime (exact for every uint64). */
export function nanosToHrTime(ns: bigint): HrTime {
  return [Number(ns / NS), Number(ns % NS)];
}

/** A hex id into `into` (left zero when absent, empty or malformed, as the exporters send nothing then). */
export function hexToBytes(hex: string | undefined, into: Uint8Array): Uint8Array {
  if (hex === undefined || hex.length !== into.length * 2 || !/^[0-9a-fA-F]*$/.test(hex)) return into;
  for (let i = 0; i < into.length; i++) into[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return into;
}

/** Bytes → lowercase hex. */
export function bytesToHex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
}

/** True when every byte is zero (an absent id). */
export function isZero(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}

/** An SDK attribute or log body value → an OTLP value. */
export function toValue(v: unknown): Value {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return Number.isInteger(v) ? BigInt(v) : v;
    case 'bigint':
      return BigInt.asIntN(64, v);
    default:
      break;
  }
  if (v === null || v === undefined) return null;
  if (v instanceof Uint8Array) return new Uint8Array(v);
  if (Array.isArray(v)) return v.map(toValue);
  if (typeof v === 'object') return toValueMap(v as Record<string, unknown>);
  return null;
}

/** SDK attributes (a plain object) → an attribute map, in the object's key order. */
export function toValueMap(attrs: Readonly<Record<string, unknown>> | undefined): ValueMap {
  const m: ValueMap = new Map();
  if (attrs === undefined) return m;
  for (const k of Object.keys(attrs)) m.set(k, toValue(attrs[k]));
  return m;
}

/** An OTLP value → the SDK's representation (see the module comment for ints). */
export function fromValue(v: Value): unknown {
  if (v === null) return null;
  switch (typeof v) {
    case 'bigint':
      return Number(v);
    case 'string':
    case 'number':
    case 'boolean':
      return v;
    default:
      break;
  }
  if (v instanceof Uint8Array) return new Uint8Array(v);
  if (v instanceof Map) return fromValueMap(v);
  if (Array.isArray(v)) return v.map(fromValue);
  // Runtime-only values (times, durations, id objects) cannot leave the engine; rules that store
  // them in attributes are converted to text, as the collector's pdata would reject them.
  return String(v);
}

/** An attribute map → a plain object whose own properties keep the map's order. */
export function fromValueMap(m: ValueMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of m) Object.defineProperty(out, k, { value: fromValue(v), enumerable: true, writable: true, configurable: true });
  return out;
}

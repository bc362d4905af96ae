/**
 * Building blocks of the OTLP/JSON encoder. Output is canonical protobuf JSON: int64 as strings,
 * ids as lowercase hex, bytes as standard base64, enums as numbers, NaN/±Infinity as strings, and
 * fields holding their default value omitted (attribute values are always written out exactly).
 * Functions that write a field return `''` when it is omitted, else `,"name":value` — the leading
 * comma lets callers concatenate fields and drop the first character.
 */
import { MAX_VALUE_DEPTH, valueTooDeepMessage } from '../../core/values/limits.js';
import { typeName, type Value, type ValueMap } from '../../core/values/types.js';
import type { InstrumentationScope, Resource } from '../../core/model.js';
import { EncodeError } from './errors.js';

/** What `JSON.stringify` would escape in a string (surrogates: it escapes the lone ones). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A JSON string literal: `JSON.stringify` only when something needs escaping (a call per string costs more than the scan). */
export const str = (s: string): string => (NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : '"' + s + '"');

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A double as protobuf JSON writes it (`-0` kept, non-finite values quoted). */
export function double(v: number): string {
  if (Number.isFinite(v)) return v === 0 && 1 / v < 0 ? '-0' : String(v);
  return Number.isNaN(v) ? '"NaN"' : v > 0 ? '"Infinity"' : '"-Infinity"';
}

/** Standard base64 of `bytes`. */
export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/**
 * Field writers take `key` already written as `,"name":` (a constant at each call site, so no
 * per-record concatenation of the name).
 */

/** `,"name":"hex"`, or `''` for an all-zero id. */
export function idField(key: string, id: Uint8Array): string {
  let zero = true;
  for (let i = 0; i < id.length; i++) {
    if (id[i] !== 0) {
      zero = false;
      break;
    }
  }
  if (zero) return '';
  let s = key + '"';
  for (let i = 0; i < id.length; i++) s += HEX[id[i]];
  return s + '"';
}

/** `,"name":"digits"` for a non-zero 64-bit integer. */
export function int64Field(key: string, v: bigint): string {
  return v === 0n ? '' : key + '"' + v.toString() + '"';
}

/** `,"name":n` for a non-zero 32-bit integer or enum. */
export function intField(key: string, v: number): string {
  return v === 0 ? '' : key + v;
}

/** `,"name":"…"` for a non-empty string. */
export function strField(key: string, v: string): string {
  return v === '' ? '' : key + str(v);
}

/** `,"name":x` for a double that is not +0 (proto3 implicit presence). */
export function doubleField(key: string, v: number): string {
  return v === 0 && 1 / v > 0 ? '' : key + double(v);
}

/** `,"name":x` for an `optional double` that is present (0 included). */
export function optionalDoubleField(key: string, v: number | null): string {
  return v === null ? '' : key + double(v);
}

/**
 * `,"name":[…]` for a non-empty list, each element written by `item`.
 * @param lead false when this is an object's first field (no leading comma; big lists are never re-sliced).
 */
export function listField<T>(key: string, list: readonly T[], item: (v: T) => string, lead = true): string {
  if (list.length === 0) return '';
  let s = (lead ? key : key.slice(1)) + '[';
  let i = 0;
  try {
    for (; i < list.length; i++) s += (i === 0 ? '' : ',') + item(list[i]);
  } catch (e) {
    throw e instanceof EncodeError ? e.within(`.${key.slice(2, -2)}[${i}]`) : e;
  }
  return s + ']';
}

/** Wraps concatenated `,"f":v` fields into an object. */
export function obj(fields: string): string {
  return fields === '' ? '{}' : '{' + fields.slice(1) + '}';
}

/**
 * An AnyValue. `null` is the empty value `{}`.
 * @param depth how many maps/slices enclose `v` (0 for a body or an attribute's value).
 * @throws EncodeError for a value nested deeper than `MAX_VALUE_DEPTH`, or a runtime value that
 *   has no OTLP representation (time, duration, ids).
 */
export function anyValue(v: Value, depth = 0): string {
  if (v === null) return '{}';
  switch (typeof v) {
    case 'string':
      return '{"stringValue":' + str(v) + '}';
    case 'bigint':
      return '{"intValue":"' + v.toString() + '"}';
    case 'number':
      return '{"doubleValue":' + double(v) + '}';
    case 'boolean':
      return v ? '{"boolValue":true}' : '{"boolValue":false}';
    default:
      break;
  }
  if (v instanceof Uint8Array) return '{"bytesValue":"' + base64(v) + '"}';
  const isMap = v instanceof Map;
  if (!isMap && !Array.isArray(v)) throw new EncodeError(`a ${typeName(v)} value cannot be written to OTLP; convert it first`);
  // The same bound the decoder applies, so everything written here can be read back.
  if (depth >= MAX_VALUE_DEPTH) throw new EncodeError(valueTooDeepMessage());
  if (isMap) return v.size === 0 ? '{"kvlistValue":{}}' : '{"kvlistValue":{"values":' + keyValues(v, depth + 1) + '}}';
  if (v.length === 0) return '{"arrayValue":{}}';
  let s = '{"arrayValue":{"values":[';
  for (let i = 0; i < v.length; i++) s += (i === 0 ? '' : ',') + anyValue(v[i], depth + 1);
  return s + ']}}';
}

function keyValues(map: ValueMap, depth: number): string {
  let s = '';
  // for…of: measured faster than forEach with its closure per map (the optimizer drops the entry arrays).
  for (const [k, v] of map) s += (s === '' ? '[{"key":' : ',{"key":') + str(k) + ',"value":' + anyValue(v, depth) + '}';
  return s + ']';
}

/** `,"body":{…}` (or `''` for an empty body), naming `body` in an {@link EncodeError}. */
export function bodyField(v: Value): string {
  if (v === null) return '';
  try {
    return ',"body":' + anyValue(v);
  } catch (e) {
    throw e instanceof EncodeError ? e.within('.body') : e;
  }
}

/** `,"name":[{key,value}…]` for a non-empty attribute map. */
export function attributesField(key: string, map: ValueMap): string {
  if (map.size === 0) return '';
  try {
    return key + keyValues(map, 0);
  } catch (e) {
    throw e instanceof EncodeError ? e.within(`.${key.slice(2, -2)}`) : e;
  }
}

/** `,"resource":{…}`, omitted when the resource is empty. */
export function resourceField(res: Resource): string {
  const f = attributesField(',"attributes":', res.attributes) + intField(',"droppedAttributesCount":', res.droppedAttributesCount);
  return f === '' ? '' : ',"resource":{' + f.slice(1) + '}';
}

/** `,"scope":{…}`, omitted when the scope is empty. */
export function scopeField(scope: InstrumentationScope): string {
  const f =
    strField(',"name":', scope.name) +
    strField(',"version":', scope.version) +
    attributesField(',"attributes":', scope.attributes) +
    intField(',"droppedAttributesCount":', scope.droppedAttributesCount);
  return f === '' ? '' : ',"scope":{' + f.slice(1) + '}';
}

/**
 * An object made of small leading fields, one possibly big list, then `schemaUrl` — the shape of
 * every `Resource*` and `Scope*` container. Built without re-slicing the big part.
 */
export function container<T>(head: string, listKey: string, list: readonly T[], item: (v: T) => string, schemaUrl: string): string {
  let s = head === '' ? '' : head.slice(1);
  s += listField(listKey, list, item, s !== '');
  const tail = strField(',"schemaUrl":', schemaUrl);
  if (tail !== '') s += s === '' ? tail.slice(1) : tail;
  return '{' + s + '}';
}

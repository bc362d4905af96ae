/**
 * The parts every signal shares — AnyValue, attribute lists, Resource, InstrumentationScope,
 * lists and envelopes — read from a `JSON.parse` tree with the rules of `../decode-common.ts`.
 *
 * Every object's members are counted in {@link tally}: `JSON.parse` keeps only the last of a
 * repeated key, so the caller compares the count with the keys written in the text (see
 * `text-checks.ts`) to know that nothing was dropped.
 */
import { MAX_VALUE_DEPTH } from '../../../core/values/limits.js';
import type { Value, ValueMap } from '../../../core/values/types.js';
import { newResource, newScope, type InstrumentationScope, type Resource } from '../../../core/model.js';
import { bool, bytes, decline, double, int64, str, uint32 } from './scalars.js';

/** Members seen in the current document (all objects, known or not). */
export const tally = { keys: 0 };

/** A parsed JSON object (`JSON.parse` output), read member by member. */
export type JsonObject = Record<string, unknown>;

/** The value as an object, or decline (the text reader reports "expected an object"). */
export function asObject(v: unknown): JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : decline();
}

/**
 * Counts the members of every object inside an ignored value. Iterative, so no nesting depth can
 * reach the JS stack.
 */
export function skip(v: unknown): void {
  if (typeof v !== 'object' || v === null) return;
  const stack: unknown[] = [v];
  while (stack.length > 0) {
    const x = stack.pop();
    if (typeof x !== 'object' || x === null) continue;
    if (Array.isArray(x)) {
      for (let i = 0; i < x.length; i++) if (typeof x[i] === 'object') stack.push(x[i]);
      continue;
    }
    const o = x as JsonObject;
    for (const k in o) {
      tally.keys++;
      if (typeof o[k] === 'object') stack.push(o[k]);
    }
  }
}

/** A JSON array read element by element; null → empty. */
export function list<T>(v: unknown, item: (x: unknown) => T): T[] {
  if (v === null) return [];
  if (!Array.isArray(v)) return decline();
  // Filled by push, so the array stays packed (faster for everything that reads the model later).
  const out: T[] = [];
  for (let i = 0; i < v.length; i++) out.push(item(v[i]));
  return out;
}

/** An AnyValue; `{}` and null are the empty value. */
export function anyValue(v: unknown, depth = 0): Value {
  if (v === null) return null;
  const o = asObject(v);
  let out: Value = null;
  let seen = false;
  for (const k in o) {
    tally.keys++;
    const x = o[k];
    // A null member leaves the value unset, whatever its name.
    if (x === null) continue;
    switch (k) {
      case 'stringValue':
      case 'string_value':
        out = typeof x === 'string' ? x : decline();
        break;
      case 'boolValue':
      case 'bool_value':
        out = bool(x);
        break;
      case 'intValue':
      case 'int_value':
        out = int64(x);
        break;
      case 'doubleValue':
      case 'double_value':
        out = double(x);
        break;
      case 'bytesValue':
      case 'bytes_value':
        out = bytes(x);
        break;
      case 'arrayValue':
      case 'array_value':
        out = arrayValue(x, depth + 1);
        break;
      case 'kvlistValue':
      case 'kvlist_value':
        out = kvlistValue(x, depth + 1);
        break;
      default:
        skip(x);
        continue;
    }
    // Two values in one AnyValue is an error the text reader reports.
    if (seen) decline();
    seen = true;
  }
  return out;
}

function arrayValue(v: unknown, depth: number): Value[] {
  if (depth > MAX_VALUE_DEPTH) decline();
  const o = asObject(v);
  let values: Value[] = [];
  for (const k in o) {
    tally.keys++;
    if (k !== 'values') {
      skip(o[k]);
      continue;
    }
    const a = o[k];
    if (a === null) values = [];
    else if (!Array.isArray(a)) decline();
    else {
      values = [];
      for (let i = 0; i < a.length; i++) values.push(anyValue(a[i], depth));
    }
  }
  return values;
}

function kvlistValue(v: unknown, depth: number): ValueMap {
  if (depth > MAX_VALUE_DEPTH) decline();
  const o = asObject(v);
  let values: ValueMap = new Map();
  for (const k in o) {
    tally.keys++;
    if (k === 'values') values = attributes(o[k], depth);
    else skip(o[k]);
  }
  return values;
}

/**
 * A list of `{key, value}` pairs. A repeated key declines: the text reader keeps the first entry
 * and reports the others with their line.
 */
export function attributes(v: unknown, depth = 0): ValueMap {
  const map: ValueMap = new Map();
  if (v === null) return map;
  if (!Array.isArray(v)) return decline();
  for (let i = 0; i < v.length; i++) {
    const kv = asObject(v[i]);
    let key = '';
    let value: Value = null;
    for (const k in kv) {
      tally.keys++;
      if (k === 'key') key = str(kv[k]);
      else if (k === 'value') value = anyValue(kv[k], depth);
      else skip(kv[k]);
    }
    const size = map.size;
    map.set(key, value);
    // One hash lookup: a repeated key leaves the size unchanged.
    if (map.size === size) decline();
  }
  return map;
}

export function resource(v: unknown): Resource {
  const res = newResource();
  if (v === null) return res;
  const o = asObject(v);
  for (const k in o) {
    tally.keys++;
    const x = o[k];
    if (k === 'attributes') res.attributes = attributes(x);
    else if (k === 'droppedAttributesCount' || k === 'dropped_attributes_count') res.droppedAttributesCount = uint32(x);
    else skip(x);
  }
  return res;
}

export function scope(v: unknown): InstrumentationScope {
  const sc = newScope();
  if (v === null) return sc;
  const o = asObject(v);
  for (const k in o) {
    tally.keys++;
    const x = o[k];
    switch (k) {
      case 'name':
        sc.name = str(x);
        break;
      case 'version':
        sc.version = str(x);
        break;
      case 'attributes':
        sc.attributes = attributes(x);
        break;
      case 'droppedAttributesCount':
      case 'dropped_attributes_count':
        sc.droppedAttributesCount = uint32(x);
        break;
      default:
        skip(x);
    }
  }
  return sc;
}

/**
 * A ResourceX/ScopeX object into `out`: `head` (`resource` or `scope`) through `readHead`, the
 * children list (`camel` or `snake`) through `readItem`, and `schemaUrl`.
 */
export function envelope<O extends { schemaUrl: string }, H, I>(
  v: unknown,
  out: O,
  head: string,
  camel: string,
  snake: string,
  readHead: (x: unknown) => H,
  readItem: (x: unknown) => I,
  set: (out: O, head: H | undefined, items: I[] | undefined) => void,
): O {
  const o = asObject(v);
  let h: H | undefined;
  let items: I[] | undefined;
  for (const k in o) {
    tally.keys++;
    const x = o[k];
    if (k === head) h = readHead(x);
    else if (k === camel || k === snake) items = list(x, readItem);
    else if (k === 'schemaUrl' || k === 'schema_url') out.schemaUrl = str(x);
    else skip(x);
  }
  set(out, h, items);
  return out;
}

/**
 * Decoders for the parts shared by all signals: AnyValue, attribute lists, Resource and
 * InstrumentationScope. Each decoder reads one JSON value at the reader's position and returns the
 * model object; on error it adds its field name or index to the error's path (see `errors.ts`).
 * Field names are accepted in lowerCamelCase and in the proto's snake_case; unknown fields are skipped.
 */
import { MAX_VALUE_DEPTH, valueTooDeepMessage } from '../../core/values/limits.js';
import type { Value, ValueMap } from '../../core/values/types.js';
import { newResource, newScope, type InstrumentationScope, type Resource } from '../../core/model.js';
import { atIndex, inField } from './errors.js';
import type { JsonReader } from './json-reader.js';
import { readBytes, readDouble, readInt64, readStr, readUint32, readBool } from './scalars.js';

/** Reads a JSON array, decoding each element with `item`; `null` → empty. */
export function readList<T>(r: JsonReader, item: (r: JsonReader) => T): T[] {
  const out: T[] = [];
  if (r.takeNull()) return out;
  if (!r.firstElement()) return out;
  let i = 0;
  do {
    try {
      out.push(item(r));
    } catch (e) {
      throw atIndex(e, i);
    }
    i++;
  } while (r.nextElement());
  return out;
}

/** Reads an AnyValue; `{}` (or `null`) is the empty value, `null`. */
export function readAnyValue(r: JsonReader): Value {
  if (r.takeNull()) return null;
  let v: Value = null;
  let seen: string | null = null;
  const start = r.pos;
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      if (r.takeNull()) continue;
      let field = true;
      switch (key) {
        case 'stringValue':
        case 'string_value':
          v = readStr(r);
          break;
        case 'boolValue':
        case 'bool_value':
          v = readBool(r);
          break;
        case 'intValue':
        case 'int_value':
          v = readInt64(r);
          break;
        case 'doubleValue':
        case 'double_value':
          v = readDouble(r);
          break;
        case 'bytesValue':
        case 'bytes_value':
          v = readBytes(r);
          break;
        case 'arrayValue':
        case 'array_value':
          v = readArrayValue(r);
          break;
        case 'kvlistValue':
        case 'kvlist_value':
          v = readKvlistValue(r);
          break;
        default:
          field = false;
          r.skipValue();
      }
      if (field) {
        if (seen !== null) r.fail(`an AnyValue holds one value, got both ${seen} and ${key}`, start);
        seen = key;
      }
    } catch (e) {
      throw inField(e, key);
    }
  }
  return v;
}

/**
 * Counts one more level of value nesting; past {@link MAX_VALUE_DEPTH} the value is rejected
 * before its content is read, so no input can reach the JS stack limit through these readers.
 */
function enterValue(r: JsonReader): void {
  r.peek();
  if (++r.depth > MAX_VALUE_DEPTH) r.fail(valueTooDeepMessage());
}

function readArrayValue(r: JsonReader): Value[] {
  enterValue(r);
  let values: Value[] = [];
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      if (key === 'values') values = readList(r, readAnyValue);
      else r.skipValue();
    } catch (e) {
      throw inField(e, key);
    }
  }
  r.depth--;
  return values;
}

function readKvlistValue(r: JsonReader): ValueMap {
  enterValue(r);
  let values: ValueMap = new Map();
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      if (key === 'values') values = readAttributes(r);
      else r.skipValue();
    } catch (e) {
      throw inField(e, key);
    }
  }
  r.depth--;
  return values;
}

/**
 * Reads a list of `{key, value}` pairs into a Map. A repeated key keeps its first entry and the
 * later ones are dropped (reported through {@link JsonReader.onDuplicateKey}): the newest pdata
 * appends every entry on decode and its `Map.Get` returns the first, so the first is what every
 * reader of the reference sees; a `Map` cannot hold the second.
 */
export function readAttributes(r: JsonReader): ValueMap {
  const map: ValueMap = new Map();
  if (r.takeNull()) return map;
  if (!r.firstElement()) return map;
  let i = 0;
  do {
    try {
      const at = r.pos;
      let k = '';
      let v: Value = null;
      for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
        try {
          if (key === 'key') k = r.peek() === 0x22 ? r.readAttributeKey() : readStr(r);
          else if (key === 'value') v = readAnyValue(r);
          else r.skipValue();
        } catch (e) {
          throw inField(e, key);
        }
      }
      // Values are never `undefined` (the empty value is null): one lookup tells a repeat apart.
      if (map.get(k) === undefined) map.set(k, v);
      else r.onDuplicateKey?.(k, at);
    } catch (e) {
      throw atIndex(e, i);
    }
    i++;
  } while (r.nextElement());
  return map;
}

/** Reads a Resource. */
export function readResource(r: JsonReader): Resource {
  const res = newResource();
  if (r.takeNull()) return res;
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      switch (key) {
        case 'attributes':
          res.attributes = readAttributes(r);
          break;
        case 'droppedAttributesCount':
        case 'dropped_attributes_count':
          res.droppedAttributesCount = readUint32(r);
          break;
        default:
          r.skipValue();
      }
    } catch (e) {
      throw inField(e, key);
    }
  }
  return res;
}

/** Reads an InstrumentationScope. */
export function readScope(r: JsonReader): InstrumentationScope {
  const scope = newScope();
  if (r.takeNull()) return scope;
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      switch (key) {
        case 'name':
          scope.name = readStr(r);
          break;
        case 'version':
          scope.version = readStr(r);
          break;
        case 'attributes':
          scope.attributes = readAttributes(r);
          break;
        case 'droppedAttributesCount':
        case 'dropped_attributes_count':
          scope.droppedAttributesCount = readUint32(r);
          break;
        default:
          r.skipValue();
      }
    } catch (e) {
      throw inField(e, key);
    }
  }
  return scope;
}

/** The field names of one envelope level: `resource`/`scope`, and its list of children. */
export interface EnvelopeFields {
  /** `resource` or `scope`. */
  readonly head: 'resource' | 'scope';
  /** The children's camelCase and snake_case names (`scopeLogs`/`scope_logs`, `spans`/`spans`). */
  readonly camel: string;
  readonly snake: string;
}

/**
 * Reads a ResourceLogs/ScopeLogs-like object (its head, its list of children, `schemaUrl`) into
 * `out`, where `setHead`/`setItems` store the parts; every signal's envelopes share this shape.
 */
export function readEnvelope<O extends { schemaUrl: string }, I>(
  r: JsonReader,
  out: O,
  fields: EnvelopeFields,
  readItem: (r: JsonReader) => I,
  setItems: (out: O, items: I[]) => void,
  setHead: (out: O, r: JsonReader) => void,
): O {
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      if (key === fields.head) setHead(out, r);
      else if (key === fields.camel || key === fields.snake) setItems(out, readList(r, readItem));
      else if (key === 'schemaUrl' || key === 'schema_url') out.schemaUrl = readStr(r);
      else r.skipValue();
    } catch (e) {
      throw inField(e, key);
    }
  }
  return out;
}

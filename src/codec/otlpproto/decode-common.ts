/**
 * Protobuf readers shared by the three signals: AnyValue, KeyValue lists, Resource and
 * InstrumentationScope (field numbers from opentelemetry-proto `common/v1/common.proto` and
 * `resource/v1/resource.proto`).
 *
 * Each reader loops over the fields of one message until `r.limit`; a field it does not know (or
 * that arrives with another wire type, as protobuf-go treats it) is skipped. While an error
 * unwinds, each message's loop adds the field's name (from its table of names) and
 * {@link readMessage} the index of a repeated field, so the happy path keeps no path bookkeeping.
 */
import type { Value, ValueMap } from '../../core/values/types.js';
import { atIndex, inField } from '../otlpjson/errors.js';
import { newResource, newScope, type InstrumentationScope, type Resource } from '../../core/model.js';
import type { WireReader } from './wire-reader.js';

/** Tag value (field number << 3 | wire type). */
export const tag = (field: number, wireType: number): number => (field << 3) | wireType;

const MAX_DEPTH = 100;

/**
 * Reads one length-delimited sub-message with `read`, confining it to its bytes. `index` (of a
 * repeated field, or -1) labels the error path; the caller's loop adds the field name.
 */
export function readMessage<T>(r: WireReader, index: number, read: (r: WireReader) => T): T {
  try {
    const end = r.lenEnd();
    const saved = r.limit;
    r.limit = end;
    const v = read(r);
    r.limit = saved;
    return v;
  } catch (e) {
    throw index < 0 ? e : atIndex(e, index);
  }
}

/** Adds the name of field `t` (a tag) from `names` (indexed by field number) to an unwinding error. */
export function named(e: unknown, t: number, names: readonly (string | undefined)[]): unknown {
  // t is 0 while a tag itself is being read: the error belongs to the message, not a field.
  return t === 0 ? e : inField(e, names[t >>> 3] ?? `field${t >>> 3}`);
}

const ANY_VALUE = [, 'stringValue', 'boolValue', 'intValue', 'doubleValue', 'arrayValue', 'kvlistValue', 'bytesValue'];

/** AnyValue; no value set is `null` (the empty value). */
export function readAnyValue(r: WireReader, depth = 0): Value {
  if (depth > MAX_DEPTH) r.fail(`values nested more than ${MAX_DEPTH} levels deep`);
  let v: Value = null;
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      switch (t) {
        case tag(1, 2):
          v = r.string();
          break;
        case tag(2, 0):
          v = r.bool();
          break;
        case tag(3, 0):
          v = r.int64();
          break;
        case tag(4, 1):
          v = r.double();
          break;
        case tag(5, 2):
          v = readMessage(r, -1, () => readArrayValue(r, depth));
          break;
        case tag(6, 2):
          v = readMessage(r, -1, () => readKeyValueList(r, depth));
          break;
        case tag(7, 2):
          v = r.bytes();
          break;
        default:
          r.skip(t);
      }
    }
  } catch (e) {
    throw named(e, t, ANY_VALUE);
  }
  return v;
}

function readArrayValue(r: WireReader, depth: number): Value[] {
  const out: Value[] = [];
  while (r.pos < r.limit) {
    const t = r.tag();
    if (t === tag(1, 2)) {
      try {
        out.push(readMessage(r, out.length, () => readAnyValue(r, depth + 1)));
      } catch (e) {
        throw inField(e, 'values');
      }
    } else r.skip(t);
  }
  return out;
}

function readKeyValueList(r: WireReader, depth: number): ValueMap {
  const map: ValueMap = new Map();
  let i = 0;
  while (r.pos < r.limit) {
    const t = r.tag();
    if (t === tag(1, 2)) {
      try {
        readMessage(r, i++, () => readKeyValue(r, map, depth + 1));
      } catch (e) {
        throw inField(e, 'values');
      }
    } else r.skip(t);
  }
  return map;
}

const KEY_VALUE = [, 'key', 'value'];

/** One KeyValue, added to `map` (a repeated key keeps its first position and its last value). */
function readKeyValue(r: WireReader, map: ValueMap, depth: number): void {
  let k = '';
  let v: Value = null;
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      if (t === tag(1, 2)) k = r.string();
      else if (t === tag(2, 2)) {
        const saved = r.enter();
        v = readAnyValue(r, depth);
        r.leave(saved);
      } else r.skip(t);
    }
  } catch (e) {
    throw named(e, t, KEY_VALUE);
  }
  map.set(k, v);
}

/**
 * Reads one element of a repeated KeyValue field (`attributes`, `metadata`, …) into `map`.
 * @param index the element's position among the field's occurrences, for error paths.
 */
export function readAttribute(r: WireReader, map: ValueMap, index: number): void {
  try {
    const saved = r.enter();
    readKeyValue(r, map, 0);
    r.leave(saved);
  } catch (e) {
    throw atIndex(e, index);
  }
}

const RESOURCE = [, 'attributes', 'droppedAttributesCount'];

/** Resource (fields it does not model, such as entity refs, are skipped). */
export function readResource(r: WireReader, res: Resource): Resource {
  let n = 0;
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      switch (t) {
        case tag(1, 2):
          readAttribute(r, res.attributes, n++);
          break;
        case tag(2, 0):
          res.droppedAttributesCount = r.uint32();
          break;
        default:
          r.skip(t);
      }
    }
  } catch (e) {
    throw named(e, t, RESOURCE);
  }
  return res;
}

const SCOPE = [, 'name', 'version', 'attributes', 'droppedAttributesCount'];

/** InstrumentationScope. */
export function readScope(r: WireReader, scope: InstrumentationScope): InstrumentationScope {
  let n = 0;
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      switch (t) {
        case tag(1, 2):
          scope.name = r.string();
          break;
        case tag(2, 2):
          scope.version = r.string();
          break;
        case tag(3, 2):
          readAttribute(r, scope.attributes, n++);
          break;
        case tag(4, 0):
          scope.droppedAttributesCount = r.uint32();
          break;
        default:
          r.skip(t);
      }
    }
  } catch (e) {
    throw named(e, t, SCOPE);
  }
  return scope;
}

/** The parts of a ResourceLogs / ResourceSpans / ResourceMetrics message. */
export interface ResourceEntry<S> {
  resource: Resource;
  scopes: S[];
  schemaUrl: string;
}

/** The parts of a ScopeLogs / ScopeSpans / ScopeMetrics message. */
export interface ScopeEntry<I> {
  scope: InstrumentationScope;
  items: I[];
  schemaUrl: string;
}

/**
 * Reads a request's repeated field 1 (`resourceLogs`, …): the three signals share this shape, as
 * they share the resource (1: resource, 2: scopes, 3: schema_url) and scope (1: scope, 2: items,
 * 3: schema_url) levels.
 */
export function readRequest<T>(r: WireReader, names: readonly (string | undefined)[], readEntry: (r: WireReader) => T): T[] {
  const out: T[] = [];
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      if (t === tag(1, 2)) out.push(readMessage(r, out.length, readEntry));
      else r.skip(t);
    }
  } catch (e) {
    throw named(e, t, names);
  }
  return out;
}

/** Reads one resource-level message; `names[2]` names its scope list. */
export function readResourceEntry<S>(r: WireReader, names: readonly (string | undefined)[], readScopeEntry: (r: WireReader) => S): ResourceEntry<S> {
  const entry: ResourceEntry<S> = { resource: newResource(), scopes: [], schemaUrl: '' };
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      switch (t) {
        case tag(1, 2):
          readMessage(r, -1, () => readResource(r, entry.resource));
          break;
        case tag(2, 2):
          entry.scopes.push(readMessage(r, entry.scopes.length, readScopeEntry));
          break;
        case tag(3, 2):
          entry.schemaUrl = r.string();
          break;
        default:
          r.skip(t);
      }
    }
  } catch (e) {
    throw named(e, t, names);
  }
  return entry;
}

/** Reads one scope-level message; `names[2]` names its item list. */
export function readScopeEntry<I>(r: WireReader, names: readonly (string | undefined)[], readItem: (r: WireReader) => I): ScopeEntry<I> {
  const entry: ScopeEntry<I> = { scope: newScope(), items: [], schemaUrl: '' };
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      switch (t) {
        case tag(1, 2):
          readMessage(r, -1, () => readScope(r, entry.scope));
          break;
        case tag(2, 2):
          entry.items.push(readMessage(r, entry.items.length, readItem));
          break;
        case tag(3, 2):
          entry.schemaUrl = r.string();
          break;
        default:
          r.skip(t);
      }
    }
  } catch (e) {
    throw named(e, t, names);
  }
  return entry;
}

/**
 * AnyValue and attribute lists, read by both readers from one table of AnyValue's variants. They
 * are not plain messages: an AnyValue is its one value (no wrapper object), nesting is bounded by
 * {@link MAX_VALUE_DEPTH}, and attribute lists become Maps that keep the first of a repeated key.
 */
import { MAX_VALUE_DEPTH, valueTooDeepMessage } from '../../../core/values/limits.js';
import type { Value, ValueMap } from '../../../core/values/types.js';
import { atIndex, inField } from '../errors.js';
import type { JsonReader } from '../json-reader.js';
import { asObject, skip } from '../tree/common.js';
import { listChars, objectChars, tally } from '../tree/tally.js';
import { decline } from '../tree/scalars.js';
import { memberReader } from '../tree/walker.js';
import { jsonNames, readList, type FieldType } from './message.js';
import { BOOL, BYTES, DOUBLE, INT64, STRING } from './scalars.js';

/** One AnyValue variant; the tree reader passes the nesting depth (the text reader keeps it in `r.depth`). */
interface Variant {
  readonly text: (r: JsonReader) => Value;
  readonly tree: (x: unknown, depth: number) => Value;
}

/** AnyValue's oneof, by lowerCamelCase and snake_case name. */
const VARIANTS = new Map<string, Variant>();
for (const [name, variant] of Object.entries<Variant>({
  stringValue: STRING,
  boolValue: BOOL,
  intValue: INT64,
  doubleValue: DOUBLE,
  bytesValue: BYTES,
  arrayValue: { text: readArrayValue, tree: arrayValue },
  kvlistValue: { text: readKvlistValue, tree: kvlistValue },
})) {
  for (const n of jsonNames(name)) VARIANTS.set(n, variant);
}
/** The tree reader of the variant a member name holds, as one switch (see `memberReader`). */
const variantTree = memberReader(new Map([...VARIANTS].map(([name, variant]) => [name, variant.tree])));
// The fields of `{key, value}` pairs and of `arrayValue`/`kvlistValue`.
for (const name of ['key', 'value', 'values']) jsonNames(name);

export const ANY_VALUE: FieldType<Value> = { text: readAnyValue, tree: (x) => anyValue(x, 0) };
export const ATTRIBUTES: FieldType<ValueMap> = {
  text: readAttributes,
  tree: (x) => attributes(x, 0, new Map()),
  treeInto: (x, map) => void attributes(x, 0, map),
};

// ------------------------------------------------------------------------------------ text reader

/** `{}` (or `null`) is the empty value, `null`; a null member leaves the value unset. */
function readAnyValue(r: JsonReader): Value {
  if (r.takeNull()) return null;
  let v: Value = null;
  let seen: string | null = null;
  const start = r.pos;
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      if (r.takeNull()) continue;
      const variant = VARIANTS.get(key);
      if (variant === undefined) {
        r.skipValue();
        continue;
      }
      v = variant.text(r);
      if (seen !== null) r.fail(`an AnyValue holds one value, got both ${seen} and ${key}`, start);
      seen = key;
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

/** `arrayValue` and `kvlistValue`: an object whose field `values` holds the content. */
function readContainer<T>(r: JsonReader, readValues: (r: JsonReader) => T, empty: () => T): T {
  enterValue(r);
  let values = empty();
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      if (key === 'values') values = readValues(r);
      else r.skipValue();
    } catch (e) {
      throw inField(e, key);
    }
  }
  r.depth--;
  return values;
}

function readArrayValue(r: JsonReader): Value[] {
  return readContainer(r, (r) => readList(r, readAnyValue), () => []);
}

function readKvlistValue(r: JsonReader): ValueMap {
  return readContainer<ValueMap>(r, readAttributes, () => new Map());
}

/**
 * A list of `{key, value}` pairs into a Map. A repeated key keeps its first entry and the later
 * ones are dropped (reported through {@link JsonReader.onDuplicateKey}): the newest pdata appends
 * every entry on decode and its `Map.Get` returns the first, so the first is what every reader of
 * the reference sees; a `Map` cannot hold the second.
 */
function readAttributes(r: JsonReader): ValueMap {
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
          if (key === 'key') k = r.peek() === 0x22 ? r.readAttributeKey() : STRING.text(r);
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

// ------------------------------------------------------------------------------------ tree reader

// Each reader adds its value's characters to the tally (see `../tree/tally.ts`).

function anyValue(v: unknown, depth: number): Value {
  if (v === null) {
    tally.chars += 4;
    return null;
  }
  const o = asObject(v);
  let out: Value = null;
  let seen = false;
  let n = 0;
  let keyChars = 0;
  for (const k in o) {
    n++;
    keyChars += k.length;
    const x = o[k];
    if (x === null) {
      tally.chars += 4;
      continue;
    }
    const value = variantTree(k, x, depth);
    if (value === undefined) {
      skip(x);
      continue;
    }
    out = value;
    // Two values in one AnyValue is an error the text reader reports.
    if (seen) decline();
    seen = true;
  }
  tally.keys += n;
  tally.chars += objectChars(n, keyChars);
  return out;
}

/** `arrayValue` and `kvlistValue` (see {@link readContainer}). */
function container<T>(v: unknown, depth: number, values: (x: unknown, depth: number) => T, empty: () => T): T {
  if (++depth > MAX_VALUE_DEPTH) decline();
  const o = asObject(v);
  // The empty value only when `values` is missing: an empty Map is not free.
  let out: T | undefined;
  let n = 0;
  let keyChars = 0;
  for (const k in o) {
    n++;
    keyChars += k.length;
    if (k === 'values') out = values(o[k], depth);
    else skip(o[k]);
  }
  tally.keys += n;
  tally.chars += objectChars(n, keyChars);
  return out ?? empty();
}

function valueList(a: unknown, depth: number): Value[] {
  if (a === null) {
    tally.chars += 4;
    return [];
  }
  if (!Array.isArray(a)) return decline();
  tally.chars += listChars(a.length);
  // Filled by push, so the array stays packed.
  const values: Value[] = [];
  for (let i = 0; i < a.length; i++) values.push(anyValue(a[i], depth));
  return values;
}
function arrayValue(v: unknown, depth: number): Value[] {
  return container(v, depth, valueList, () => []);
}

function kvlistValue(v: unknown, depth: number): ValueMap {
  return container<ValueMap>(v, depth, (x, depth) => attributes(x, depth, new Map()), () => new Map());
}

/**
 * A list of `{key, value}` pairs into `map` (empty). A repeated key declines: the text reader keeps
 * the first entry and reports the others with their line.
 */
function attributes(v: unknown, depth: number, map: ValueMap): ValueMap {
  if (v === null) {
    tally.chars += 4;
    return map;
  }
  if (!Array.isArray(v)) return decline();
  tally.chars += listChars(v.length);
  for (let i = 0; i < v.length; i++) {
    const kv = asObject(v[i]);
    let key = '';
    let value: Value = null;
    let n = 0;
    let keyChars = 0;
    for (const k in kv) {
      n++;
      keyChars += k.length;
      if (k === 'key') key = STRING.tree(kv[k]);
      else if (k === 'value') value = anyValue(kv[k], depth);
      else skip(kv[k]);
    }
    tally.keys += n;
    tally.chars += objectChars(n, keyChars);
    const size = map.size;
    map.set(key, value);
    // One hash lookup: a repeated key leaves the size unchanged.
    if (map.size === size) decline();
  }
  return map;
}

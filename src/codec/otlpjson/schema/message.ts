/**
 * One table per OTLP message — its fields' JSON names, types and model slots — and the two readers
 * that interpret it: {@link FieldType.text} over a {@link JsonReader} (exact numbers, positioned
 * errors) and {@link FieldType.tree} over a `JSON.parse` tree (the fast path, which declines what it
 * cannot vouch for; see `../tree/document.ts`). A field's snake_case name is derived from its
 * lowerCamelCase one; unknown fields are skipped by both readers.
 */
import { atIndex, inField } from '../errors.js';
import { FIELD_NAMES, type JsonReader } from '../json-reader.js';
import { listReaders, messageReaders, type WalkField } from '../tree/walker.js';

/** How a value of one OTLP type is read by each reader. */
export interface FieldType<T> {
  readonly text: (r: JsonReader) => T;
  readonly tree: (x: unknown) => T;
  /**
   * For a value read into the slot's existing value (ids: fixed-size arrays `create` already
   * allocated), so a message field does not allocate it twice.
   */
  readonly fill?: Fill<T>;
  /**
   * The tree reader into a fresh empty value of the slot (a Map, a list, a message with its
   * defaults), which the enclosing message's `create` made: saves allocating that value twice.
   * A method, so its parameter is bivariant (as in {@link Fill}).
   */
  treeInto?(x: unknown, into: T): void;
}

/** Methods, not function properties: their parameters are bivariant, so every FieldType<T> is a FieldType<unknown>. */
interface Fill<T> {
  text(r: JsonReader, into: T): void;
  tree(x: unknown, into: T): void;
}

/** A field whose JSON name differs from its model slot (oneof members share one slot). */
export type AliasedField<O> = { readonly [K in keyof O]: { readonly slot: K; readonly type: FieldType<O[K]> } }[keyof O];

/**
 * A oneof: at most one of its member fields is non-null (a null member is ignored). The text
 * reader reports a second member with `conflict`, at the object's start (`object`), at the second
 * value before reading it (`value`), or where it ends (`end`); the tree reader declines.
 */
export interface Oneof {
  readonly members: readonly string[];
  readonly conflict: (first: string, second: string) => string;
  readonly at: 'object' | 'value' | 'end';
}

export interface MessageSpec<O> {
  readonly create: () => O;
  /** Fields named as their model slot, typed by it. */
  readonly fields: { readonly [K in keyof O]?: FieldType<O[K]> };
  readonly aliased?: Readonly<Record<string, AliasedField<O>>>;
  /** `null` reads as the empty message (a singular field); otherwise it is an error (list elements). */
  readonly nullable?: boolean;
  readonly oneof?: Oneof;
}

interface Field {
  readonly slot: string;
  readonly type: FieldType<unknown>;
  readonly fill: FieldType<unknown>['fill'];
  readonly oneof: boolean;
}

/** The field's JSON names: lowerCamelCase and the proto's snake_case (known to the reader's key table). */
export function jsonNames(camel: string): [camel: string, snake: string] {
  const snake = camel.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
  FIELD_NAMES.add(camel);
  FIELD_NAMES.add(snake);
  return [camel, snake];
}

/** The message's type: both readers, from its one table. */
export function message<O>(spec: MessageSpec<O>): FieldType<O> {
  const byName = new Map<string, Field>();
  const walk: WalkField[] = [];
  // Two messages from `create`: a slot whose value differs between them is fresh for each message.
  const [a, b] = [spec.create(), spec.create()] as Record<string, unknown>[];
  const add = (name: string, slot: string, type: FieldType<unknown> | undefined): void => {
    if (type === undefined) return;
    const f: Field = { slot, type, fill: type.fill, oneof: spec.oneof?.members.includes(name) ?? false };
    const names = jsonNames(name);
    for (const n of names) byName.set(n, f);
    const into = f.fill?.tree ?? type.treeInto;
    const fresh = !f.oneof && into !== undefined && typeof a[slot] === 'object' && a[slot] !== null && a[slot] !== b[slot];
    walk.push({ names, slot, read: fresh ? into : type.tree, into: fresh, oneof: f.oneof });
  };
  for (const name of Object.keys(spec.fields)) add(name, name, spec.fields[name as keyof O] as FieldType<unknown>);
  for (const [name, f] of Object.entries(spec.aliased ?? {})) add(name, f.slot as string, f.type);
  const { create, nullable = false, oneof } = spec;

  function text(r: JsonReader): O {
    if (nullable && r.takeNull()) return create();
    const o = create() as Record<string, unknown>;
    const start = r.pos;
    let seen: string | null = null;
    for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
      try {
        const f = byName.get(key);
        if (f === undefined) r.skipValue();
        else if (f.fill !== undefined) f.fill.text(r, o[f.slot]);
        else if (!f.oneof) o[f.slot] = f.type.text(r);
        else {
          const at = r.pos;
          if (r.takeNull()) continue;
          if (seen !== null && oneof!.at === 'value') r.fail(oneof!.conflict(seen, key), at);
          o[f.slot] = f.type.text(r);
          if (seen !== null) r.fail(oneof!.conflict(seen, key), oneof!.at === 'object' ? start : r.pos);
          seen = key;
        }
      } catch (e) {
        throw inField(e, key);
      }
    }
    return o as O;
  }

  const tree = messageReaders(walk, nullable, create);
  return { text, tree: tree.read, treeInto: tree.fill };
}

/** A repeated field; `null` is the empty list. */
export function listOf<T>(item: FieldType<T>): FieldType<T[]> {
  const tree = listReaders(item.tree);
  return { text: (r) => readList(r, item.text), tree: tree.read, treeInto: tree.fill };
}

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

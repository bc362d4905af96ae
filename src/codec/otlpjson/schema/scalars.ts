/** The scalar OTLP field types, each pairing its text reader (`../scalars.ts`) with its tree reader (`../tree/scalars.ts`). */
import type { EnumType } from '../enums.js';
import * as tree from '../tree/scalars.js';
import * as text from '../scalars.js';
import type { JsonReader } from '../json-reader.js';
import type { FieldType } from './message.js';

export const STRING: FieldType<string> = { text: text.readStr, tree: tree.str };
export const BOOL: FieldType<boolean> = { text: text.readBool, tree: tree.bool };
export const DOUBLE: FieldType<number> = { text: text.readDouble, tree: tree.double };
/** An `optional double`: `null` stays absent. */
export const OPTIONAL_DOUBLE: FieldType<number | null> = {
  text: (r) => (r.takeNull() ? null : text.readDouble(r)),
  tree: tree.optionalDouble,
};
export const INT64: FieldType<bigint> = { text: text.readInt64, tree: tree.int64 };
export const UINT64: FieldType<bigint> = { text: text.readUint64, tree: tree.uint64 };
export const UINT32: FieldType<number> = { text: text.readUint32, tree: tree.uint32 };
export const BYTES: FieldType<Uint8Array> = { text: text.readBytes, tree: tree.bytes };
export const INT32: FieldType<number> = { text: text.readInt32, tree: tree.sint32 };

export function enumType(type: EnumType): FieldType<number> {
  return { text: (r) => text.readEnum(r, type), tree: (x) => tree.enumOf(x, type) };
}

function idType(size: number, what: string): FieldType<Uint8Array> {
  const fill = { text: (r: JsonReader, into: Uint8Array) => void text.readId(r, into, what), tree: tree.id };
  return {
    text: (r) => text.readId(r, new Uint8Array(size), what),
    tree: (x) => {
      const into = new Uint8Array(size);
      tree.id(x, into);
      return into;
    },
    fill,
  };
}
export const TRACE_ID = idType(16, 'trace id');
export const SPAN_ID = idType(8, 'span id');

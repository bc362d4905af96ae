/**
 * Protobuf writers shared by the three signals. Output is proto3's canonical form: fields in field
 * number order, default values (0, '', empty lists, all-zero ids) omitted, `optional` fields
 * written when present, packed repeated scalars.
 */
import { typeName, type Value, type ValueMap } from '../../core/values/types.js';
import type { InstrumentationScope, Resource } from '../../core/model.js';
import type { WireWriter } from './wire-writer.js';

/** A non-empty string field. */
export function writeString(w: WireWriter, field: number, s: string): void {
  if (s === '') return;
  w.tag(field, 2);
  w.string(s);
}

/** A non-zero uint32 varint field (dropped counts, uint32 flags). */
export function writeUint32(w: WireWriter, field: number, n: number): void {
  if (n === 0) return;
  w.tag(field, 0);
  w.uint32(n);
}

/** A non-zero int32 / enum varint field. */
export function writeInt32(w: WireWriter, field: number, n: number): void {
  if (n === 0) return;
  w.tag(field, 0);
  w.int32(n);
}

/** A non-zero fixed32 field. */
export function writeFixed32(w: WireWriter, field: number, n: number): void {
  if (n === 0) return;
  w.tag(field, 5);
  w.fixed32(n);
}

/** A non-zero fixed64 field. */
export function writeFixed64(w: WireWriter, field: number, v: bigint): void {
  if (v === 0n) return;
  w.tag(field, 1);
  w.fixed64(v);
}

/** A double field; `always` for `optional` fields and oneof members, else omitted when +0. */
export function writeDouble(w: WireWriter, field: number, v: number, always = false): void {
  if (!always && v === 0 && 1 / v > 0) return;
  w.tag(field, 1);
  w.double(v);
}

/** An id field, omitted when all zeros. */
export function writeId(w: WireWriter, field: number, id: Uint8Array): void {
  for (let i = 0; i < id.length; i++) {
    if (id[i] !== 0) {
      w.tag(field, 2);
      w.bytes(id);
      return;
    }
  }
}

/** A sub-message field written by `body` (always written, even when empty). */
export function writeMessage(w: WireWriter, field: number, body: () => void): void {
  w.tag(field, 2);
  const start = w.begin();
  body();
  w.end(start);
}

/** The fields of an AnyValue holding `v` (nothing for `null`). */
export function writeAnyValueBody(w: WireWriter, v: Value): void {
  if (v === null) return;
  switch (typeof v) {
    case 'string':
      w.tag(1, 2);
      w.string(v);
      return;
    case 'boolean':
      w.tag(2, 0);
      w.uint32(v ? 1 : 0);
      return;
    case 'bigint':
      w.tag(3, 0);
      w.uint64(v);
      return;
    case 'number':
      w.tag(4, 1);
      w.double(v);
      return;
    default:
      break;
  }
  if (v instanceof Uint8Array) {
    w.tag(7, 2);
    w.bytes(v);
  } else if (v instanceof Map) {
    writeMessage(w, 6, () => writeKeyValues(w, 1, v));
  } else if (Array.isArray(v)) {
    writeMessage(w, 5, () => {
      for (const item of v) writeMessage(w, 1, () => writeAnyValueBody(w, item));
    });
  } else {
    throw new TypeError(`a ${typeName(v)} value cannot be written to OTLP; convert it first`);
  }
}

/** A repeated KeyValue field (each value written even when empty, as pdata does). */
export function writeKeyValues(w: WireWriter, field: number, map: ValueMap): void {
  for (const [k, v] of map) {
    w.tag(field, 2);
    const start = w.begin();
    writeString(w, 1, k);
    w.tag(2, 2);
    const vs = w.begin();
    writeAnyValueBody(w, v);
    w.end(vs);
    w.end(start);
  }
}

/** Resource fields. */
export function writeResourceBody(w: WireWriter, res: Resource): void {
  writeKeyValues(w, 1, res.attributes);
  writeUint32(w, 2, res.droppedAttributesCount);
}

/** InstrumentationScope fields. */
export function writeScopeBody(w: WireWriter, scope: InstrumentationScope): void {
  writeString(w, 1, scope.name);
  writeString(w, 2, scope.version);
  writeKeyValues(w, 3, scope.attributes);
  writeUint32(w, 4, scope.droppedAttributesCount);
}

/**
 * The resource and scope levels, shared by the three signals: field 1 of the request repeats
 * resource entries (1: resource, 2: scope entries, 3: schema_url), each scope entry holding
 * 1: scope, 2: items, 3: schema_url.
 */
export function writeRequest<R extends { resource: Resource; schemaUrl: string }, S extends { scope: InstrumentationScope; schemaUrl: string }, I>(
  w: WireWriter,
  entries: readonly R[],
  scopesOf: (r: R) => readonly S[],
  itemsOf: (s: S) => readonly I[],
  writeItem: (w: WireWriter, item: I) => void,
): void {
  for (const entry of entries) {
    writeMessage(w, 1, () => {
      writeMessage(w, 1, () => writeResourceBody(w, entry.resource));
      for (const s of scopesOf(entry)) {
        writeMessage(w, 2, () => {
          writeMessage(w, 1, () => writeScopeBody(w, s.scope));
          for (const item of itemsOf(s)) writeMessage(w, 2, () => writeItem(w, item));
          writeString(w, 3, s.schemaUrl);
        });
      }
      writeString(w, 3, entry.schemaUrl);
    });
  }
}

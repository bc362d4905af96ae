/**
 * A message's tree reader, generated once from its field table: one `switch` on the member name
 * whose cases store into named slots and call each field's reader directly. A generic loop over
 * the table (a Map lookup per member, a keyed store and a call through `f.type.tree`) leaves every
 * store and call megamorphic; the generated code keeps them monomorphic, so V8 inlines the scalar
 * readers. Only the table's names reach the generated text, each as a JSON string literal. Where
 * the host forbids generating code, `interpreted.ts` gives the same readers as closures.
 */
import { asObject, skip } from './common.js';
import { decline } from './scalars.js';
import { interpretedList, interpretedMembers, interpretedMessage } from './interpreted.js';
import { listChars, objectChars, tally } from './tally.js';

/** One member name of the message, read into `slot`. */
export interface WalkField {
  readonly names: readonly string[];
  readonly slot: string;
  /** Reads the member's value: `slot = read(x)`, or `read(x, slot)` when `into`. */
  readonly read: (x: unknown, into?: unknown) => unknown;
  /** `read` fills the slot's value, which `create` makes fresh for every message. */
  readonly into: boolean;
  /** A member of the message's oneof: null is ignored, a second non-null member declines. */
  readonly oneof: boolean;
}

/** A message's tree readers: `fill(x, o)` reads the object `x` into `o` (from `create`; `null` leaves it as is). */
export interface TreeReaders<O> {
  readonly read: (x: unknown) => O;
  readonly fill: (x: unknown, o: O) => void;
}

const lit = JSON.stringify;

/** Whether this host runs code generated from strings (off: a CSP without 'unsafe-eval', Workers; tests turn it off). */
export const codeGeneration = { allowed: canGenerateCode() };

function canGenerateCode(): boolean {
  try {
    return new Function('return true')() === true;
  } catch {
    return false;
  }
}

/** Compiles `source` (a function body) with `args` bound to their values, or gives `interpreted()` where the host forbids it. */
function compile<T>(args: Record<string, unknown>, source: string, interpreted: () => T): T {
  if (!codeGeneration.allowed) return interpreted();
  return new Function(...Object.keys(args), source)(...Object.values(args)) as T;
}

export function messageReaders<O>(fields: readonly WalkField[], nullable: boolean, create: () => O): TreeReaders<O> {
  // A slot filled in place under both its names would hold both values, where the text reader
  // keeps the last: the second name declines.
  const once = fields.flatMap((f, i) => (f.into && f.names.length > 1 ? [i] : []));
  const cases = fields.map((f, i) => {
    const labels = f.names.map((n) => `case ${lit(n)}:`).join(' ');
    const fill = once.includes(i) ? `if (filled${i}) decline(); filled${i} = true; ` : '';
    const read = f.into ? `${fill}r${i}(x, o[${lit(f.slot)}]);` : `o[${lit(f.slot)}] = r${i}(x);`;
    const body = f.oneof ? `if (x !== null) { if (seen) decline(); seen = true; ${read} } else tally.chars += 4;` : read;
    return `      ${labels} ${body} break;`;
  });
  const args: Record<string, unknown> = { asObject, skip, tally, objectChars, decline, create };
  fields.forEach((f, i) => (args[`r${i}`] = f.read));
  return compile(
    args,
    `function fill(v, o) {
    ${nullable ? 'if (v === null) { tally.chars += 4; return; }' : ''}
    const obj = asObject(v);
    let seen = false;
    ${once.map((i) => `let filled${i} = false;`).join(' ')}
    let n = 0;
    let keyChars = 0;
    for (const k in obj) {
      n++;
      keyChars += k.length;
      const x = obj[k];
      switch (k) {
${cases.join('\n')}
      default: skip(x);
      }
    }
    tally.keys += n;
    tally.chars += objectChars(n, keyChars);
  }
  return { fill, read: function read(v) { const o = create(); fill(v, o); return o; } };`,
    () => interpretedMessage(fields, nullable, create),
  );
}

/** A list's tree readers, generated per item type so the call to `item` stays monomorphic; null is the empty list. */
export function listReaders<T>(item: (x: unknown) => T): TreeReaders<T[]> {
  return compile(
    { item, decline, tally, listChars },
    `function fill(v, out) {
    if (v === null) { tally.chars += 4; return; }
    if (!Array.isArray(v)) decline();
    tally.chars += listChars(v.length);
    for (let i = 0; i < v.length; i++) out.push(item(v[i]));
  }
  return { fill, read: function read(v) { const out = []; fill(v, out); return out; } };`,
    () => interpretedList(item),
  );
}

/**
 * A oneof's tree readers by member name, as one generated switch: `read(k, x, a)` is the reader of
 * member `k` applied to `x` and `a`, or `undefined` when `k` is no member.
 */
export function memberReader<A, R>(members: ReadonlyMap<string, (x: unknown, a: A) => R>): (k: string, x: unknown, a: A) => R | undefined {
  const readers = [...new Set(members.values())];
  const cases = readers.map((read, i) => {
    const labels = [...members].filter(([, r]) => r === read).map(([name]) => `case ${lit(name)}:`);
    return `    ${labels.join(' ')} return r${i}(x, a);`;
  });
  const args: Record<string, unknown> = {};
  readers.forEach((r, i) => (args[`r${i}`] = r));
  return compile(
    args,
    `return function read(k, x, a) {\n  switch (k) {\n${cases.join('\n')}\n  }\n  return undefined;\n};`,
    () => interpretedMembers(members),
  );
}

/**
 * The readers `walker.ts` generates, as plain closures over the same tables: for hosts that forbid
 * generating code from strings (a browser page whose CSP lacks 'unsafe-eval', Cloudflare Workers).
 * Same results and tallies, slower (a Map lookup per member, megamorphic stores and calls).
 */
import { asObject, skip } from './common.js';
import { decline } from './scalars.js';
import { listChars, objectChars, tally } from './tally.js';
import type { TreeReaders, WalkField } from './walker.js';

export function interpretedMessage<O>(fields: readonly WalkField[], nullable: boolean, create: () => O): TreeReaders<O> {
  const byName = new Map<string, number>();
  fields.forEach((f, i) => f.names.forEach((n) => byName.set(n, i)));
  function fill(v: unknown, o: O): void {
    if (nullable && v === null) {
      tally.chars += 4;
      return;
    }
    const obj = asObject(v);
    const slots = o as Record<string, unknown>;
    let seen = false;
    const filled = new Set<number>();
    let n = 0;
    let keyChars = 0;
    for (const k in obj) {
      n++;
      keyChars += k.length;
      const x = obj[k];
      const i = byName.get(k);
      if (i === undefined) {
        skip(x);
        continue;
      }
      const f = fields[i];
      if (f.oneof) {
        if (x === null) {
          tally.chars += 4;
          continue;
        }
        if (seen) decline();
        seen = true;
      }
      if (!f.into) slots[f.slot] = f.read(x);
      else {
        // See `messageReaders`: a slot filled under both its names declines.
        if (f.names.length > 1 && filled.has(i)) decline();
        filled.add(i);
        f.read(x, slots[f.slot]);
      }
    }
    tally.keys += n;
    tally.chars += objectChars(n, keyChars);
  }
  return { fill, read: (v) => { const o = create(); fill(v, o); return o; } };
}

export function interpretedList<T>(item: (x: unknown) => T): TreeReaders<T[]> {
  function fill(v: unknown, out: T[]): void {
    if (v === null) {
      tally.chars += 4;
      return;
    }
    if (!Array.isArray(v)) decline();
    tally.chars += listChars(v.length);
    for (let i = 0; i < v.length; i++) out.push(item(v[i]));
  }
  return { fill, read: (v) => { const out: T[] = []; fill(v, out); return out; } };
}

export function interpretedMembers<A, R>(members: ReadonlyMap<string, (x: unknown, a: A) => R>): (k: string, x: unknown, a: A) => R | undefined {
  return (k, x, a) => members.get(k)?.(x, a);
}

/** What the tree reader needs for every message (see `../schema/message.ts`): objects and skipped values of a `JSON.parse` tree. */
import { decline } from './scalars.js';
import { listChars, objectChars, scalarChars, tally } from './tally.js';

/** A parsed JSON object (`JSON.parse` output), read member by member. */
export type JsonObject = Record<string, unknown>;

/** The value as an object, or decline (the text reader reports "expected an object"). */
export function asObject(v: unknown): JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : decline();
}

/**
 * Tallies an ignored value: its members and characters. Iterative, so no nesting depth can reach
 * the JS stack.
 */
export function skip(v: unknown): void {
  if (typeof v !== 'object' || v === null) {
    tally.chars += scalarChars(v);
    return;
  }
  const stack: unknown[] = [v];
  let chars = 0;
  while (stack.length > 0) {
    const x = stack.pop();
    if (typeof x !== 'object' || x === null) {
      chars += scalarChars(x);
      continue;
    }
    if (Array.isArray(x)) {
      chars += listChars(x.length);
      for (let i = 0; i < x.length; i++) stack.push(x[i]);
      continue;
    }
    const o = x as JsonObject;
    let n = 0;
    let keyChars = 0;
    for (const k in o) {
      n++;
      keyChars += k.length;
      stack.push(o[k]);
    }
    tally.keys += n;
    chars += objectChars(n, keyChars);
  }
  tally.chars += chars;
}

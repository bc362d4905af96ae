/**
 * What the tree reader needs for every message (see `../schema/message.ts`): objects, lists and
 * skipped values of a `JSON.parse` tree.
 *
 * Every object's members are counted in {@link tally}: `JSON.parse` keeps only the last of a
 * repeated key, so the caller compares the count with the keys written in the text (see
 * `text-checks.ts`) to know that nothing was dropped.
 */
import { decline } from './scalars.js';

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

/**
 * `Any(source, predicate)` (experimental): true when `predicate(key, value)` is true for at least
 * one element of `source` (a slice, keys are int64 indexes, or a map); false for an empty source;
 * stops at the first true. Errors: a source that is neither a slice nor a map; a predicate that
 * fails or returns a non-bool.
 */
import { definePredicateFold } from './internal/coll-lambda.js';

export const Any = definePredicateFold('Any', 'whether a predicate holds for some element of a list or map', true);

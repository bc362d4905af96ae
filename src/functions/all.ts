/**
 * `All(source, predicate)` (experimental): true when `predicate(key, value)` is true for every
 * element of `source` (a slice, keys are int64 indexes, or a map); true for an empty source; stops
 * at the first false. Errors: a source that is neither a slice nor a map; a predicate that fails or
 * returns a non-bool.
 */
import { definePredicateFold } from './internal/coll-lambda.js';

export const All = definePredicateFold('All', 'whether a predicate holds for every element of a list or map', false);

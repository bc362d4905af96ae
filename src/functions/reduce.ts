/** `Reduce(source, seed, accumulator)` (experimental): folds a list or map into one value. */
import type { Value } from '../core/values/types.js';
import { EXPERIMENTAL_GATE, forEachEntry, sliceOrMap } from './internal/coll-lambda.js';
import { defineFunction } from './signature.js';

/**
 * Starts from `seed` and, for each element in order, replaces the accumulator with
 * `accumulator(acc, key, value)` (slice keys are int64 indexes). An empty source gives the seed.
 * Errors: a source that is neither a slice nor a map; a failing accumulator (its error as is).
 */
export const Reduce = defineFunction({
  name: 'Reduce',
  kind: 'converter',
  description: 'folds a list or map into a single value',
  tier: 'experimental',
  featureGate: EXPERIMENTAL_GATE,
  params: [
    { name: 'source', kind: 'any', doc: 'a list or a map' },
    { name: 'seed', kind: 'any', doc: 'the initial accumulator' },
    { name: 'accumulator', kind: 'lambda', doc: '(acc, key, value) => new acc' },
  ] as const,
  create:
    ({ source, seed, accumulator }) =>
    (ctx) => {
      const src = sliceOrMap(source, ctx);
      let acc: Value = seed(ctx);
      forEachEntry(src, (k, v) => {
        acc = accumulator(ctx, [acc, k, v]);
      });
      return acc;
    },
});

/**
 * `HasAttrKeyOnDatapoint(key)` (filter processor, metric context): true when any data point of the
 * current metric has the attribute `key`. Errors at run time for a metric without data.
 */
import { defineFunction } from '../signature.js';
import { checkDataPoints } from './internal/datapoint-attrs.js';

export const hasAttrKeyOnDatapoint = defineFunction({
  name: 'HasAttrKeyOnDatapoint',
  kind: 'converter',
  params: [{ name: 'key', kind: 'literalString' }],
  contexts: ['metric'],
  description: 'Reports whether any data point of the metric has the attribute key.',
  create: (args) => {
    const key = args.key;
    return (ctx) => checkDataPoints(ctx, key, undefined);
  },
});

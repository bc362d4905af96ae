/**
 * `HasAttrOnDatapoint(key, expected_val)` (filter processor, metric context): looks at the first
 * data point of the current metric that has the attribute `key` and reports whether its value is
 * the string `expected_val` (non-string values never match). Points after that first one are not
 * consulted, matching the reference. Errors at run time for a metric without data.
 */
import { defineFunction } from '../signature.js';
import { checkDataPoints } from './internal/datapoint-attrs.js';

export const hasAttrOnDatapoint = defineFunction({
  name: 'HasAttrOnDatapoint',
  kind: 'converter',
  params: [
    { name: 'key', kind: 'literalString' },
    { name: 'expected_val', kind: 'literalString' },
  ],
  contexts: ['metric'],
  description: 'Reports whether the first data point carrying the key has that string value.',
  create: (args) => {
    const { key, expected_val: expected } = args;
    return (ctx) => checkDataPoints(ctx, key, expected);
  },
});

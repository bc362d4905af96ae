/**
 * `copy_metric(Optional[name], Optional[description], Optional[unit])` (transform processor, metric
 * context): appends a deep copy of the current metric to the scope's metric list, then overrides
 * the given fields. The copy is visited by later statements too, so guard them with `where`.
 * The copy is appended before the optional arguments are evaluated, as in the reference, so an
 * argument that fails leaves an unrenamed copy behind.
 */
import { defineFunction } from '../signature.js';
import { appendMetric, cloneMetric, currentMetric } from './internal/metrics.js';

export const copyMetric = defineFunction({
  name: 'copy_metric',
  kind: 'editor',
  params: [
    { name: 'name', kind: 'string', optional: true },
    { name: 'description', kind: 'string', optional: true },
    { name: 'unit', kind: 'string', optional: true },
  ],
  contexts: ['metric'],
  description: 'Appends a copy of the metric, optionally with a new name, description or unit.',
  create: (args) => {
    const { name, description, unit } = args;
    return (ctx) => {
      const copy = cloneMetric(currentMetric(ctx));
      appendMetric(ctx, copy);
      if (name !== undefined) copy.name = name(ctx);
      if (description !== undefined) copy.description = description(ctx);
      if (unit !== undefined) copy.unit = unit(ctx);
      return null;
    };
  },
});

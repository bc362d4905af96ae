/** `ToSnakeCase(target)`: `MyMetricName` → `my_metric_name`, `CPUUtilization` → `cpu_utilization` (strcase rules). A non-string (or nil) target is a run-time error. */
import { toSnake } from './internal/text-case.js';
import { defineFunction } from './signature.js';

export const ToSnakeCase = defineFunction({
  name: 'ToSnakeCase',
  kind: 'converter',
  description: 'Converts a string to snake case (my_metric_name).',
  params: [{ name: 'target', kind: 'string', doc: 'the text' }],
  create({ target }) {
    return (ctx) => toSnake(target(ctx));
  },
});

/** `ToCamelCase(target)`: `my_metric_name` → `MyMetricName` (strcase rules: only ASCII letters and digits are kept). A non-string (or nil) target is a run-time error. */
import { toCamel } from './internal/text-case.js';
import { defineFunction } from './signature.js';

export const ToCamelCase = defineFunction({
  name: 'ToCamelCase',
  kind: 'converter',
  description: 'Converts a string to camel case (MyMetricName).',
  params: [{ name: 'target', kind: 'string', doc: 'the text' }],
  create({ target }) {
    return (ctx) => toCamel(target(ctx));
  },
});

/**
 * `ConvertCase(target, toCase)`: `lower`, `upper`, `snake` (`myMetric` → `my_metric`) or `camel`
 * (`my_metric` → `MyMetric`). Another `toCase` is a compile-time error; a non-string target is a
 * run-time error.
 */
import { goToLower, goToUpper, toCamel, toSnake } from './internal/text-case.js';
import { ArgumentError, defineFunction } from './signature.js';

const CASES: Readonly<Record<string, (s: string) => string>> = {
  lower: goToLower,
  upper: goToUpper,
  snake: toSnake,
  camel: toCamel,
};

export const ConvertCase = defineFunction({
  name: 'ConvertCase',
  kind: 'converter',
  description: 'Converts a string to lower, upper, snake or camel case.',
  params: [
    { name: 'target', kind: 'string', doc: 'the text' },
    { name: 'to_case', kind: 'literalString', doc: 'lower, upper, snake or camel' },
  ],
  create({ target, to_case }) {
    const convert = Object.hasOwn(CASES, to_case) ? CASES[to_case] : undefined;
    if (convert === undefined) {
      throw new ArgumentError('to_case', `invalid case: ${to_case}, allowed cases are: lower, upper, snake, camel`);
    }
    return (ctx) => {
      const s = target(ctx);
      return s === '' ? s : convert(s);
    };
  },
});

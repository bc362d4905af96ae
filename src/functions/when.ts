/** `When(condition, true_value, false_value)` (experimental): a conditional value. */
import { OttlRuntimeError } from '../core/errors.js';
import { goTypeName } from '../core/values/go-text.js';
import { EXPERIMENTAL_GATE } from './internal/coll-lambda.js';
import { ArgumentError, defineFunction } from './signature.js';

/**
 * Evaluates the zero-parameter `condition` lambda; returns `true_value` when it gives true and
 * `false_value` when false. Only the chosen branch is evaluated. A condition that fails or gives a
 * non-bool is an error (`error while evaluating lambda function: …`).
 */
export const When = defineFunction({
  name: 'When',
  kind: 'converter',
  description: 'chooses between two values with a condition lambda',
  tier: 'experimental',
  featureGate: EXPERIMENTAL_GATE,
  params: [
    { name: 'condition', kind: 'lambda', doc: '() => bool' },
    { name: 'true_value', kind: 'any', doc: 'the result when the condition holds' },
    { name: 'false_value', kind: 'any', doc: 'the result otherwise' },
  ] as const,
  create: ({ condition, true_value: trueValue, false_value: falseValue }) => {
    // As the reference's ValidateArity(0): a condition with formals is rejected when parsed.
    if (condition.arity !== undefined && condition.arity !== 0) {
      throw new ArgumentError('condition', `lambda should be defined with exactly 0 formal(s), but has ${condition.arity}`);
    }
    return (ctx) => {
      let match;
      try {
        match = condition(ctx, []);
      } catch (e) {
        throw new OttlRuntimeError(`error while evaluating lambda function: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (typeof match !== 'boolean') {
        throw new OttlRuntimeError(
          `error while evaluating lambda function: lambda expression must return a value of type bool, got ${goTypeName(match)}`,
        );
      }
      return match ? trueValue(ctx) : falseValue(ctx);
    };
  },
});

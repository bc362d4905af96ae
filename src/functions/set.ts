/**
 * `set(target, value)`: writes `value` through the target path.
 *
 * nil is passed through (the reference's `ottl.set.allowNil` gate is stable): when the target
 * currently holds a typed value, its type's zero value is written (`""`, `0`, `false`, an empty
 * map/slice/bytes, the zero time, a zero id); when it reads as nil, nil goes to the setter (which
 * stores an empty value, e.g. creates the attribute key).
 */
import { OttlDuration, OttlTime, ProfileID, SpanID, TraceID, type Value } from '../values/types.js';
import { defineFunction } from './signature.js';

// Go's zero time.Time (0001-01-01T00:00:00Z) in Unix nanoseconds.
const GO_ZERO_TIME_NANOS = -62135596800n * 1_000_000_000n;

/** The zero value of the type `current` has, as Go's `reflect.Zero`. */
export function zeroValueLike(current: Value): Value {
  switch (typeof current) {
    case 'string':
      return '';
    case 'bigint':
      return 0n;
    case 'number':
      return 0;
    case 'boolean':
      return false;
    default:
      break;
  }
  if (current === null) return null;
  if (current instanceof Uint8Array) return new Uint8Array(0);
  if (current instanceof Map) return new Map();
  if (Array.isArray(current)) return [];
  if (current instanceof OttlTime) return new OttlTime(GO_ZERO_TIME_NANOS);
  if (current instanceof OttlDuration) return new OttlDuration(0n);
  if (current instanceof TraceID) return new TraceID(new Uint8Array(16));
  if (current instanceof SpanID) return new SpanID(new Uint8Array(8));
  return new ProfileID(new Uint8Array(16));
}

export const set = defineFunction({
  name: 'set',
  kind: 'editor',
  description: 'Writes a value to a path (nil writes the target type\'s zero value).',
  example: {
    statement: 'set(log.attributes["env"], "prod")',
    result: 'log.attributes["env"]: (absent) → "prod"',
  },
  params: [
    { name: 'target', kind: 'path', doc: 'the path to write' },
    { name: 'value', kind: 'any', doc: 'any value; nil empties the target' },
  ],
  create({ target, value }) {
    return (ctx) => {
      let v = value(ctx);
      if (v === null) {
        const current = target.get(ctx);
        if (current !== null) v = zeroValueLike(current);
      }
      target.set(ctx, v);
      return null;
    };
  },
});

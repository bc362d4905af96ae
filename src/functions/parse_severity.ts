/** `ParseSeverity(target, mapping)`: maps a status code or level text to a severity name. */
import { OttlRuntimeError } from '../core/errors.js';
import { goFormatV, goTypeName } from '../core/values/go-text.js';
import type { Value, ValueMap } from '../core/values/types.js';
import { defineFunction } from './signature.js';

interface Criteria {
  readonly equals: readonly string[];
  readonly range?: { readonly min: bigint; readonly max: bigint };
}

type Mapping = readonly (readonly [level: string, criteria: readonly Criteria[]])[];

const PLACEHOLDERS: Record<string, { min: bigint; max: bigint }> = {
  '2xx': { min: 200n, max: 299n },
  '3xx': { min: 300n, max: 399n },
  '4xx': { min: 400n, max: 499n },
  '5xx': { min: 500n, max: 599n },
};

function criteriaFrom(m: ValueMap): Criteria {
  const equals: string[] = [];
  if (m.has('equals')) {
    const list = m.get('equals');
    if (!Array.isArray(list)) throw new Error('equals must be a list');
    for (const e of list) {
      if (typeof e !== 'string') throw new Error('equals values must be strings');
      equals.push(e);
    }
  }
  if (!m.has('range')) return { equals };
  const r = m.get('range') as Value;
  if (typeof r === 'string') {
    const range = PLACEHOLDERS[r];
    if (range === undefined || !Object.hasOwn(PLACEHOLDERS, r)) throw new Error(`unknown range placeholder: ${r}`);
    return { equals, range };
  }
  if (!(r instanceof Map)) throw new Error('range must be a map or a known placeholder string');
  if (!r.has('min')) throw new Error('range must have a min value');
  if (!r.has('max')) throw new Error('range must have a max value');
  const min = r.get('min');
  const max = r.get('max');
  if (typeof min !== 'bigint') throw new Error('min must be an int64');
  if (typeof max !== 'bigint') throw new Error('max must be an int64');
  return { equals, range: { min, max } };
}

/** Validates and converts the mapping; throws the reference's messages. */
function compileMapping(raw: ValueMap): Mapping {
  const out: (readonly [string, Criteria[]])[] = [];
  for (const [level, list] of raw) {
    if (!Array.isArray(list)) throw new OttlRuntimeError('severity mapping criteria must be []any');
    const criteria: Criteria[] = [];
    for (const item of list) {
      if (!(item instanceof Map)) throw new OttlRuntimeError('severity mapping criteria items must be map[string]any');
      try {
        criteria.push(criteriaFrom(item));
      } catch (e) {
        throw new OttlRuntimeError(`invalid severity mapping criteria: ${(e as Error).message}`);
      }
    }
    out.push([level, criteria]);
  }
  return out;
}

function matches(c: Criteria, value: Value): boolean {
  if (typeof value === 'string') return c.equals.includes(value);
  if (typeof value === 'bigint') return c.range !== undefined && value >= c.range.min && value <= c.range.max;
  throw new Error(`unsupported value type: ${goTypeName(value)}`);
}

function evaluate(mapping: Mapping, value: Value): string {
  for (const [level, criteria] of mapping) {
    for (const c of criteria) {
      let hit: boolean;
      try {
        hit = matches(c, value);
      } catch (e) {
        throw new OttlRuntimeError(
          `could not map log level: could not evaluate log level of value '${goFormatV(value)}': ${(e as Error).message}`,
        );
      }
      if (hit) return level;
    }
  }
  throw new OttlRuntimeError(`could not map log level: no matching log level found for value '${goFormatV(value)}'`);
}

/**
 * Returns the first level of `mapping` (in map order) with a criterion matching `target`:
 * `{"equals": [texts]}` matches a string target equal to one of the texts; `{"range": {"min": a,
 * "max": b}}` (inclusive int64 bounds) or `{"range": "2xx"}` (`3xx`, `4xx`, `5xx`) matches an int64
 * target. A criterion may hold both. The mapping is meant to be a literal, so its compiled form is
 * reused while the same map object comes back.
 *
 * Errors (run time): a malformed mapping (`severity mapping criteria must be []any`,
 * `invalid severity mapping criteria: min must be an int64`…); a target that is neither a string
 * nor an int64 (once a criterion is checked); no matching level.
 */
export const ParseSeverity = defineFunction({
  name: 'ParseSeverity',
  kind: 'converter',
  description: 'maps a status code or level text to a severity level name',
  params: [
    { name: 'target', kind: 'any', doc: 'an int64 code or a level string' },
    { name: 'mapping', kind: 'map', doc: 'level name -> list of criteria (equals / range)' },
  ] as const,
  create: ({ target, mapping }) => {
    let lastRaw: ValueMap | undefined;
    let lastCompiled: Mapping = [];
    return (ctx) => {
      const raw = mapping(ctx);
      if (raw !== lastRaw) {
        lastCompiled = compileMapping(raw);
        lastRaw = raw;
      }
      let value: Value;
      try {
        value = target(ctx);
      } catch (e) {
        throw new OttlRuntimeError(`could not get log level: ${(e as Error).message}`);
      }
      return evaluate(lastCompiled, value);
    };
  },
});

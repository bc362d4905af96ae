import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attributesArb,
  attributeValueArb,
  doubleArb,
  edgyInt64Arb,
  mapKeyArb,
  stringArb,
  valueArb,
} from '../../src/testing/index.js';
import { INT64_MAX, INT64_MIN, typeName, type Value, type ValueTypeName } from '../../src/core/values/types.js';

/** Every type name found in `v`, containers included. */
function kindsIn(v: Value, out = new Set<ValueTypeName>()): Set<ValueTypeName> {
  out.add(typeName(v));
  if (v instanceof Map) for (const x of v.values()) kindsIn(x, out);
  else if (Array.isArray(v)) for (const x of v) kindsIn(x, out);
  return out;
}

function kindsOf(values: readonly Value[]): Set<ValueTypeName> {
  const out = new Set<ValueTypeName>();
  for (const v of values) kindsIn(v, out);
  return out;
}

const ALL_KINDS: ValueTypeName[] = ['nil', 'string', 'int64', 'float64', 'bool', 'bytes', 'map', 'slice', 'time', 'duration', 'TraceID', 'SpanID', 'ProfileID'];
const SEED = { seed: 42, numRuns: 3000 };

describe('valueArb', () => {
  it('produces every kind of value, nested in maps and slices', () => {
    expect([...kindsOf(fc.sample(valueArb(), SEED))].sort()).toEqual([...ALL_KINDS].sort());
  });

  it('produces only values (never undefined or a plain object)', () => {
    fc.assert(
      fc.property(valueArb(), (v) => {
        for (const k of kindsIn(v)) expect(ALL_KINDS).toContain(k);
        expect(JSON.stringify([...kindsIn(v)])).not.toContain('undefined');
      }),
      { numRuns: 200 },
    );
  });

  it('reaches the edges: int64 extremes, -0, NaN, non-BMP text, __proto__ keys', () => {
    const ints = fc.sample(edgyInt64Arb(), SEED);
    expect(ints).toContain(INT64_MAX);
    expect(ints).toContain(INT64_MIN);
    const doubles = fc.sample(doubleArb(), SEED);
    expect(doubles.some((d) => Object.is(d, -0))).toBe(true);
    expect(doubles.some(Number.isNaN)).toBe(true);
    expect(fc.sample(stringArb(), SEED).some((s) => [...s].some((c) => c.codePointAt(0)! > 0xffff))).toBe(true);
    expect(fc.sample(mapKeyArb(), SEED)).toContain('__proto__');
  });

  it('never produces a lone surrogate (no UTF-8 form)', () => {
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    fc.assert(fc.property(stringArb(), (s) => !lone.test(s)), { numRuns: 500 });
  });

  it('keeps __proto__ as an ordinary map key', () => {
    const maps = fc.sample(valueArb({ kinds: ['map', 'string'] }), SEED).filter((v): v is Map<string, Value> => v instanceof Map);
    const withProto = maps.find((m) => m.has('__proto__'));
    expect(withProto).toBeDefined();
    expect(Object.getPrototypeOf(withProto)).toBe(Map.prototype);
  });

  it('honours kinds, depth and number options', () => {
    expect([...kindsOf(fc.sample(valueArb({ kinds: ['string', 'int64'] }), SEED))].sort()).toEqual(['int64', 'string']);
    expect(kindsOf(fc.sample(valueArb({ maxDepth: 0 }), SEED)).has('map')).toBe(false);
    expect(fc.sample(doubleArb({ finite: true }), SEED).every(Number.isFinite)).toBe(true);
    expect(fc.sample(doubleArb({ noNaN: true }), SEED).some(Number.isNaN)).toBe(false);
  });
});

describe('attributeValueArb', () => {
  it('produces only what telemetry can hold, and all of it', () => {
    const kinds = kindsOf(fc.sample(attributeValueArb(), SEED));
    expect([...kinds].sort()).toEqual(['bool', 'bytes', 'float64', 'int64', 'map', 'nil', 'slice', 'string']);
  });

  it('builds attribute maps of attribute values', () => {
    for (const m of fc.sample(attributesArb(), { seed: 7, numRuns: 300 })) {
      expect(m).toBeInstanceOf(Map);
      for (const k of kindsIn(m)) expect(['time', 'duration', 'TraceID', 'SpanID', 'ProfileID']).not.toContain(k);
    }
  });
});

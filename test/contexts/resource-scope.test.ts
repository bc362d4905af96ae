/**
 * Resource and instrumentation scope contexts, ported from the reference's
 * `ctxresource/resource_test.go` and `ctxscope/scope_test.go` tables.
 */
import { describe, expect, it } from 'vitest';
import { newResource, newScope } from '../../src/core/model.js';
import { CONTEXTS } from '../../src/contexts/index.js';
import { EvalContext } from '../../src/core/eval-context.js';
import type { Value } from '../../src/core/values/types.js';
import { resolve, setVia, testAttributes } from './helpers.js';

function fixture(): EvalContext {
  const ctx = new EvalContext();
  ctx.resource = newResource();
  ctx.resource.attributes = testAttributes();
  ctx.resource.droppedAttributesCount = 10;
  ctx.resourceHolder.schemaUrl = 'https://opentelemetry.io/schemas/1.20.0';
  ctx.scope = newScope();
  ctx.scope.name = 'library';
  ctx.scope.version = 'version';
  ctx.scope.attributes = testAttributes();
  ctx.scope.droppedAttributesCount = 10;
  ctx.scopeHolder.schemaUrl = 'https://opentelemetry.io/schemas/1.21.0';
  return ctx;
}

const rows: { context: 'resource' | 'scope'; path: string; want: Value; value: Value; check: (c: EvalContext) => void }[] = [
  { context: 'resource', path: 'resource.attributes["str"]', want: 'val', value: 'x', check: (c) => expect(c.resource.attributes.get('str')).toBe('x') },
  { context: 'resource', path: 'resource.attributes["arr_bytes"][1]', want: new Uint8Array([2, 3, 4]), value: new Uint8Array([9]), check: (c) => expect((c.resource.attributes.get('arr_bytes') as Value[])[1]).toEqual(new Uint8Array([9])) },
  { context: 'resource', path: 'resource.dropped_attributes_count', want: 10n, value: 11n, check: (c) => expect(c.resource.droppedAttributesCount).toBe(11) },
  { context: 'resource', path: 'resource.schema_url', want: 'https://opentelemetry.io/schemas/1.20.0', value: 'u', check: (c) => expect(c.resourceHolder.schemaUrl).toBe('u') },
  { context: 'resource', path: 'resource.cache["a"]', want: null, value: 'b', check: (c) => expect(c.cache.get('a')).toBe('b') },
  { context: 'scope', path: 'scope.name', want: 'library', value: 'lib2', check: (c) => expect(c.scope.name).toBe('lib2') },
  { context: 'scope', path: 'instrumentation_scope.version', want: 'version', value: 'v2', check: (c) => expect(c.scope.version).toBe('v2') },
  { context: 'scope', path: 'scope.attributes["map"]["original"]', want: 'map', value: 'm2', check: (c) => expect(c.scope.attributes.get('map')).toEqual(new Map([['original', 'm2']])) },
  { context: 'scope', path: 'scope.dropped_attributes_count', want: 10n, value: 12n, check: (c) => expect(c.scope.droppedAttributesCount).toBe(12) },
  { context: 'scope', path: 'scope.schema_url', want: 'https://opentelemetry.io/schemas/1.21.0', value: 's', check: (c) => expect(c.scopeHolder.schemaUrl).toBe('s') },
  { context: 'scope', path: 'resource.schema_url', want: 'https://opentelemetry.io/schemas/1.20.0', value: 'r', check: (c) => expect(c.resourceHolder.schemaUrl).toBe('r') },
  { context: 'scope', path: 'scope.cache["k"]', want: null, value: 1n, check: (c) => expect(c.cache.get('k')).toBe(1n) },
];

describe('resource and scope context paths', () => {
  it.each(rows)('$context: $path', ({ context, path: p, want, value, check }) => {
    const ctx = fixture();
    const acc = resolve(context, p);
    expect(acc.get(ctx)).toStrictEqual(want);
    setVia(acc, ctx, value);
    check(ctx);
    expect(acc.get(ctx)).toStrictEqual(value);
  });

  it('resolves legacy unprefixed paths against the own context', () => {
    const ctx = fixture();
    expect(resolve('resource', 'attributes["str"]', { legacy: true }).get(ctx)).toBe('val');
    expect(resolve('scope', 'name', { legacy: true }).get(ctx)).toBe('library');
    expect(resolve('scope', 'resource.attributes["int"]', { legacy: true }).get(ctx)).toBe(10n);
  });

  it('only reaches the cache through the statement context, instrumentation_scope included', () => {
    expect(() => resolve('scope', 'resource.cache')).toThrow('please replace "resource.cache" with "scope.cache"');
    expect(() => resolve('scope', 'instrumentation_scope.cache')).toThrow(
      'please replace "instrumentation_scope.cache" with "scope.cache"',
    );
  });

  it('has no enums', () => {
    expect(CONTEXTS.get('resource')?.enums.size).toBe(0);
    expect(CONTEXTS.get('scope')?.enums.size).toBe(0);
  });

  it('rejects paths of lower contexts', () => {
    expect(() => resolve('resource', 'scope.name')).toThrow(
      'segment "scope" from path "scope.name" is not a valid path nor a valid OTTL keyword for the resource context',
    );
  });
});

/**
 * Key chains, nested creation, conversions on write and live reads (the reference's
 * `ctxutil/map_test.go`, `slice_test.go` and `value.go` behaviour), exercised through the log
 * context's attributes and cache.
 */
import { describe, expect, it } from 'vitest';
import { newLogRecord } from '../../src/core/model.js';
import { CONTEXTS } from '../../src/contexts/index.js';
import type { PathRequest } from '../../src/contexts/types.js';
import { OttlRuntimeError } from '../../src/core/errors.js';
import { EvalContext } from '../../src/core/eval-context.js';
import { OttlDuration, OttlTime, TraceID, type Value, type ValueMap } from '../../src/core/values/types.js';
import { resolve, setVia, testAttributes, type DynamicKey } from './helpers.js';

function fixture(): { ctx: EvalContext; attrs: ValueMap } {
  const ctx = new EvalContext();
  ctx.log = newLogRecord();
  ctx.log.attributes = testAttributes();
  return { ctx, attrs: ctx.log.attributes };
}

const dynamic: Record<string, DynamicKey> = {
  zero: () => 0n,
  two: () => 2n,
  str: () => 'str',
  k: () => 'k',
};

describe('reading through keys', () => {
  it.each<[string, Value]>([
    ['attributes["str"]', 'val'],
    ['attributes["missing"]', null],
    ['attributes["missing"]["deeper"][0]', null],
    ['attributes["pMap"]["missing"]', null],
    ['attributes["pMap"]["original"]', 'map'],
    ['attributes["arr_str"][1]', 'two'],
    ['attributes["slice"][0]["map"]', 1n],
    ['attributes[$str]', 'val'],
    ['attributes["arr_int"][$zero]', 2n],
  ])('%s reads %o', (p, want) => {
    const { ctx } = fixture();
    expect(resolve('log', `log.${p}`, { dynamic }).get(ctx)).toStrictEqual(want);
  });

  it.each([
    ['attributes["str"]["x"]', 'type Str does not support string indexing'],
    ['attributes["int"][0]', 'type Int does not support string indexing'],
    ['attributes["pMap"][0]', 'unable to resolve a string index in map: invalid key type'],
    ['attributes[0]', 'cannot get map value: unable to resolve a string index in map: invalid key type'],
    ['attributes[$zero]', "cannot get map value: unable to resolve a string index in map: could not resolve key for map/slice, expecting 'string' but got 'int64'"],
    ['attributes["arr_str"]["a"]', 'unable to resolve an integer index in slice: invalid key type'],
    ['attributes["arr_str"][$str]', "unable to resolve an integer index in slice: could not resolve key for map/slice, expecting 'int64' but got 'string'"],
    ['attributes["arr_str"][2]', 'index 2 out of bounds'],
    ['attributes["arr_str"][-1]', 'index -1 out of bounds'],
  ])('%s fails: %s', (p, message) => {
    const { ctx } = fixture();
    expect(() => resolve('log', `log.${p}`, { dynamic }).get(ctx)).toThrow(new OttlRuntimeError(message));
  });

  it('returns live references that editors mutate in place', () => {
    const { ctx, attrs } = fixture();
    const m = resolve('log', 'log.attributes["pMap"]').get(ctx) as ValueMap;
    m.set('added', 1n);
    expect((attrs.get('pMap') as ValueMap).get('added')).toBe(1n);
    const list = resolve('log', 'log.attributes["arr_int"]').get(ctx) as Value[];
    expect(list).toBe(attrs.get('arr_int'));
  });

  it('treats __proto__ as an ordinary key', () => {
    const { ctx, attrs } = fixture();
    const acc = resolve('log', 'log.attributes["__proto__"]');
    expect(acc.get(ctx)).toBeNull();
    setVia(acc, ctx, 'polluted?');
    expect(attrs.get('__proto__')).toBe('polluted?');
    expect(() => setVia(resolve('log', 'log.attributes["__proto__"]["x"]'), ctx, 1n)).toThrow(
      'type Str does not support string indexing',
    );
    setVia(resolve('log', 'log.cache["__proto__"]["x"]'), ctx, 1n);
    expect(ctx.cache.get('__proto__')).toEqual(new Map([['x', 1n]]));
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('writing through keys', () => {
  it.each<[string, Value, (a: ValueMap) => void]>([
    ['attributes["new"]', 'v', (a) => expect(a.get('new')).toBe('v')],
    ['attributes["new"]["a"]["b"]', 'v', (a) => expect(a.get('new')).toEqual(new Map([['a', new Map([['b', 'v']])]]))],
    ['attributes["new"][2]', 'v', (a) => expect(a.get('new')).toEqual([null, null, 'v'])],
    ['attributes["new"][0]', 1n, (a) => expect(a.get('new')).toEqual([1n])],
    ['attributes["new"]["a"][1]["b"]', true, (a) => expect(a.get('new')).toEqual(new Map([['a', [null, new Map([['b', true]])]]]))],
    ['attributes["new"][$two]', 'v', (a) => expect(a.get('new')).toEqual([null, null, 'v'])],
    ['attributes["new"][$k]', 'v', (a) => expect(a.get('new')).toEqual(new Map([['k', 'v']]))],
    ['attributes["pMap"]["added"]', 2.5, (a) => expect(a.get('pMap')).toEqual(new Map<string, Value>([['original', 'map'], ['added', 2.5]]))],
    ['attributes["arr_str"][0]', 'zero', (a) => expect(a.get('arr_str')).toEqual(['zero', 'two'])],
    ['attributes["slice"][0]["new"]', 'n', (a) => expect(a.get('slice')).toEqual([new Map<string, Value>([['map', 1n], ['new', 'n']])])],
  ])('%s = %o', (p, value, check) => {
    const { ctx, attrs } = fixture();
    setVia(resolve('log', `log.${p}`, { dynamic }), ctx, value);
    check(attrs);
  });

  it.each([
    ['attributes["str"]["x"]', 'type Str does not support string indexing'],
    ['attributes["arr_str"][5]', 'index 5 out of bounds'],
    ['attributes[1]', 'cannot set map value: unable to resolve a string index in map: invalid key type'],
    ['attributes["pMap"][0]', 'unable to resolve a string index in map: invalid key type'],
  ])('%s fails: %s', (p, message) => {
    const { ctx } = fixture();
    expect(() => setVia(resolve('log', `log.${p}`), ctx, 'x')).toThrow(new OttlRuntimeError(message));
  });

  it.each<[string, Value, Value]>([
    ['time', new OttlTime(5n), null],
    ['duration', new OttlDuration(5n), null],
    ['trace id', new TraceID(new Uint8Array(16)), null],
    ['nil', null, null],
    ['list with a time', ['a', new OttlTime(1n), [new OttlDuration(1n)]], ['a', null, [null]]],
  ])('stores a %s as the empty value', (_name, value, stored) => {
    const { ctx, attrs } = fixture();
    setVia(resolve('log', 'log.attributes["str"]'), ctx, value);
    expect(attrs.get('str')).toStrictEqual(stored);
  });

  it('deep-copies maps, lists and bytes on write', () => {
    const { ctx, attrs } = fixture();
    const src = new Map<string, Value>([['inner', new Map<string, Value>([['x', 1n]])], ['list', [1n]]]);
    const bytes = new Uint8Array([1]);
    setVia(resolve('log', 'log.attributes["copy"]'), ctx, src);
    setVia(resolve('log', 'log.attributes["b"]'), ctx, bytes);
    (src.get('inner') as ValueMap).set('x', 2n);
    (src.get('list') as Value[]).push(2n);
    bytes[0] = 9;
    expect(attrs.get('copy')).toEqual(new Map<string, Value>([['inner', new Map([['x', 1n]])], ['list', [1n]]]));
    expect(attrs.get('b')).toEqual(new Uint8Array([1]));
  });

  it('copies a map into a key of itself without creating a cycle', () => {
    const { ctx, attrs } = fixture();
    setVia(resolve('log', 'log.attributes["self"]'), ctx, attrs);
    const self = attrs.get('self') as ValueMap;
    expect(self).not.toBe(attrs);
    expect(self.has('self')).toBe(false);
    expect(self.get('str')).toBe('val');
  });

  it('replaces a whole map with a copy, rejects non-maps, and empties on nil', () => {
    const { ctx, attrs } = fixture();
    const acc = resolve('log', 'log.attributes');
    setVia(acc, ctx, attrs);
    expect(attrs.get('str')).toBe('val');
    expect(() => setVia(acc, ctx, 'not a map')).toThrow('unsupported type provided for setting a pcommon.Map: string');
    expect(attrs.get('str')).toBe('val');
    const src = new Map<string, Value>([['only', ['x']]]);
    setVia(acc, ctx, src);
    expect([...attrs.keys()]).toEqual(['only']);
    expect(attrs.get('only')).not.toBe(src.get('only'));
    setVia(acc, ctx, null);
    expect(attrs.size).toBe(0);
  });

  it('specialises a literal key to a direct lookup and still creates the key', () => {
    const { ctx, attrs } = fixture();
    const acc = resolve('log', 'log.attributes["fresh"]');
    setVia(acc, ctx, null);
    expect(attrs.has('fresh')).toBe(true);
    expect(acc.get(ctx)).toBeNull();
  });
});

describe('resolution', () => {
  const span = { start: 0, end: 1 };
  const neverEvaluated = (): never => {
    throw new Error('a literal key must not be evaluated per record');
  };

  it('uses literal keys directly instead of evaluating them per record', () => {
    const { ctx, attrs } = fixture();
    const req: PathRequest = {
      prefix: 'log',
      segments: [{ name: 'attributes', keys: [{ constant: 'str', get: neverEvaluated, span }], span }],
      span,
    };
    const acc = CONTEXTS.get('log')?.resolvePath(req);
    expect(acc?.get(ctx)).toBe('val');
    acc?.set?.(ctx, 'new');
    expect(attrs.get('str')).toBe('new');
  });

  it('reports an unknown explicit prefix at the prefix', () => {
    const req: PathRequest = {
      prefix: 'foo',
      segments: [{ name: 'bar', keys: [], span: { start: 4, end: 7 } }],
      span: { start: 0, end: 7 },
    };
    expect(() => CONTEXTS.get('log')?.resolvePath(req)).toThrow(
      'segment "foo" from path "foo.bar" is not a valid path nor a valid OTTL keyword for the log context',
    );
    try {
      CONTEXTS.get('log')?.resolvePath(req);
    } catch (e) {
      expect((e as { span: unknown }).span).toEqual({ start: 0, end: 3 });
    }
  });

  it('quotes the original text the compiler provides', () => {
    const req: PathRequest = {
      prefix: 'log',
      segments: [{ name: 'nope', keys: [], span: { start: 4, end: 8 } }],
      span: { start: 0, end: 8 },
      originalText: 'log.nope',
    };
    expect(() => CONTEXTS.get('log')?.resolvePath(req)).toThrow('from path "log.nope"');
  });
});

import { CompileError } from '../../src/compiler/errors.js';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Compiler } from '../../src/compiler/compiler.js';
import { Concat } from '../../src/functions/concat.js';
import { Filter } from '../../src/functions/filter.js';
import { IsString } from '../../src/functions/is_string.js';
import { limit } from '../../src/functions/limit.js';
import { replace_pattern } from '../../src/functions/replace_pattern.js';
import { SHA256 } from '../../src/functions/sha256.js';
import { set } from '../../src/functions/set.js';
import { ArgumentError, defineFunction, getLiteralValue, type AnyFunctionDefinition, type ParamKind } from '../../src/functions/signature.js';
import type { Getter } from '../../src/core/getters.js';
import { parseValueExpression } from '../../src/parser/parse.js';
import { formatFloat, quoteString } from '../../src/parser/print.js';
import { CONTEXTS } from '../../src/contexts/index.js';
import { EvalContext } from '../../src/core/eval-context.js';
import { OttlRuntimeError } from '../../src/core/errors.js';
import { newLogRecord, newSpan } from '../../src/core/model.js';
import {
  callEditor,
  callFunction,
  compileFunction,
  contextNameOf,
  dynamic,
  evalContext,
  lambda,
  pathBox,
  valueArb,
} from '../../src/testing/index.js';
import { INT64_MIN, type Value } from '../../src/core/values/types.js';

const GETTER_KINDS: ParamKind[] = [
  'any',
  'string',
  'int',
  'float',
  'bool',
  'map',
  'slice',
  'time',
  'duration',
  'stringLike',
  'intLike',
  'floatLike',
  'boolLike',
  'bytesLike',
];

/** `Probe(x)`: returns its argument as the declared kind delivers it. */
function probe(kind: ParamKind): AnyFunctionDefinition {
  return defineFunction({
    name: 'Probe',
    kind: 'converter',
    description: 'test probe',
    params: [{ name: 'x', kind }],
    create: ({ x }) => (ctx) => (x as Getter<Value>)(ctx),
  });
}

/** The compiler's result for `Probe(log.cache["v"])` with `v` in the cache: a value or an error message. */
function viaCompiler(kind: ParamKind, v: Value, argText = 'log.cache["v"]', def = probe(kind)): { value: Value } | { error: string } {
  const compiler = new Compiler({
    context: CONTEXTS.get('log')!,
    functions: new Map([['Probe', def]]),
    requirePathPrefix: false,
    allowLambdas: true,
  });
  const parsed = parseValueExpression(`Probe(${argText})`);
  if (!parsed.ok) throw new Error('probe does not parse');
  const get = compiler.value(parsed.ast).get;
  const ctx = evalContext({ log: newLogRecord() });
  ctx.cache.set('v', v);
  return outcome(() => get(ctx));
}

function outcome(run: () => Value): { value: Value } | { error: string } {
  try {
    return { value: run() };
  } catch (e) {
    if (!(e instanceof OttlRuntimeError)) throw e;
    return { error: e.message };
  }
}

describe('callFunction wraps arguments as the compiler does', () => {
  it.each(GETTER_KINDS)('a %s parameter checks and converts like the compiled argument', (kind) => {
    const def = probe(kind);
    fc.assert(
      fc.property(valueArb({ maxDepth: 2 }), (v) => {
        expect(outcome(() => callFunction(def, { x: dynamic(v) }))).toEqual(viaCompiler(kind, v));
      }),
      { numRuns: 60 },
    );
  });

  /** A scalar written as an OTTL literal. */
  const literalText = (v: Value): string =>
    v === null ? 'nil' : typeof v === 'string' ? quoteString(v) : typeof v === 'number' ? formatFloat(v) : String(v);
  // -0 has no literal form. INT64_MIN is left out because the parser currently rejects
  // `-9223372036854775808` as out of range (reported; the reference accepts it).
  const scalarArb = valueArb({ maxDepth: 0, kinds: ['nil', 'string', 'int64', 'float64', 'bool'], finite: true }).filter(
    (v) => !Object.is(v, -0) && v !== INT64_MIN,
  );

  it.each(GETTER_KINDS)('a literal for a %s parameter is checked, and marked literal, like the compiled one', (kind) => {
    /** Returns the argument's value, noting whether create saw it as a literal. */
    const marking = (seen: boolean[]) =>
      defineFunction({
        name: 'Probe',
        kind: 'converter',
        description: 'test probe',
        params: [{ name: 'x', kind }],
        create: ({ x }) => {
          seen.push(getLiteralValue(x as Getter<Value>) !== undefined);
          return (ctx) => (x as Getter<Value>)(ctx);
        },
      });
    fc.assert(
      fc.property(scalarArb, (v) => {
        const ours: boolean[] = [];
        const theirs: boolean[] = [];
        expect(outcome(() => callFunction(marking(ours), { x: v }))).toEqual(viaCompiler(kind, v, literalText(v), marking(theirs)));
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 40 },
    );
  });

  it('passes a scalar as a literal, visible to getLiteralValue, and a dynamic() value as not one', () => {
    const seen: unknown[] = [];
    const def = defineFunction({
      name: 'Seen',
      kind: 'converter',
      description: 'records literal-ness',
      params: [{ name: 'p', kind: 'string' }],
      create: ({ p }) => {
        seen.push(getLiteralValue(p));
        return () => null;
      },
    });
    callFunction(def, { p: 'abc' });
    callFunction(def, { p: dynamic('abc') });
    expect(seen).toEqual([{ value: 'abc' }, undefined]);
  });

  it('makes a literal of the wrong type a run-time error, as the compiler does', () => {
    const invoke = compileFunction(SHA256, { target: 1n }).invoke;
    expect(() => invoke(new EvalContext())).toThrow(new OttlRuntimeError('expected string but got int64'));
  });

  it('reports an invalid literal regex from create as an ArgumentError naming the parameter', () => {
    const call = () => callEditor(replace_pattern, { target: 'x', regex_pattern: '(?=a)', replacement: 'y' });
    expect(call).toThrow(ArgumentError);
    expect(call).toThrow(expect.objectContaining({ param: 'regex_pattern' }));
  });

  it('boxes a plain value given for a path and returns what the editor wrote', () => {
    expect(callEditor(set, { target: 'old', value: 5n })).toEqual({ $result: null, target: 5n });
    expect(callEditor(replace_pattern, { target: 'a=1 b=2', regex_pattern: '(\\w)=(\\d)', replacement: '$2:$1' }).target).toBe('1:a 2:b');
  });

  it('uses a given GetSetter as the path', () => {
    const box = pathBox(new Map<string, Value>([['a', 1n], ['b', 2n], ['c', 3n]]));
    callEditor(limit, { target: box, limit: 1n, priority_keys: ['c'] });
    expect(box.value).toEqual(new Map([['c', 3n]]));
  });

  it('checks a map path at run time', () => {
    expect(() => callEditor(limit, { target: 'not a map', limit: 1n, priority_keys: [] })).toThrow('expected pcommon.Map but got string');
  });

  it('rejects a literal parameter given the wrong type, naming it', () => {
    expect(() => callEditor(limit, { target: new Map(), limit: 1, priority_keys: [] })).toThrow(
      expect.objectContaining({ name: 'ArgumentError', param: 'limit', message: 'must be a int64 literal' }),
    );
    expect(() => callEditor(limit, { target: new Map(), limit: 1n, priority_keys: 'k' })).toThrow('must be a list literal');
  });

  it('turns a converter definition into a function reference', () => {
    const text = 'application passwd=sensitivedtata otherarg=notsensitive key1 key2';
    const sha = createHash('sha256').update('sensitivedtata').digest('hex');
    const out = callEditor(replace_pattern, {
      target: text,
      regex_pattern: 'passwd\\=([^\\s]*)\\s?',
      replacement: '$1',
      function: SHA256,
      replacement_format: 'passwd=%s',
    });
    expect(out.target).toBe(`application passwd=${sha}otherarg=notsensitive key1 key2`);
  });

  it('accepts lambdas and lists', () => {
    const odd = lambda((_index, v) => typeof v === 'bigint' && v % 2n === 1n);
    expect(callFunction(Filter, { source: [1n, 2n, 3n], predicate: odd })).toEqual([1n, 3n]);
    expect(callFunction(Concat, { vals: ['a', 1n, true], delimiter: '-' })).toBe('a-1-true');
  });

  it('matches CamelCase spellings of parameter names, as OTTL does', () => {
    expect(callEditor(replace_pattern, { target: 'ab', regexPattern: 'b', replacement: 'c' }).target).toBe('ac');
  });

  it('rejects unknown names and missing arguments with the compiler\'s own errors, and non-values', () => {
    expect(() => callFunction(SHA256, { nope: 'x' })).toThrow('error while parsing arguments for call to "SHA256": no such parameter: nope');
    expect(() => callFunction(SHA256, { nope: 'x' })).toThrow(CompileError);
    expect(() => callFunction(SHA256, {})).toThrow('incorrect number of arguments. Expected: 1 Received: 0');
    expect(() => callFunction(IsString, { target: { a: 1 } as unknown as Value })).toThrow('Object is not an OTTL value');
  });

  it('infers the compile context from the record', () => {
    expect(contextNameOf(new EvalContext())).toBe('log');
    expect(contextNameOf(evalContext({ span: newSpan() }))).toBe('span');
  });

  it('supports a property test in a few lines', () => {
    fc.assert(
      fc.property(valueArb(), (v) => callFunction(IsString, { target: v }) === (typeof v === 'string')),
      { numRuns: 100 },
    );
  });
});

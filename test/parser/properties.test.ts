/**
 * Properties of the front end: print → parse round-trips generated ASTs (ignoring spans), the
 * parser never throws on arbitrary or mutated input, and large inputs parse quickly.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type * as A from '../../src/parser/ast.js';
import { parseCondition, parseStatement, parseValueExpression } from '../../src/parser/parse.js';
import { printBool, printStatement, printValue } from '../../src/parser/print.js';

const S = { start: 0, end: 0 };
const KEYWORDS = new Set(['nil', 'not', 'or', 'and', 'true', 'false']);

/** Removes spans so trees from different texts compare equal. */
function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (node instanceof Uint8Array || typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) if (k !== 'span' && k !== 'nameSpan') out[k] = strip(v);
  return out;
}

const lowerName = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/).filter((s) => !KEYWORDS.has(s));
const enumName = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,8}$/);
const converterName = fc.stringMatching(/^[A-Z][A-Za-z0-9_]{0,8}$/);
const functionRefName = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,3}[a-z][A-Za-z0-9_]{0,5}$/);
const codePoint = fc
  .integer({ min: 0, max: 0x10ffff })
  .filter((cp) => cp < 0xd800 || cp > 0xdfff)
  .map((cp) => String.fromCodePoint(cp));
const text = fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: codePoint, maxLength: 6 }));
const INT64 = (1n << 63n) - 1n;

const str = text.map((value): A.StringLiteral => ({ kind: 'string', value, span: S }));
const int = fc.bigInt({ min: -INT64, max: INT64 }).map((value): A.IntLiteral => ({ kind: 'int', value, span: S }));
const float = fc.double({ noNaN: true, noDefaultInfinity: true }).map((value): A.FloatLiteral => ({ kind: 'float', value, span: S }));

const { value, boolExpr, statement } = fc.letrec<{
  value: A.ValueExpr;
  mathOperand: A.ValueExpr;
  math: A.ValueExpr;
  path: A.PathExpr;
  converter: A.ConverterCall;
  key: A.Key;
  argument: A.Argument;
  lambda: A.Lambda;
  boolExpr: A.BoolExpr;
  boolLeaf: A.BoolExpr;
  statement: A.Statement;
}>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    str,
    int,
    float,
    fc.boolean().map((v): A.ValueExpr => ({ kind: 'bool', value: v, span: S })),
    fc.constant<A.ValueExpr>({ kind: 'nil', span: S }),
    fc.uint8Array({ minLength: 1, maxLength: 6 }).map((v): A.ValueExpr => ({ kind: 'bytes', value: v, span: S })),
    enumName.map((name): A.ValueExpr => ({ kind: 'enum', name, span: S })),
    tie('path'),
    tie('converter'),
    fc.array(tie('value'), { maxLength: 3 }).map((items): A.ValueExpr => ({ kind: 'list', items, span: S })),
    fc
      .array(fc.tuple(text, tie('value')), { maxLength: 3 })
      .map((es): A.ValueExpr => ({ kind: 'map', entries: es.map(([key, v]) => ({ kind: 'mapEntry', key, value: v, span: S })), span: S })),
    tie('math'),
  ),
  mathOperand: fc.oneof(
    { depthSize: 'small' },
    int,
    float,
    tie('path'),
    tie('converter'),
    tie('math'),
    fc
      .tuple(fc.constantFrom<'+' | '-'>('+', '-'), fc.oneof(int, float, tie('path'), tie('converter'), tie('math')))
      .map(([op, operand]): A.ValueExpr => ({ kind: 'unary', op, operand, span: S })),
  ),
  math: fc
    .tuple(tie('mathOperand'), fc.constantFrom<A.MathOperator>('+', '-', '*', '/'), tie('mathOperand'))
    .map(([left, op, right]): A.ValueExpr => ({ kind: 'math', op, left, right, span: S })),
  key: fc
    .oneof({ depthSize: 'small' }, str, int, tie('path'), tie('converter'), tie('math'))
    .map((v) => ({ kind: 'key', value: v as A.Key['value'], span: S })),
  path: fc
    .tuple(fc.option(lowerName), fc.array(fc.tuple(lowerName, fc.array(tie('key'), { maxLength: 2 })), { minLength: 1, maxLength: 3 }))
    .map(([context, fs]): A.PathExpr => {
      const fields = fs.map(([name, keys]) => ({ kind: 'field' as const, name, keys, span: S }));
      // Without a context, a key-less first segment followed by '.' would read back as the context.
      if (context === null && fields.length > 1 && fields[0].keys.length === 0) return { kind: 'path', context: fields[0].name, fields: fields.slice(1), span: S };
      return { kind: 'path', context, fields, span: S };
    }),
  converter: fc
    .tuple(converterName, fc.array(tie('argument'), { maxLength: 3 }), fc.array(tie('key'), { maxLength: 2 }))
    .map(([name, args, keys]): A.ConverterCall => ({ kind: 'converter', name, nameSpan: S, args, keys, span: S })),
  argument: fc
    .tuple(
      fc.option(lowerName, { freq: 3 }),
      fc.oneof(
        { depthSize: 'small' },
        tie('value'),
        functionRefName.map((name): A.ArgumentValue => ({ kind: 'functionRef', name, span: S })),
        tie('lambda'),
      ),
    )
    .map(([name, v]): A.Argument => ({ kind: 'argument', name, value: v as A.ArgumentValue, span: S })),
  lambda: fc
    .tuple(fc.array(fc.oneof(lowerName, fc.constant('_')), { maxLength: 2 }), fc.oneof(tie('boolExpr'), tie('value')))
    .map(([ps, body]): A.Lambda => ({
      kind: 'lambda',
      params: ps.map((name) => ({ kind: 'lambdaParam', name, span: S })),
      body: body as A.ValueExpr | A.BoolExpr,
      span: S,
    })),
  boolLeaf: fc.oneof(
    { depthSize: 'small' },
    fc.boolean().map((v): A.BoolExpr => ({ kind: 'bool', value: v, span: S })),
    tie('converter'),
    fc
      .tuple(tie('value'), fc.constantFrom<A.CompareOperator>('==', '!=', '<', '<=', '>', '>='), tie('value'))
      .map(([left, op, right]): A.BoolExpr => ({ kind: 'compare', op, left, right, span: S })),
  ),
  boolExpr: fc.oneof(
    { depthSize: 'small' },
    tie('boolLeaf'),
    fc.array(tie('boolExpr'), { minLength: 2, maxLength: 3 }).map((operands): A.BoolExpr => ({ kind: 'or', operands, span: S })),
    fc.array(tie('boolExpr'), { minLength: 2, maxLength: 3 }).map((operands): A.BoolExpr => ({ kind: 'and', operands, span: S })),
    tie('boolExpr').map((operand): A.BoolExpr => ({ kind: 'not', operand, span: S })),
  ),
  statement: fc
    .tuple(lowerName, fc.array(tie('argument'), { maxLength: 3 }), fc.option(tie('boolExpr')))
    .map(([name, args, where]): A.Statement => ({
      kind: 'statement',
      editor: { kind: 'editor', name, nameSpan: S, args, span: S },
      where,
      span: S,
    })),
}));

const ok = <T>(r: { ok: true; ast: T } | { ok: false; errors: { message: string }[] }): T => {
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.ast;
};

describe('print → parse round trip', () => {
  it('statements', () => {
    fc.assert(
      fc.property(statement, (ast) => {
        expect(strip(ok(parseStatement(printStatement(ast))))).toEqual(strip(ast));
      }),
      { numRuns: 150 },
    );
  });

  it('conditions', () => {
    fc.assert(
      fc.property(boolExpr, (ast) => {
        expect(strip(ok(parseCondition(printBool(ast))))).toEqual(strip(ast));
      }),
      { numRuns: 150 },
    );
  });

  it('values', () => {
    fc.assert(
      fc.property(value, (ast) => {
        expect(strip(ok(parseValueExpression(printValue(ast))))).toEqual(strip(ast));
      }),
      { numRuns: 150 },
    );
  });
});

/** The result is an AST or positioned errors whose spans lie inside the text. */
function wellFormed(text: string, r: ReturnType<typeof parseStatement> | ReturnType<typeof parseCondition>): void {
  if (r.ok) return;
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    expect(typeof e.message).toBe('string');
    expect(e.span.start).toBeGreaterThanOrEqual(0);
    expect(e.span.end).toBeLessThanOrEqual(text.length);
    expect(e.span.start).toBeLessThanOrEqual(e.span.end);
  }
}

const ottlChars = fc.constantFrom(...'()[]{},.:=!<>+-*/"\\_ aZ09x\n'.split(''));

describe('never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: ottlChars, maxLength: 40 })), (t) => {
        wellFormed(t, parseStatement(t));
        wellFormed(t, parseCondition(t));
      }),
      { numRuns: 150 },
    );
  });

  it('on mutated valid statements', () => {
    const mutation = fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'swap'), ottlChars);
    fc.assert(
      fc.property(statement, fc.array(mutation, { minLength: 1, maxLength: 4 }), (ast, muts) => {
        let t = printStatement(ast);
        for (const [pos, op, ch] of muts) {
          const i = t.length === 0 ? 0 : pos % t.length;
          if (op === 'delete') t = t.slice(0, i) + t.slice(i + 1);
          else if (op === 'insert') t = t.slice(0, i) + ch + t.slice(i);
          else t = t.slice(0, i) + t.slice(i + 1, i + 2) + t.slice(i, i + 1) + t.slice(i + 2);
        }
        wellFormed(t, parseStatement(t));
      }),
      { numRuns: 150 },
    );
  });

  it('on deeply nested input', () => {
    const t = 'set(x, ' + '('.repeat(5000) + '1' + ')'.repeat(5000) + ')';
    wellFormed(t, parseStatement(t));
  });
});

describe('performance', () => {
  it('parses a 10 kB statement in well under 100 ms', () => {
    const parts: string[] = [];
    for (let i = 0; parts.join(' or ').length < 10_000; i++) {
      parts.push(`(attributes["k${i}"] == "v${i}" and IsMatch(body, "^x${i}")) or Len(name) > ${i} * 2`);
    }
    const t = `set(attributes["hit"], true) where ${parts.join(' or ')}`;
    expect(t.length).toBeGreaterThanOrEqual(10_000);
    expect(parseStatement(t).ok).toBe(true); // warm-up
    // Best of five, so a busy machine (other test files run in parallel) does not decide the result.
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const r = parseStatement(t);
      best = Math.min(best, performance.now() - start);
      expect(r.ok).toBe(true);
    }
    expect(best).toBeLessThan(100);
  });
});

/**
 * Property: compiling and evaluating a generated arithmetic / boolean expression agrees with a
 * straightforward reference evaluator written here (int64 wrap-around, int/float promotion,
 * division by zero as an error, short-circuit and/or). Comparisons never throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Compiler } from '../../src/compiler/compiler.js';
import { parseCondition, parseValueExpression } from '../../src/parser/parse.js';
import { CONTEXTS } from '../../src/contexts/index.js';
import { EvalContext } from '../../src/core/eval-context.js';
import { OttlRuntimeError } from '../../src/core/errors.js';

type Num = { t: 'int'; v: bigint } | { t: 'float'; v: number };
type Expr = { k: 'lit'; n: Num } | { k: 'bin'; op: '+' | '-' | '*' | '/'; l: Expr; r: Expr };
type Cond =
  | { k: 'cmp'; op: '==' | '!=' | '<' | '<=' | '>' | '>='; l: Expr; r: Expr }
  | { k: 'and' | 'or'; l: Cond; r: Cond }
  | { k: 'not'; c: Cond }
  | { k: 'bool'; v: boolean };

const int64 = fc.oneof(
  fc.bigInt({ min: -1000n, max: 1000n }),
  fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }),
);
const float = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
const num: fc.Arbitrary<Num> = fc.oneof(
  { weight: 3, arbitrary: int64.map((v) => ({ t: 'int' as const, v })) },
  { weight: 1, arbitrary: float.map((v) => ({ t: 'float' as const, v })) },
);
const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    num.map((n) => ({ k: 'lit' as const, n })),
    fc.record({
      k: fc.constant('bin' as const),
      op: fc.constantFrom('+' as const, '-' as const, '*' as const, '/' as const),
      l: tie('expr'),
      r: tie('expr'),
    }),
  ),
}));
const { cond } = fc.letrec<{ cond: Cond }>((tie) => ({
  cond: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      k: fc.constant('cmp' as const),
      op: fc.constantFrom('==' as const, '!=' as const, '<' as const, '<=' as const, '>' as const, '>=' as const),
      l: expr,
      r: expr,
    }),
    fc.boolean().map((v) => ({ k: 'bool' as const, v })),
    fc.record({ k: fc.constantFrom('and' as const, 'or' as const), l: tie('cond'), r: tie('cond') }),
    fc.record({ k: fc.constant('not' as const), c: tie('cond') }),
  ),
}));

function printNum(n: Num): string {
  // Literals are unsigned with a unary minus, so int64's minimum is written as an expression.
  if (n.t === 'int') return n.v === -(1n << 63n) ? '(-9223372036854775807 - 1)' : n.v.toString();
  const s = String(n.v);
  // OTTL floats need a dot and take no exponent without one.
  if (/e/i.test(s)) return n.v.toFixed(20);
  return s.includes('.') ? s : `${s}.0`;
}
const printExpr = (e: Expr): string => (e.k === 'lit' ? printNum(e.n) : `(${printExpr(e.l)} ${e.op} ${printExpr(e.r)})`);
const printCond = (c: Cond): string => {
  switch (c.k) {
    case 'cmp':
      return `${printExpr(c.l)} ${c.op} ${printExpr(c.r)}`;
    case 'bool':
      return String(c.v);
    case 'not':
      return `not (${printCond(c.c)})`;
    default:
      return `(${printCond(c.l)}) ${c.k} (${printCond(c.r)})`;
  }
};

class RefError extends Error {}
const literalValue = (n: Num): Num => (n.t === 'float' ? { t: 'float', v: Number(printNum(n)) } : n);

function evalExpr(e: Expr): Num {
  if (e.k === 'lit') return literalValue(e.n);
  const a = evalExpr(e.l);
  const b = evalExpr(e.r);
  if (a.t === 'int' && b.t === 'int') {
    if (e.op === '/' && b.v === 0n) throw new RefError();
    const r = e.op === '+' ? a.v + b.v : e.op === '-' ? a.v - b.v : e.op === '*' ? a.v * b.v : a.v / b.v;
    return { t: 'int', v: BigInt.asIntN(64, r) };
  }
  const x = Number(a.v);
  const y = Number(b.v);
  if (e.op === '/' && y === 0) throw new RefError();
  return { t: 'float', v: e.op === '+' ? x + y : e.op === '-' ? x - y : e.op === '*' ? x * y : x / y };
}

function compareNums(op: string, a: Num, b: Num): boolean {
  const [x, y] = a.t === 'int' && b.t === 'int' ? [a.v, b.v] : [Number(a.v), Number(b.v)];
  switch (op) {
    case '==':
      return x === y;
    case '!=':
      return x !== y;
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    default:
      return x >= y;
  }
}

function evalCond(c: Cond): boolean {
  switch (c.k) {
    case 'bool':
      return c.v;
    case 'not':
      return !evalCond(c.c);
    case 'and':
      return evalCond(c.l) && evalCond(c.r);
    case 'or':
      return evalCond(c.l) || evalCond(c.r);
    default:
      return compareNums(c.op, evalExpr(c.l), evalExpr(c.r));
  }
}

const compiler = () =>
  new Compiler({ context: CONTEXTS.get('log')!, functions: new Map(), requirePathPrefix: false, allowLambdas: false });

function outcome<T>(f: () => T): { ok: true; v: T } | { ok: false } {
  try {
    return { ok: true, v: f() };
  } catch (e) {
    if (e instanceof RefError || e instanceof OttlRuntimeError) return { ok: false };
    throw e;
  }
}

describe('compiled expressions agree with a reference evaluator', () => {
  it('arithmetic', () => {
    fc.assert(
      fc.property(expr, (e) => {
        const parsed = parseValueExpression(printExpr(e));
        if (!parsed.ok) throw new Error(`${printExpr(e)}: ${parsed.errors[0].message}`);
        const got = outcome(() => compiler().value(parsed.ast).get(new EvalContext()));
        const want = outcome(() => evalExpr(e));
        expect(got.ok).toBe(want.ok);
        if (got.ok && want.ok) {
          if (want.v.t === 'int') expect(got.v).toBe(want.v.v);
          else expect(got.v).toBe(want.v.v);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('conditions, with short-circuit', () => {
    fc.assert(
      fc.property(cond, (c) => {
        const parsed = parseCondition(printCond(c));
        if (!parsed.ok) throw new Error(`${printCond(c)}: ${parsed.errors[0].message}`);
        const got = outcome(() => compiler().condition(parsed.ast)(new EvalContext()));
        const want = outcome(() => evalCond(c));
        expect(got).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });
});

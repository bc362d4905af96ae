/**
 * AST → closures. Everything knowable at compile time is done here, once: path resolution to
 * direct accessors, function lookup and argument binding, enum resolution, constant folding and
 * literal-argument validation (regexes…) inside the functions' factories. Nothing is looked up by
 * name per record.
 */
import type * as ast from '../parser/ast.js';
import type { Invocation, LambdaRef, FunctionRef, Getter } from '../core/getters.js';
import type { EvalContext } from '../core/eval-context.js';
import { runtimeError } from '../core/errors.js';
import { PathError, type CompiledKey, type PathAccessor, type PathSegment } from '../contexts/types.js';
import { compareValues } from '../core/values/compare.js';
import { applyMath, negateValue } from '../core/values/math.js';
import { typeName, type Value, type ValueMap } from '../core/values/types.js';
import { PATH_PREFIX_WORDS, REQUEST_DATA_PREFIX } from '../core/contexts.js';
import { bindArguments } from './bind-args.js';
import { CompileError, suggest, gatedFunction, lambdaNotAllowed, missingContext, unknownEnum, unknownFunction, wrongFunctionKind } from './errors.js';
import { indexChain } from './index-value.js';
import { intern } from './intern.js';
import type { CompileOptions } from './options.js';

/** A compiled statement: `where` (or null) and the editor invocation. */
export interface CompiledStatement {
  readonly condition: Getter<boolean> | null;
  readonly invoke: Invocation;
}

/** A getter together with what the compiler knows about it statically. */
interface Compiled {
  readonly get: Getter<Value>;
  /** Set when the expression is a literal scalar whose value is known now. */
  readonly constant?: { readonly value: Value };
  /** Set for a path to a 32-bit integer field: its Int value as the stored number (see PathAccessor). */
  readonly int32?: Getter<number>;
}

const constantGetter = (literal: Value): Compiled => {
  const value = typeof literal === 'string' ? intern(literal) : literal;
  return { get: () => value, constant: { value } };
};
/** The compiled keys of the many path segments that have none. */
const NO_KEYS: readonly CompiledKey[] = Object.freeze([]);

export class Compiler {
  /** Lambda parameter names in scope, innermost last, each mapped to its slot in `ctx.locals`. */
  private readonly scopes: Map<string, number>[] = [];
  private nextSlot = 0;

  constructor(readonly options: CompileOptions) {}

  statement(node: ast.Statement): CompiledStatement {
    return {
      condition: node.where === null ? null : this.bool(node.where),
      invoke: this.call(node.editor, 'editor'),
    };
  }

  condition(node: ast.BoolExpr): Getter<boolean> {
    return this.bool(node);
  }

  // ---------------------------------------------------------------- conditions

  bool(node: ast.BoolExpr): Getter<boolean> {
    switch (node.kind) {
      case 'bool': {
        const v = node.value;
        return () => v;
      }
      case 'not': {
        const operand = this.bool(node.operand);
        return (ctx) => !operand(ctx);
      }
      case 'and': {
        const ops = node.operands.map((o) => this.bool(o));
        if (ops.length === 2) {
          const [a, b] = ops;
          return (ctx) => a(ctx) && b(ctx);
        }
        return (ctx) => {
          for (const op of ops) if (!op(ctx)) return false;
          return true;
        };
      }
      case 'or': {
        const ops = node.operands.map((o) => this.bool(o));
        if (ops.length === 2) {
          const [a, b] = ops;
          return (ctx) => a(ctx) || b(ctx);
        }
        return (ctx) => {
          for (const op of ops) if (op(ctx)) return true;
          return false;
        };
      }
      case 'compare':
        return this.comparison(node);
      case 'converter': {
        const get = this.value(node).get;
        const name = node.name;
        return (ctx) => {
          const v = get(ctx);
          if (typeof v !== 'boolean') return runtimeError(`value returned from ${name} is not a boolean: ${typeName(v)}`);
          return v;
        };
      }
      default:
        return assertNever(node);
    }
  }

  private comparison(node: ast.Comparison): Getter<boolean> {
    const left = this.value(node.left);
    const right = this.value(node.right);
    const op = node.op;
    if (left.constant && right.constant) {
      const result = compareValues(op, left.constant.value, right.constant.value);
      return () => result;
    }
    const l = left.get;
    // Specialise the common `path OP literal` shapes: same-typed primitives compare natively,
    // everything else goes through the full rules.
    if (right.constant) {
      const c = right.constant.value;
      if (typeof c === 'string' && (op === '==' || op === '!=')) {
        return op === '=='
          ? (ctx) => {
              const v = l(ctx);
              return typeof v === 'string' ? v === c : compareValues('==', v, c);
            }
          : (ctx) => {
              const v = l(ctx);
              return typeof v === 'string' ? v !== c : compareValues('!=', v, c);
            };
      }
      // An int32 field against an Int literal: compare the stored numbers, exact in the safe range.
      if (typeof c === 'bigint' && left.int32 !== undefined && c >= -MAX_SAFE && c <= MAX_SAFE) return int32Comparison(op, left.int32, Number(c));
      if (typeof c === 'bigint') return bigintComparison(op, l, c);
      return (ctx) => compareValues(op, l(ctx), c);
    }
    const r = right.get;
    return (ctx) => compareValues(op, l(ctx), r(ctx));
  }

  // ---------------------------------------------------------------- values

  value(node: ast.ValueExpr): Compiled {
    switch (node.kind) {
      case 'string':
      case 'int':
      case 'float':
      case 'bool':
        return constantGetter(node.value);
      case 'nil':
        return constantGetter(null);
      case 'bytes': {
        const bytes = node.value;
        // A fresh copy each time: bytes are mutable and may be stored.
        return { get: () => bytes.slice() };
      }
      case 'enum':
        return constantGetter(this.enumValue(node));
      case 'path': {
        const accessor = this.path(node);
        return accessor.getInt32 === undefined ? { get: accessor.get } : { get: accessor.get, int32: accessor.getInt32 };
      }
      case 'converter': {
        const invoke = this.call(node, 'converter');
        if (node.keys.length === 0) return { get: invoke };
        const keys = node.keys.map((k) => this.key(k));
        return { get: (ctx) => indexChain(ctx, invoke(ctx), keys) };
      }
      case 'list': {
        const items = node.items.map((i) => this.value(i).get);
        // Built anew per evaluation, as the reference does: callers may keep or change it.
        return { get: (ctx) => items.map((g) => g(ctx)) };
      }
      case 'map': {
        const entries = node.entries.map((e) => [e.key, this.value(e.value).get] as const);
        return {
          get: (ctx) => {
            const m: ValueMap = new Map();
            for (const [k, g] of entries) m.set(k, g(ctx));
            return m;
          },
        };
      }
      case 'math':
        return this.math(node);
      case 'unary':
        return this.unary(node);
      default:
        return assertNever(node);
    }
  }

  /** `-x` negates an int64 (wrapping) or a float64; `+x` only checks that x is a number. */
  private unary(node: ast.UnaryMathExpr): Compiled {
    const operand = this.value(node.operand);
    const apply =
      node.op === '-'
        ? negateValue
        : (v: Value): Value =>
            typeof v === 'bigint' || typeof v === 'number' ? v : runtimeError(`unsupported unary plus operation on type ${typeName(v)}`);
    if (operand.constant) {
      try {
        return constantGetter(apply(operand.constant.value));
      } catch {
        /* reported per record */
      }
    }
    const get = operand.get;
    return { get: (ctx) => apply(get(ctx)) };
  }

  private math(node: ast.MathExpr): Compiled {
    const left = this.value(node.left);
    const right = this.value(node.right);
    const op = node.op;
    if (left.constant && right.constant) {
      // Fold constants, unless folding fails: then the error belongs to run time, like the reference.
      try {
        return constantGetter(applyMath(op, left.constant.value, right.constant.value));
      } catch {
        /* evaluated (and reported) per record */
      }
    }
    const l = left.get;
    const r = right.get;
    return { get: (ctx) => applyMath(op, l(ctx), r(ctx)) };
  }

  private enumValue(node: ast.EnumSymbol): bigint {
    const v = this.options.context.enums.get(node.name);
    if (v === undefined) throw unknownEnum(node.name, node.span, this.options.context.enums.keys());
    return v;
  }

  // ---------------------------------------------------------------- paths

  /** Resolves a path to an accessor (lambda parameters first, then the context). */
  path(node: ast.PathExpr): PathAccessor {
    let prefix = node.context;
    let fields = node.fields;
    if (prefix !== null && !PATH_PREFIX_WORDS.has(prefix)) {
      // `status.code`: the first segment was a field, not a context.
      fields = [{ kind: 'field', name: prefix, keys: [], span: node.span }, ...fields];
      prefix = null;
    }
    if (prefix === null) {
      const local = this.lambdaParameter(fields);
      if (local) return local;
      if (this.options.requirePathPrefix) throw missingContext(node.span, this.options.context.prefixes, pathText(fields), fields.length === 1 && fields[0].keys.length === 0);
    }
    if (prefix === REQUEST_DATA_PREFIX && this.options.allowOtelcol === false) {
      throw new CompileError('OTTL `otelcol` context requires the `ottl.contexts.enableOTelColContext` feature gate to be enabled', node.span);
    }
    const segments: PathSegment[] = fields.map((f) => ({
      name: f.name,
      keys: f.keys.length === 0 ? NO_KEYS : f.keys.map((k) => this.key(k)),
      span: f.span,
    }));
    try {
      return this.options.context.resolvePath({ prefix, segments, span: node.span });
    } catch (e) {
      if (e instanceof PathError) {
        throw new CompileError(e.message, e.span, e.unknownSegment ? 'unknown-path' : 'path', e.unknownSegment ? this.pathSuggestions(prefix, fields) : []);
      }
      throw e;
    }
  }

  /** The context's closest path to a misspelt one, compared without keys (`log.severity` → `log.severity_number`). */
  private pathSuggestions(prefix: string | null, fields: readonly ast.PathField[]): string[] {
    const written = [...(prefix === null ? [] : [prefix]), ...fields.map((f) => f.name)].join('.');
    const own = `${this.options.context.name}.`;
    const names = new Set<string>();
    for (const p of this.options.context.paths) {
      const bare = p.replace(/\[\]$/, '');
      if (prefix !== null) names.add(bare);
      else if (bare.startsWith(own)) names.add(bare.slice(own.length));
    }
    return suggest(written, names);
  }

  private lambdaParameter(fields: readonly ast.PathField[]): PathAccessor | undefined {
    if (fields.length !== 1) return undefined;
    const [field] = fields;
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const slot = this.scopes[i].get(field.name);
      if (slot === undefined) continue;
      const keys = field.keys.map((k) => this.key(k));
      if (keys.length === 0) return { get: (ctx) => ctx.locals[slot] ?? null };
      return { get: (ctx) => indexChain(ctx, ctx.locals[slot] ?? null, keys) };
    }
    return undefined;
  }

  key(node: ast.Key): CompiledKey {
    const v = node.value;
    if (v.kind === 'string' || v.kind === 'int') {
      const constant = typeof v.value === 'string' ? intern(v.value) : v.value;
      return { constant, get: () => constant, span: node.span };
    }
    // The key's user checks the type: a map wants a string, a slice an int64, and each reports
    // its own error (the reference's wording differs between the two).
    return { constant: undefined, get: this.value(v).get, span: node.span };
  }

  // ---------------------------------------------------------------- calls

  /** Compiles an editor or converter call (without the converter's index keys). */
  call(node: ast.EditorInvocation | ast.ConverterCall, expected: 'editor' | 'converter'): Invocation {
    const def = this.options.functions.get(node.name);
    if (def === undefined) {
      const gate = this.options.gatedFunctions?.get(node.name);
      if (gate !== undefined) throw gatedFunction(node.name, gate, node.nameSpan);
      throw unknownFunction(node.name, node.nameSpan, this.namesOfKind(expected));
    }
    if (def.kind !== expected) throw wrongFunctionKind(node.name, expected, node.nameSpan);
    return bindArguments(this, def, node);
  }

  private *namesOfKind(kind: 'editor' | 'converter'): Iterable<string> {
    for (const [name, def] of this.options.functions) if (def.kind === kind) yield name;
  }

  /** A converter passed by name; called with plain values at run time. */
  functionRef(name: string, span: ast.SourceSpan): FunctionRef {
    const def = this.options.functions.get(name);
    if (def === undefined) throw unknownFunction(name, span, this.namesOfKind('converter'));
    if (def.kind !== 'converter') throw wrongFunctionKind(name, 'converter', span);
    // Compiled once per arity, on first use: the arguments are read from fresh lambda slots.
    const byArity = new Map<number, { invoke: Invocation; slots: number[] }>();
    const compileFor = (arity: number) => {
      const slots = Array.from({ length: arity }, () => this.nextSlot++);
      const names = slots.map((_, i) => `$arg${i}`);
      const args: ast.Argument[] = names.map((n) => ({
        kind: 'argument',
        name: null,
        value: { kind: 'path', context: null, fields: [{ kind: 'field', name: n, keys: [], span }], span },
        span,
      }));
      this.scopes.push(new Map(names.map((n, i) => [n, slots[i]] as const)));
      try {
        const invoke = bindArguments(this, def, { kind: 'converter', name, nameSpan: span, args, keys: [], span });
        return { invoke, slots };
      } finally {
        this.scopes.pop();
      }
    };
    return {
      name,
      call: (ctx, values) => {
        let compiled = byArity.get(values.length);
        if (compiled === undefined) {
          compiled = compileFor(values.length);
          byArity.set(values.length, compiled);
        }
        const { invoke, slots } = compiled;
        const saved = slots.map((s) => ctx.locals[s]);
        slots.forEach((s, i) => (ctx.locals[s] = values[i]));
        try {
          return invoke(ctx);
        } finally {
          slots.forEach((s, i) => (ctx.locals[s] = saved[i] ?? null));
        }
      },
    };
  }

  /** A lambda argument: parameters become slots in `ctx.locals`. */
  lambda(node: ast.Lambda): LambdaRef {
    if (!this.options.allowLambdas) throw lambdaNotAllowed(node.span);
    const slots = node.params.map(() => this.nextSlot++);
    const scope = new Map<string, number>();
    node.params.forEach((p, i) => {
      if (p.name !== '_') scope.set(p.name, slots[i]);
    });
    this.scopes.push(scope);
    let body: Getter<Value>;
    try {
      body = isBoolExpr(node.body) ? this.bool(node.body) : this.value(node.body as ast.ValueExpr).get;
    } finally {
      this.scopes.pop();
    }
    const call = (ctx: EvalContext, args: readonly Value[]) => {
      const locals = ctx.locals;
      const saved = slots.map((s) => locals[s]);
      for (let i = 0; i < slots.length; i++) locals[slots[i]] = i < args.length ? args[i] : null;
      try {
        return body(ctx);
      } finally {
        for (let i = 0; i < slots.length; i++) locals[slots[i]] = saved[i];
      }
    };
    return Object.assign(call, { arity: node.params.length });
  }
}

function isBoolExpr(node: ast.ValueExpr | ast.BoolExpr): node is ast.BoolExpr {
  return node.kind === 'or' || node.kind === 'and' || node.kind === 'not' || node.kind === 'compare';
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function int32Comparison(op: ast.CompareOperator, get: Getter<number>, c: number): Getter<boolean> {
  switch (op) {
    case '==':
      return (ctx) => get(ctx) === c;
    case '!=':
      return (ctx) => get(ctx) !== c;
    case '<':
      return (ctx) => get(ctx) < c;
    case '<=':
      return (ctx) => get(ctx) <= c;
    case '>':
      return (ctx) => get(ctx) > c;
    case '>=':
      return (ctx) => get(ctx) >= c;
    default:
      return assertNever(op);
  }
}

function bigintComparison(op: ast.CompareOperator, l: Getter<Value>, c: bigint): Getter<boolean> {
  const slow = (v: Value) => compareValues(op, v, c);
  switch (op) {
    case '==':
      return (ctx) => {
        const v = l(ctx);
        return typeof v === 'bigint' ? v === c : slow(v);
      };
    case '!=':
      return (ctx) => {
        const v = l(ctx);
        return typeof v === 'bigint' ? v !== c : slow(v);
      };
    case '<':
      return (ctx) => {
        const v = l(ctx);
        return typeof v === 'bigint' ? v < c : slow(v);
      };
    case '<=':
      return (ctx) => {
        const v = l(ctx);
        return typeof v === 'bigint' ? v <= c : slow(v);
      };
    case '>':
      return (ctx) => {
        const v = l(ctx);
        return typeof v === 'bigint' ? v > c : slow(v);
      };
    case '>=':
      return (ctx) => {
        const v = l(ctx);
        return typeof v === 'bigint' ? v >= c : slow(v);
      };
    default:
      return assertNever(op);
  }
}

export function assertNever(x: never): never {
  throw new Error(`unexpected node: ${JSON.stringify(x)}`);
}

/** A path's fields as the reference prints them in errors: `name[key]…` with string keys unquoted. */
function pathText(fields: readonly ast.PathField[]): string {
  return fields
    .map((f) => f.name + f.keys.map((k) => `[${k.value.kind === 'string' || k.value.kind === 'int' ? String(k.value.value) : '…'}]`).join(''))
    .join('.');
}

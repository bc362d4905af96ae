/**
 * A compact S-expression rendering of the AST for test goldens, e.g.
 * `(set (path attributes["a"]) 1) where (== (path @span name) "x")`.
 * Context names are marked with `@`; floats always show a dot; named arguments are `name=value`.
 */
import type * as A from './ast.js';
import { formatFloat, quoteString } from './print.js';

type Any = A.ValueExpr | A.BoolExpr | A.FunctionReference | A.Lambda;

/** Renders a statement. */
export function sexprStatement(s: A.Statement): string {
  const head = `(${[s.editor.name, ...s.editor.args.map(arg)].join(' ')})`;
  return s.where ? `${head} where ${sexpr(s.where)}` : head;
}

function arg(a: A.Argument): string {
  return a.name === null ? sexpr(a.value) : `${a.name}=${sexpr(a.value)}`;
}

function keys(ks: readonly A.Key[]): string {
  return ks.map((k) => `[${sexpr(k.value)}]`).join('');
}

/** Renders any expression node. */
export function sexpr(n: Any): string {
  switch (n.kind) {
    case 'string':
      return quoteString(n.value);
    case 'int':
      return n.value.toString();
    case 'float':
      return formatFloat(n.value);
    case 'bool':
      return String(n.value);
    case 'nil':
      return 'nil';
    case 'bytes':
      return '0x' + Array.from(n.value, (b) => b.toString(16).padStart(2, '0')).join('');
    case 'enum':
      return n.name;
    case 'path':
      return `(path ${n.context !== null ? '@' + n.context + ' ' : ''}${n.fields.map((f) => f.name + keys(f.keys)).join(' ')})`;
    case 'converter':
      return `(${[n.name, ...n.args.map(arg)].join(' ')})${keys(n.keys)}`;
    case 'list':
      return `(list${n.items.map((i) => ' ' + sexpr(i)).join('')})`;
    case 'map':
      return `(map${n.entries.map((e) => ` ${quoteString(e.key)}:${sexpr(e.value)}`).join('')})`;
    case 'math':
      return `(${n.op} ${sexpr(n.left)} ${sexpr(n.right)})`;
    case 'unary':
      return `(${n.op === '-' ? 'neg' : 'pos'} ${sexpr(n.operand)})`;
    case 'functionRef':
      return `(fn ${n.name})`;
    case 'lambda':
      return `(lambda (${n.params.map((p) => p.name).join(' ')}) ${sexpr(n.body)})`;
    case 'or':
    case 'and':
      return `(${n.kind} ${n.operands.map(sexpr).join(' ')})`;
    case 'not':
      return `(not ${sexpr(n.operand)})`;
    case 'compare':
      return `(${n.op} ${sexpr(n.left)} ${sexpr(n.right)})`;
    default: {
      const never: never = n;
      return never;
    }
  }
}

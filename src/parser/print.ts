/**
 * AST → canonical OTTL text, with the fewest parentheses the precedence needs, strings
 * re-escaped Go-style and floats always written with a dot. `parse(print(ast))` gives back `ast`
 * (ignoring spans) for every AST the parser can produce.
 */
import type * as A from './ast.js';

/** Quotes a string with Go escapes (`\"`, `\\`, `\n`, `\t`, …, `\u00XX` for other controls). */
export function quoteString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    switch (ch) {
      case '"':
        out += '\\"';
        break;
      case '\\':
        out += '\\\\';
        break;
      case '\n':
        out += '\\n';
        break;
      case '\r':
        out += '\\r';
        break;
      case '\t':
        out += '\\t';
        break;
      case '\x07':
        out += '\\a';
        break;
      case '\b':
        out += '\\b';
        break;
      case '\f':
        out += '\\f';
        break;
      case '\v':
        out += '\\v';
        break;
      default:
        if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c === 0x2028 || c === 0x2029) {
          out += '\\u' + c.toString(16).padStart(4, '0');
        } else if (c >= 0xd800 && c <= 0xdfff) {
          out += '\\uFFFD'; // a lone surrogate has no UTF-8 form
        } else {
          out += ch;
        }
    }
  }
  return out + '"';
}

/** A float in a form the lexer reads back as the same float (always with a dot). */
export function formatFloat(v: number): string {
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  const s = String(Math.abs(v));
  const [mant, exp] = s.split('e');
  const m = mant.includes('.') ? mant : mant + '.0';
  return sign + (exp === undefined ? m : `${m}e${exp}`);
}

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

/** Prints a statement. */
export function printStatement(s: A.Statement): string {
  const head = `${s.editor.name}(${s.editor.args.map(printArgument).join(', ')})`;
  return s.where ? `${head} where ${printBool(s.where)}` : head;
}

/** Prints a condition (boolean expression). */
export function printBool(b: A.BoolExpr): string {
  switch (b.kind) {
    case 'or':
      return b.operands.map((o) => (o.kind === 'or' ? `(${printBool(o)})` : printBool(o))).join(' or ');
    case 'and':
      return b.operands.map((o) => (o.kind === 'or' || o.kind === 'and' ? `(${printBool(o)})` : printBool(o))).join(' and ');
    case 'not':
      return b.operand.kind === 'or' || b.operand.kind === 'and' || b.operand.kind === 'not'
        ? `not (${printBool(b.operand)})`
        : `not ${printBool(b.operand)}`;
    case 'compare':
      return `${printValue(b.left)} ${b.op} ${printValue(b.right)}`;
    case 'bool':
      return String(b.value);
    case 'converter':
      return printValue(b);
    default: {
      const never: never = b;
      return never;
    }
  }
}

function printArgument(a: A.Argument): string {
  const v = a.value;
  const text = v.kind === 'functionRef' ? v.name : v.kind === 'lambda' ? printLambda(v) : printValue(v);
  return a.name === null ? text : `${a.name} = ${text}`;
}

function printLambda(l: A.Lambda): string {
  const params = l.params.map((p) => p.name).join(', ');
  return `(${params}) => ${isBool(l.body) ? printBool(l.body) : printValue(l.body as A.ValueExpr)}`;
}

function isBool(e: A.ValueExpr | A.BoolExpr): e is A.BoolExpr {
  return e.kind === 'or' || e.kind === 'and' || e.kind === 'not' || e.kind === 'compare';
}

const PREC: Record<A.MathOperator, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };

function mathPrec(e: A.ValueExpr): number {
  return e.kind === 'math' ? PREC[e.op] : 3;
}

/** Prints a value expression. */
export function printValue(v: A.ValueExpr): string {
  switch (v.kind) {
    case 'string':
      return quoteString(v.value);
    case 'int':
      return v.value.toString();
    case 'float':
      return formatFloat(v.value);
    case 'bool':
      return String(v.value);
    case 'nil':
      return 'nil';
    case 'bytes':
      return '0x' + hex(v.value);
    case 'enum':
      return v.name;
    case 'path': {
      const fields = v.fields.map((f) => f.name + f.keys.map(printKey).join(''));
      return (v.context !== null ? v.context + '.' : '') + fields.join('.');
    }
    case 'converter':
      return `${v.name}(${v.args.map(printArgument).join(', ')})${v.keys.map(printKey).join('')}`;
    case 'list':
      return `[${v.items.map(printValue).join(', ')}]`;
    case 'map':
      return `{${v.entries.map((e) => `${quoteString(e.key)}: ${printValue(e.value)}`).join(', ')}}`;
    case 'math': {
      const p = PREC[v.op];
      const l = mathPrec(v.left) < p ? `(${printValue(v.left)})` : printValue(v.left);
      const r = mathPrec(v.right) <= p ? `(${printValue(v.right)})` : printValue(v.right);
      return `${l} ${v.op} ${r}`;
    }
    case 'unary': {
      const o = v.operand;
      // A bare number would be folded into a signed literal, and a sign or operator needs grouping.
      const group = o.kind === 'int' || o.kind === 'float' || o.kind === 'math' || o.kind === 'unary';
      return `${v.op}${group ? `(${printValue(o)})` : printValue(o)}`;
    }
    default: {
      const never: never = v;
      return never;
    }
  }
}

function printKey(k: A.Key): string {
  return `[${printValue(k.value)}]`;
}

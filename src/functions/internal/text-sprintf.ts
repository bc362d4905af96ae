/**
 * Go's `fmt.Sprintf` over OTTL values, for `Format` and `replacementFormat`.
 *
 * Supported: flags `+ - # 0 space`, width and precision (digits or `*`), explicit argument indexes
 * `[n]`, and the verbs `v s q t d b o O x X c U e E f F g G %`. Mistakes never throw: they produce
 * Go's inline error text, which users see in their data, so it must match the reference exactly:
 * `%!d(string=hi)` (wrong verb for the type), `%!s(MISSING)`, `%!(EXTRA int64=1)`, `%!(NOVERB)`,
 * `%!(BADWIDTH)`, `%!(BADPREC)`, `%!(BADINDEX)`, and `%!s(<nil>)` for nil with any verb but `%v`.
 *
 * Floats are rounded on their exact decimal value, half to even, as Go's strconv does
 * (`%.0f` of 2.5 is `2`, `%.2f` of 0.125 is `0.12`).
 */
import { formatFloatG } from '../../core/values/go-float.js';
import { goFormatV, goQuote, goTypeName } from '../../core/values/go-text.js';
import { bytesToHex } from '../../core/values/ids.js';
import { utf8Encode } from '../../core/values/utf8.js';
import { OttlDuration, OttlTime, type Value } from '../../core/values/types.js';

interface Spec {
  plus: boolean;
  minus: boolean;
  sharp: boolean;
  zero: boolean;
  space: boolean;
  width: number | undefined;
  prec: number | undefined;
}

/** Formats `args` with a Go format string. Never throws. */
export function goSprintf(format: string, args: readonly Value[]): string {
  let out = '';
  let argNum = 0;
  let reordered = false;
  let i = 0;
  const n = format.length;
  while (i < n) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    i = pct + 1;
    const spec: Spec = { plus: false, minus: false, sharp: false, zero: false, space: false, width: undefined, prec: undefined };
    flags: for (; i < n; i++) {
      switch (format[i]) {
        case '+':
          spec.plus = true;
          break;
        case '-':
          spec.minus = true;
          break;
        case '#':
          spec.sharp = true;
          break;
        case '0':
          spec.zero = true;
          break;
        case ' ':
          spec.space = true;
          break;
        default:
          break flags;
      }
    }
    // Argument index before the width.
    let badIndex = false;
    const idx = (): void => {
      if (format[i] !== '[') return;
      reordered = true;
      const close = format.indexOf(']', i);
      const num = close < 0 ? NaN : Number(format.slice(i + 1, close));
      if (close < 0 || !/^[0-9]+$/.test(format.slice(i + 1, close)) || num < 1 || num > args.length) {
        badIndex = true;
        i = close < 0 ? n : close + 1;
        return;
      }
      argNum = num - 1;
      i = close + 1;
    };
    idx();
    if (format[i] === '*') {
      i++;
      const a = args[argNum++];
      if (typeof a === 'bigint' && a >= -1000000n && a <= 1000000n) {
        spec.width = Number(a);
        if (spec.width < 0) {
          spec.minus = true;
          spec.width = -spec.width;
        }
      } else out += '%!(BADWIDTH)';
    } else {
      const start = i;
      while (i < n && format.charCodeAt(i) >= 0x30 && format.charCodeAt(i) <= 0x39) i++;
      if (i > start) spec.width = Number(format.slice(start, i));
      // Go gives up on absurd widths: the rest of the format is consumed (then NOVERB).
      if (spec.width !== undefined && spec.width > 1e6) {
        spec.width = undefined;
        i = n;
      }
    }
    if (format[i] === '.') {
      i++;
      idx();
      if (format[i] === '*') {
        i++;
        const a = args[argNum++];
        if (typeof a === 'bigint' && a >= 0n && a <= 1000000n) spec.prec = Number(a);
        else out += '%!(BADPREC)';
      } else {
        const start = i;
        while (i < n && format.charCodeAt(i) >= 0x30 && format.charCodeAt(i) <= 0x39) i++;
        spec.prec = Number(format.slice(start, i) || '0');
        if (spec.prec > 1e6) {
          spec.prec = undefined;
          i = n;
        }
      }
    }
    idx();
    if (i >= n) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i) as number);
    i += verb.length;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (badIndex) {
      out += `%!${verb}(BADINDEX)`;
      continue;
    }
    if (argNum >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += formatOne(args[argNum++] as Value, verb, spec);
  }
  if (!reordered && argNum < args.length) {
    out += '%!(EXTRA ' + args.slice(argNum).map((a) => (a === null ? '<nil>' : `${goTypeName(a)}=${goFormatV(a)}`)).join(', ') + ')';
  }
  return out;
}

function badVerb(v: Value, verb: string): string {
  return v === null ? `%!${verb}(<nil>)` : `%!${verb}(${goTypeName(v)}=${goFormatV(v)})`;
}

/** Pads to the width: spaces (left or right), or zeros after the sign for numbers. */
function pad(s: string, spec: Spec, numeric: boolean): string {
  const width = spec.width ?? 0;
  const len = [...s].length;
  if (len >= width) return s;
  const fill = width - len;
  if (spec.minus) return s + ' '.repeat(fill);
  if (spec.zero) {
    if (numeric && (s[0] === '-' || s[0] === '+' || s[0] === ' ')) return s[0] + '0'.repeat(fill) + s.slice(1);
    return '0'.repeat(fill) + s;
  }
  return ' '.repeat(fill) + s;
}

function formatOne(v: Value, verb: string, spec: Spec): string {
  if (v === null) return verb === 'v' ? pad('<nil>', spec, false) : badVerb(v, verb);
  switch (typeof v) {
    case 'string':
      return formatString(v, verb, spec) ?? badVerb(v, verb);
    case 'bigint':
      return formatInt(v, verb, spec) ?? badVerb(v, verb);
    case 'number':
      return formatFloat(v, verb, spec) ?? badVerb(v, verb);
    case 'boolean':
      return verb === 't' || verb === 'v' ? pad(v ? 'true' : 'false', spec, false) : badVerb(v, verb);
    default:
      break;
  }
  if (v instanceof Uint8Array) {
    if (verb === 's') return pad(new TextDecoder().decode(v), spec, false);
    if (verb === 'x' || verb === 'X') return pad(hexBytes(v, verb === 'X'), spec, false);
    if (verb === 'q') return pad(goQuote(new TextDecoder().decode(v)), spec, false);
    if (verb === 'v' || verb === 'd') return pad(goFormatV(v), spec, false);
    return badVerb(v, verb);
  }
  // Types with a String() method (time, duration, ids) print it for %v and %s.
  if (v instanceof OttlTime || v instanceof OttlDuration || !(v instanceof Map || Array.isArray(v))) {
    if (verb === 'v' || verb === 's') return pad(goFormatV(v), spec, false);
    if (verb === 'q') return pad(goQuote(goFormatV(v)), spec, false);
    return badVerb(v, verb);
  }
  return verb === 'v' ? pad(goFormatV(v), spec, false) : badVerb(v, verb);
}

function hexBytes(b: Uint8Array, upper: boolean): string {
  const h = bytesToHex(b);
  return upper ? h.toUpperCase() : h;
}

function formatString(s: string, verb: string, spec: Spec): string | undefined {
  switch (verb) {
    case 'v':
    case 's': {
      const text = spec.prec !== undefined ? [...s].slice(0, spec.prec).join('') : s;
      return pad(text, spec, false);
    }
    case 'q':
      return pad(goQuote(spec.prec !== undefined ? [...s].slice(0, spec.prec).join('') : s), spec, false);
    case 'x':
    case 'X':
      return pad(hexBytes(utf8Encode(s), verb === 'X'), spec, false);
    default:
      return undefined;
  }
}

function signed(digits: string, negative: boolean, spec: Spec): string {
  if (negative) return '-' + digits;
  if (spec.plus) return '+' + digits;
  if (spec.space) return ' ' + digits;
  return digits;
}

function formatInt(v: bigint, verb: string, spec: Spec): string | undefined {
  const negative = v < 0n;
  const abs = negative ? -v : v;
  let digits: string;
  switch (verb) {
    case 'v':
    case 'd':
      digits = abs.toString(10);
      break;
    case 'b':
      digits = abs.toString(2);
      break;
    case 'o':
      digits = (spec.sharp ? '0' : '') + abs.toString(8);
      break;
    case 'O':
      digits = '0o' + abs.toString(8);
      break;
    case 'x':
      digits = (spec.sharp ? '0x' : '') + abs.toString(16);
      break;
    case 'X':
      digits = (spec.sharp ? '0X' : '') + abs.toString(16).toUpperCase();
      break;
    case 'c':
      return pad(runeText(v), spec, false);
    case 'q':
      return pad(goQuoteRune(v), spec, false);
    case 'U':
      return pad('U+' + abs.toString(16).toUpperCase().padStart(4, '0'), spec, false);
    default:
      return undefined;
  }
  if (spec.prec !== undefined) {
    digits = digits.padStart(spec.prec, '0');
    if (spec.prec === 0 && v === 0n) digits = '';
    // Go ignores the 0 flag when a precision is given.
    return pad(signed(digits, negative, spec), { ...spec, zero: false }, true);
  }
  return pad(signed(digits, negative, spec), spec, true);
}

function runeText(v: bigint): string {
  if (v < 0n || v > 0x10ffffn || (v >= 0xd800n && v <= 0xdfffn)) return '\ufffd';
  return String.fromCodePoint(Number(v));
}

function goQuoteRune(v: bigint): string {
  const s = runeText(v);
  if (s === "'") return "'\\''";
  if (s === '"') return `'"'`;
  const q = goQuote(s);
  return "'" + q.slice(1, -1) + "'";
}

function formatFloat(f: number, verb: string, spec: Spec): string | undefined {
  // Go also has %b and %x for floats; they are rare in OTTL and not supported here.
  if (!'veEfFgG'.includes(verb)) return undefined;
  if (Number.isNaN(f)) return pad(spec.plus ? '+NaN' : spec.space ? ' NaN' : 'NaN', { ...spec, zero: false }, false);
  // Go always signs infinities (`+Inf`), a space flag turning `+` into ` `.
  if (!Number.isFinite(f)) return pad((f < 0 ? '-' : spec.space && !spec.plus ? ' ' : '+') + 'Inf', { ...spec, zero: false }, false);
  const negative = f < 0 || Object.is(f, -0);
  const abs = Math.abs(f);
  let body: string;
  switch (verb) {
    case 'v':
    case 'g':
    case 'G':
      body = spec.prec === undefined ? formatFloatG(abs) : fmtG(abs, spec.prec === 0 ? 1 : spec.prec, spec.sharp);
      if (verb === 'G') body = body.toUpperCase();
      break;
    case 'e':
    case 'E':
      body = fmtE(abs, spec.prec ?? 6);
      if (verb === 'E') body = body.toUpperCase();
      break;
    default:
      body = fmtF(abs, spec.prec ?? 6);
  }
  return pad(signed(body, negative, spec), spec, true);
}

/**
 * The exact decimal expansion of a finite non-negative double: `0.digits × 10^point`
 * (`digits` without leading zeros; '' for zero). Doubles are dyadic, so this is finite.
 */
function exactDecimal(abs: number): { digits: string; point: number } {
  if (abs === 0) return { digits: '', point: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, abs);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & 0xfffffffffffffn;
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  if (exp >= 0) {
    const digits = (mant << BigInt(exp)).toString();
    return { digits, point: digits.length };
  }
  const digits = (mant * 5n ** BigInt(-exp)).toString();
  return trimZeros(digits, digits.length + exp);
}

function trimZeros(digits: string, point: number): { digits: string; point: number } {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 0x30) end--;
  let start = 0;
  while (start < end && digits.charCodeAt(start) === 0x30) {
    start++;
    point--;
  }
  return { digits: digits.slice(start, end), point };
}

/** Keeps the first `keep` digits, rounding half to even on the exact value (as Go's strconv). */
function roundDigits(d: { digits: string; point: number }, keep: number): { digits: string; point: number } {
  const { digits, point } = d;
  if (keep >= digits.length) return d;
  if (keep < 0) return { digits: '', point };
  const next = digits.charCodeAt(keep) - 0x30;
  const restNonZero = /[1-9]/.test(digits.slice(keep + 1));
  let kept = digits.slice(0, keep);
  const lastOdd = keep > 0 && (digits.charCodeAt(keep - 1) - 0x30) % 2 === 1;
  const up = next > 5 || (next === 5 && (restNonZero || lastOdd));
  if (!up) return trimZeros(kept, point);
  // Increment the kept digits.
  let i = kept.length - 1;
  while (i >= 0 && kept[i] === '9') i--;
  if (i < 0) return { digits: '1', point: point + 1 };
  kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  return trimZeros(kept, point);
}

/** `%f` with `prec` digits after the point. */
function fmtF(abs: number, prec: number): string {
  const exact = exactDecimal(abs);
  const d = roundDigits(exact, exact.point + prec);
  let int: string;
  let frac: string;
  if (d.point <= 0) {
    int = '0';
    frac = '0'.repeat(Math.min(-d.point, prec)) + d.digits;
  } else {
    int = d.digits.slice(0, d.point).padEnd(d.point, '0');
    frac = d.digits.slice(d.point);
  }
  frac = frac.padEnd(prec, '0').slice(0, prec);
  return prec > 0 ? `${int}.${frac}` : int;
}

/** `%e` with `prec` digits after the point. */
function fmtE(abs: number, prec: number): string {
  let d = exactDecimal(abs);
  let exp = 0;
  if (d.digits !== '') {
    d = roundDigits(d, prec + 1);
    exp = d.point - 1;
  }
  const digits = (d.digits || '0').padEnd(prec + 1, '0');
  const mant = prec > 0 ? `${digits[0]}.${digits.slice(1)}` : (digits[0] as string);
  const e = Math.abs(exp).toString().padStart(2, '0');
  return `${mant}e${exp < 0 ? '-' : '+'}${e}`;
}

/** strconv 'g' with a precision: %e when exp < -4 or exp >= prec; trailing zeros removed unless `#`. */
function fmtG(abs: number, prec: number, sharp: boolean): string {
  const d = exactDecimal(abs);
  const exp = d.digits === '' ? 0 : roundDigits(d, prec).point - 1;
  let out: string;
  if (exp < -4 || exp >= prec) {
    out = fmtE(abs, prec - 1);
    if (!sharp) out = out.replace(/\.?0+e/, 'e');
  } else {
    out = fmtF(abs, Math.max(prec - 1 - exp, 0));
    if (!sharp && out.includes('.')) out = out.replace(/\.?0+$/, '');
  }
  return out;
}

/**
 * Go's `%T` and `%v` renderings of OTTL values, for error messages that must read like the
 * reference's (`expected string but got int64`, `hello must be int64 or float64`).
 */
import { formatFloatG } from './go-float.js';
import { goDurationString, goTimeString } from './go-time-text.js';
import { idToHex } from './ids.js';
import { MAX_VALUE_DEPTH } from './limits.js';
import { assertNeverValue, kindOf, ModelObject, TYPE_NAMES, OttlDuration, OttlTime, ProfileID, SpanID, TraceID, type Value } from './types.js';

/**
 * The Go dynamic type name (`%T`) of the value the reference would hold: `string`, `int64`,
 * `float64`, `bool`, `[]uint8`, `pcommon.Map`, `pcommon.Slice`, `time.Time`, `time.Duration`,
 * `pcommon.TraceID`, `pcommon.SpanID`, `pprofile.ProfileID`, a model structure's own type
 * (`ptrace.Status`, `ptrace.SpanEventSlice`…), or `<nil>`.
 *
 * Maps and slices are named by their pdata types because paths and most converters yield those;
 * a list literal is a `[]interface {}` in the reference, which this representation cannot tell apart.
 */
export function goTypeName(v: Value): string {
  return v instanceof ModelObject ? v.goType : TYPE_NAMES[kindOf(v)].go;
}

/**
 * Go's `%v` of a value: strings bare, `<nil>`, floats as `%g` (`1e+06`), bytes as `[1 2 3]`,
 * times as `Time.String()`, durations as `Duration.String()`, ids as hex (their `String()`),
 * maps as `map[k:v]` with sorted keys and slices as `[a b]`.
 */
export function goFormatV(v: Value, depth = 0): string {
  if (v === null) return '<nil>';
  switch (typeof v) {
    case 'string':
      return v;
    case 'bigint':
      return v.toString();
    case 'number':
      return formatFloatG(v);
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      break;
  }
  if (v instanceof Uint8Array) return `[${Array.from(v).join(' ')}]`;
  // Error messages only: a value nested past the engine's bound is shown as `…` rather than thrown.
  if ((v instanceof Map || Array.isArray(v)) && depth >= MAX_VALUE_DEPTH) return '…';
  if (v instanceof Map) {
    const keys = [...v.keys()].sort();
    return `map[${keys.map((k) => `${k}:${goFormatV(v.get(k) ?? null, depth + 1)}`).join(' ')}]`;
  }
  if (Array.isArray(v)) return `[${v.map((x) => goFormatV(x, depth + 1)).join(' ')}]`;
  if (v instanceof OttlTime) return goTimeString(v);
  if (v instanceof OttlDuration) return goDurationString(v);
  // A pdata wrapper prints as a struct of pointers in Go; its type name is the useful part here.
  if (v instanceof ModelObject) return `{${v.goType}}`;
  if (v instanceof TraceID || v instanceof SpanID || v instanceof ProfileID) return idToHex(v);
  return assertNeverValue(v);
}

/** Go `strconv.Quote(s)`, as used in `strconv` error messages (`parsing "abc": invalid syntax`). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\x07':
        out += '\\a';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
      case '\v':
        out += '\\v';
        continue;
      default:
        break;
    }
    if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd';
    else if (!isPrintable(cp)) {
      out += cp > 0xffff ? '\\U' + cp.toString(16).padStart(8, '0') : '\\u' + cp.toString(16).padStart(4, '0');
    } else out += ch;
  }
  return out + '"';
}

/** An approximation of Go's `strconv.IsPrint` via Unicode categories. */
function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return true;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp)) || cp === 0x20;
}

const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

/**
 * Case conversions with the reference's exact rules.
 *
 * - {@link toSnake} / {@link toCamel}: `github.com/iancoleman/strcase` (`ToSnake`, `ToCamel`), which
 *   work on UTF-8 **bytes** and only know ASCII letters and digits: `ToCamel` drops every other byte
 *   (so non-ASCII letters disappear), `ToSnake` copies them through.
 * - {@link goToLower} / {@link goToUpper}: Go `strings.ToLower/ToUpper`, a per-code-point simple case
 *   mapping (no `ß` → `SS`, no final-sigma rule), unlike JavaScript's full mapping.
 */
import { utf8Decode, utf8Encode, isAscii } from '../../core/values/utf8.js';

const isUpperB = (b: number): boolean => b >= 0x41 && b <= 0x5a;
const isLowerB = (b: number): boolean => b >= 0x61 && b <= 0x7a;
const isDigitB = (b: number): boolean => b >= 0x30 && b <= 0x39;
const isSepB = (b: number): boolean => b === 0x20 || b === 0x5f || b === 0x2d || b === 0x2e;

/** strcase `ToSnake`: `CPUUtilizationMetric` → `cpu_utilization_metric`, `my-name.x` → `my_name_x`. */
export function toSnake(input: string): string {
  const s = utf8Encode(goTrimSpace(input));
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const orig = s[i] as number;
    const vIsCap = isUpperB(orig);
    const vIsLow = isLowerB(orig);
    const v = vIsCap ? orig + 0x20 : orig;
    if (i + 1 < s.length) {
      const next = s[i + 1] as number;
      const vIsNum = isDigitB(v);
      const nextIsCap = isUpperB(next);
      const nextIsLow = isLowerB(next);
      const nextIsNum = isDigitB(next);
      // A word ends where the kind of character changes (treating acronyms such as JSON as words).
      if ((vIsCap && (nextIsLow || nextIsNum)) || (vIsLow && (nextIsCap || nextIsNum)) || (vIsNum && (nextIsCap || nextIsLow))) {
        if (vIsCap && nextIsLow && i > 0 && isUpperB(s[i - 1] as number)) out.push(0x5f);
        out.push(v);
        if (vIsLow || vIsNum || nextIsNum) out.push(0x5f);
        continue;
      }
    }
    out.push(isSepB(v) ? 0x5f : v);
  }
  return utf8Decode(Uint8Array.from(out));
}

/** strcase `ToCamel`: `my_metric_name` → `MyMetricName`, `CPU_load` → `CpuLoad`. */
export function toCamel(input: string): string {
  const s = utf8Encode(goTrimSpace(input));
  if (s.length === 0) return '';
  const out: number[] = [];
  let capNext = true;
  let prevIsCap = false;
  for (let i = 0; i < s.length; i++) {
    let v = s[i] as number;
    const vIsCap = isUpperB(v);
    const vIsLow = isLowerB(v);
    if (capNext) {
      if (vIsLow) v -= 0x20;
    } else if (i === 0) {
      if (vIsCap) v += 0x20;
    } else if (prevIsCap && vIsCap) {
      v += 0x20;
    }
    prevIsCap = vIsCap;
    if (vIsCap || vIsLow) {
      out.push(v);
      capNext = false;
    } else if (isDigitB(v)) {
      out.push(v);
      capNext = true;
    } else {
      capNext = isSepB(v);
    }
  }
  return utf8Decode(Uint8Array.from(out));
}

function isGoSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Go `strings.TrimSpace` (Unicode White_Space; unlike JS `trim`, U+FEFF is not space but U+0085 is). */
export function goTrimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isGoSpace(s.charCodeAt(start))) start++;
  while (end > start && isGoSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Go `strings.ToLower`. */
export function goToLower(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    // Keep simple (one code point) mappings only; U+0130 İ maps to plain i in Go.
    out += [...l].length === 1 ? l : String.fromCodePoint(l.codePointAt(0) as number);
  }
  return out;
}

/** Go `strings.ToUpper`. */
export function goToUpper(s: string): string {
  if (isAscii(s)) return s.toUpperCase();
  let out = '';
  for (const ch of s) {
    const u = ch.toUpperCase();
    // Characters without a simple upper-case mapping (ß, ŉ…) stay as they are in Go.
    out += [...u].length === 1 ? u : ch;
  }
  return out;
}
